import type { Touch } from './admin/session.ts';

/**
 * Every route the Worker renders, by its Astro route pattern (the file under src/pages): what it
 * answers and who may ask. The middleware (src/middleware.ts) applies it to every request through
 * `dispatch` (./dispatch.ts), and the tests walk it (tests/worker/routes.test.ts). Prerendered
 * pages (the letters, calendar files and statements) are static files and never reach it.
 */
export type Method = 'GET' | 'HEAD' | 'POST';

export interface Route {
  /**
   * `invitee`: a guest's page (HTML in the page's language); `api`: JSON, or HTML for a form post;
   * `organiser`: needs an organiser's session (or Access JWT); `sign-in`: the organisers' way in,
   * open to all; `public`: anyone; `error`: the site's error pages.
   */
  kind: 'invitee' | 'api' | 'organiser' | 'sign-in' | 'public' | 'error';
  /** The methods it answers; any other gets 405 with `Allow`. Absent: any method. */
  methods?: readonly Method[];
  /** Whether a POST must come from the site itself (403 otherwise), checked before anything else. */
  sameOrigin?: boolean;
  /** Whether a request records an organiser's activity (per method; 'auto' when not said). */
  touch?: Partial<Record<Method, Touch>>;
  /**
   * Where the sign-in page returns to for a route without a page of its own to go back to (a
   * POST-only route, a file, the session's JSON); the route's own address otherwise.
   */
  returnTo?: string;
  /** The answer is JSON even where a browser asks (its errors too), except the sign-in page. */
  json?: boolean;
}

const organiser = (route: Omit<Route, 'kind' | 'sameOrigin'> = {}): Route => ({
  kind: 'organiser',
  methods: ['GET'],
  sameOrigin: true,
  ...route,
});

export const routes = {
  '/': { kind: 'public', methods: ['GET', 'HEAD'] },
  '/404': { kind: 'error' },
  '/500': { kind: 'error' },
  '/i/[token]': { kind: 'invitee' },
  '/[lang]/reply': { kind: 'invitee', methods: ['GET', 'HEAD'] },
  // Its checks run in the order the interface fixes (method, type, size, origin, …): the handler's.
  '/api/rsvp': { kind: 'api', methods: ['GET', 'POST'] },
  '/admin/login': { kind: 'sign-in' },
  '/admin/logout': { kind: 'sign-in', methods: ['POST'], sameOrigin: true },
  '/admin': organiser({ methods: ['GET', 'HEAD'] }),
  '/admin/catering': organiser(),
  '/admin/print': organiser(),
  '/admin/guests/new': organiser({ methods: ['GET', 'POST'] }),
  '/admin/guests/[id]': organiser({ methods: ['GET', 'POST'] }),
  // An upload cannot be carried through the sign-in: back to the dashboard, where its form is.
  '/admin/import': organiser({ methods: ['POST'], returnTo: '/admin' }),
  // A file is no page to return to: a link must not make a sign-in start a download.
  '/admin/[download]': organiser({ returnTo: '/admin' }),
  // The idle warning asks how long is left (never activity); "Stay signed in" is activity.
  '/admin/session': organiser({
    methods: ['GET', 'POST'],
    touch: { GET: 'never', POST: 'always' },
    returnTo: '/admin',
    json: true,
  }),
} as const satisfies Record<string, Route>;

export type RoutePattern = keyof typeof routes;

/** The route of an Astro route pattern; an unknown one (a page added without an entry) is an error. */
export function routeFor(pattern: string): Route {
  const route = (routes as Record<string, Route>)[pattern];
  if (!route) throw new Error(`${pattern} has no entry in src/server/routes.ts`);
  return route;
}
