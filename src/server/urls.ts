import type { Locale } from '#i18n/locales.ts';

/**
 * Every address of the site, built here and nowhere else (docs/design.md, "Routes"): each event's
 * pages for invitees under `/{event}/{lang}/`, its organisers' pages and files under
 * `/admin/{event}/`, and the site's own (the accessibility statement, personal links, signing in).
 */
type EventRef = { id: string };

/** The files an organiser downloads, by the name they are served under. */
export const downloadNames = [
  'export.csv',
  'export.xlsx',
  'kitchen.xlsx',
  'links.csv',
  'backup.json',
] as const;
export type DownloadName = (typeof downloadNames)[number];

/** `path` with a query of the values given (empty values left out). */
function withQuery(path: string, query: Record<string, string | undefined> = {}): string {
  const entries = Object.entries(query);
  // Plain values (ids, page numbers: most links) need no encoding, and URLSearchParams is slow (#27).
  if (entries.every(([, value]) => value === undefined || /^[\w.-]*$/.test(value))) {
    const search = entries
      .filter((entry) => entry[1] !== undefined)
      .map(([name, value]) => `${name}=${value}`)
      .join('&');
    return search ? `${path}?${search}` : path;
  }
  const search = new URLSearchParams(
    Object.entries(query).filter((entry): entry is [string, string] => entry[1] !== undefined),
  ).toString();
  return search ? `${path}?${search}` : path;
}

const admin = (event: EventRef) => `/admin/${event.id}`;

export const urls = {
  /** The site's root: the default event in the visitor's language, or a page that names none. */
  home: '/',
  /** An event's address without a language: its letter in the visitor's language. */
  event: (event: EventRef) => `/${event.id}`,
  /** The invitation letter. */
  invitation: (event: EventRef, lang: Locale) => `/${event.id}/${lang}/`,
  reply: (event: EventRef, lang: Locale) => `/${event.id}/${lang}/reply`,
  calendar: (event: EventRef, lang: Locale) => `/${event.id}/${lang}/event.ics`,
  privacy: (event: EventRef, lang: Locale) => `/${event.id}/${lang}/privacy`,
  /** The site's accessibility statement (the site's, not an event's). */
  accessibility: (lang: Locale) => `/${lang}/accessibility`,
  /** A personal link (its token names the event). */
  personalLink: (token: string) => `/i/${token}`,
  /** Where replies are sent: the form names its event (a JSON client may rely on its cookie). */
  rsvp: (event?: EventRef) => withQuery('/api/rsvp', { event: event?.id }),
  /** The pages that render a refusal in place (src/middleware.ts). */
  notFound: '/404',
  serverError: '/500',
  admin: {
    /** Where organisers come in: the list of events (or the sign-in). */
    home: '/admin',
    /** The sign-in page, returning to `return` once signed in. */
    signIn: '/admin/login',
    signInReturning: (back: string) => withQuery('/admin', { return: back }),
    signOut: '/admin/logout',
    session: '/admin/session',
    /** Cloudflare Access's own sign-out, on the site's host. */
    accessSignOut: '/cdn-cgi/access/logout',
    dashboard: (event: EventRef, query?: { done?: 'erased' | 'resent' }) => withQuery(admin(event), query),
    notices: (event: EventRef) => `${admin(event)}/notices`,
    catering: (event: EventRef) => `${admin(event)}/catering`,
    print: (event: EventRef) => `${admin(event)}/print`,
    seating: (event: EventRef) => `${admin(event)}/seating`,
    cards: (event: EventRef) => `${admin(event)}/cards`,
    door: (event: EventRef, query?: { q?: string }) => withQuery(`${admin(event)}/door`, query),
    doorWorker: (event: EventRef) => `${admin(event)}/door-sw.js`,
    import: (event: EventRef) => `${admin(event)}/import`,
    newGuest: (event: EventRef) => `${admin(event)}/guests/new`,
    guest: (event: EventRef, id: string, query?: { done?: string; kept?: '' }) =>
      withQuery(`${admin(event)}/guests/${id}`, query),
    download: (event: EventRef, name: DownloadName, query?: { sep?: ';' }) =>
      withQuery(`${admin(event)}/${name}`, query),
  },
} as const;
