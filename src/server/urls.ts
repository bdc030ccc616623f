import type { Locale } from '#i18n/locales.ts';

/**
 * Every address of the site, built here and nowhere else (docs/design.md, "Routes"): an event's
 * pages for invitees, its organisers' pages and files, and the site's own. Each takes the event it
 * is about, so that the address scheme can change in one place.
 */
type EventRef = { id: string };

/** The files an organiser downloads, by the name they are served under. */
export const downloadNames = ['export.csv', 'export.xlsx', 'links.csv', 'backup.json'] as const;
export type DownloadName = (typeof downloadNames)[number];

export const urls = {
  /** The invitation letter. */
  invitation: (_event: EventRef, lang: Locale) => `/${lang}/`,
  reply: (_event: EventRef, lang: Locale) => `/${lang}/reply`,
  calendar: (_event: EventRef, lang: Locale) => `/${lang}/event.ics`,
  privacy: (_event: EventRef, lang: Locale) => `/${lang}/privacy`,
  /** The site's accessibility statement (the site's, not an event's). */
  accessibility: (lang: Locale) => `/${lang}/accessibility`,
  /** A personal link. */
  personalLink: (token: string) => `/i/${token}`,
  rsvp: '/api/rsvp',
  admin: {
    /** Where organisers come in: the sign-in, and after it the dashboard. */
    home: '/admin',
    signIn: '/admin/login',
    signOut: '/admin/logout',
    session: '/admin/session',
    dashboard: (_event: EventRef) => '/admin',
    catering: (_event: EventRef) => '/admin/catering',
    print: (_event: EventRef) => '/admin/print',
    import: (_event: EventRef) => '/admin/import',
    newGuest: (_event: EventRef) => '/admin/guests/new',
    guest: (_event: EventRef, id: string) => `/admin/guests/${id}`,
    download: (_event: EventRef, name: DownloadName) => `/admin/${name}`,
  },
} as const;
