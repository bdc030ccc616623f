import type { Touch } from './admin/session.ts';

/**
 * Every route the Worker renders, by its Astro route pattern (the file under src/pages): what it
 * answers, who may ask, and which event it is about. The middleware (src/middleware.ts) applies it
 * to every request through `dispatch` (./dispatch.ts); tests/browser/routes.test.ts walks it
 * against the built site. Prerendered pages (letters, calendar files, statements) are static files
 * and never reach it.
 */
export type Method = 'GET' | 'HEAD' | 'POST';

export interface Route {
  /**
   * `invitee`: a guest's page (HTML in the page's language); `api`: JSON, or HTML for a form post;
   * `organiser`: needs an organiser's session (or Access JWT); `sign-in`: signing in and out, open
   * to all; `public`: anyone; `error`: the site's error pages.
   */
  kind: 'invitee' | 'api' | 'organiser' | 'sign-in' | 'public' | 'error';
  /** The methods it answers; any other gets 405 with `Allow`. Absent: any method. */
  methods?: readonly Method[];
  /** Whether a POST must come from the site itself (403 otherwise), checked before anything else. */
  sameOrigin?: boolean;
  /**
   * Which event it is about: the `[event]` of its address (`path`; unknown: 404), the event a
   * personal link names (`token`), or the one an invitation cookie or `?event=` names
   * (`invitation`). None: the site's own route.
   */
  event?: 'path' | 'token' | 'invitation';
  /** Whether a request records an organiser's activity (per method; 'auto' when not said). */
  touch?: Partial<Record<Method, Touch>>;
  /**
   * Where the sign-in page returns to for a route without a page of its own to go back to (a
   * POST-only route, a file, the session's JSON): the event's dashboard, or the list of events.
   * The route's own address otherwise.
   */
  returnToDashboard?: boolean;
  /** The answer is JSON even where a browser asks (its errors too), except the sign-in page. */
  json?: boolean;
  /** A session signed in with the door's password may use it (every other organisers' route refuses one). */
  door?: boolean;
}

const organiser = (route: Omit<Route, 'kind' | 'sameOrigin'> = {}): Route => ({
  kind: 'organiser',
  methods: ['GET'],
  sameOrigin: true,
  event: 'path',
  ...route,
});

export const routes = {
  '/': { kind: 'public', methods: ['GET', 'HEAD'] },
  '/404': { kind: 'error' },
  '/500': { kind: 'error' },
  '/[event]': { kind: 'public', methods: ['GET', 'HEAD'], event: 'path' },
  '/i/[token]': { kind: 'invitee', methods: ['GET', 'HEAD'], event: 'token' },
  '/[event]/[lang]/reply': { kind: 'invitee', methods: ['GET', 'HEAD'], event: 'path' },
  // Its checks run in the order the interface fixes (method, type, size, origin, …): the handler's.
  '/api/rsvp': { kind: 'api', methods: ['GET', 'POST'], event: 'invitation' },
  '/admin/login': { kind: 'sign-in' },
  '/admin/logout': { kind: 'sign-in', methods: ['POST'], sameOrigin: true },
  // The idle warning asks how long is left (never activity); "Stay signed in" is activity.
  '/admin/session': organiser({
    methods: ['GET', 'POST'],
    event: undefined,
    touch: { GET: 'never', POST: 'always' },
    returnToDashboard: true,
    json: true,
    door: true,
  }),
  '/admin': organiser({ methods: ['GET', 'HEAD'], event: undefined }),
  '/admin/[event]': organiser({ methods: ['GET', 'HEAD'] }),
  '/admin/[event]/catering': organiser(),
  '/admin/[event]/print': organiser(),
  '/admin/[event]/seating': organiser({ methods: ['GET', 'POST'] }),
  '/admin/[event]/cards': organiser(),
  // The entrance: the door's sign-in sees only this (and its offline worker).
  '/admin/[event]/door': organiser({ methods: ['GET', 'POST'], door: true }),
  '/admin/[event]/door-sw.js': organiser({ door: true, returnToDashboard: true }),
  '/admin/[event]/guests/new': organiser({ methods: ['GET', 'POST'] }),
  '/admin/[event]/guests/[id]': organiser({ methods: ['GET', 'POST'] }),
  // An upload cannot be carried through the sign-in: back to the dashboard, where its form is.
  '/admin/[event]/import': organiser({ methods: ['POST'], returnToDashboard: true }),
  // Sends the waiting notices to the mailbox again, then back to the dashboard.
  '/admin/[event]/notices': organiser({ methods: ['POST'], returnToDashboard: true }),
  // A file is no page to return to: a link must not make a sign-in start a download.
  '/admin/[event]/[download]': organiser({ returnToDashboard: true }),
} as const satisfies Record<string, Route>;

export type RoutePattern = keyof typeof routes;

/** The route of an Astro route pattern; an unknown one (a page added without an entry) is an error. */
export function routeFor(pattern: string): Route {
  const route = (routes as Record<string, Route>)[pattern];
  if (!route) throw new Error(`${pattern} has no entry in src/server/routes.ts`);
  return route;
}
