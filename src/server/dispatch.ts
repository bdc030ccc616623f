import { eventText } from '#i18n/event-text.ts';
import { interfaceLocale, translatedLocales } from '#i18n/index.ts';
import { isLocale, type Locale } from '#i18n/locales.ts';
import type { Event } from '#schemas/event.ts';
import { currentSession, type CurrentSession } from './admin/session.ts';
import { DEFAULT_RETURN, safeReturn, signInRequired } from './admin/sign-in.ts';
import type { LoginView } from './admin/views.ts';
import type { AppContext, SiteContext } from './context.ts';
import { HttpError, SignInRequired, errorResponse, type ErrorCode } from './http/errors.ts';
import { acceptLanguage, negotiateLanguage } from './http/language.ts';
import { isSameOrigin } from './http/origin.ts';
import { eventOfLink, eventOfReply } from './invitee/invitation.ts';
import { tokenEvent } from './tokens.ts';
import { routeFor, type Method, type Route } from './routes.ts';
import { urls } from './urls.ts';

/**
 * What a refused request gets instead of its page, for the middleware to render: the site's error
 * page, decided here in full (its language, whose page it is, the event if there is one, the words
 * its message needs), or the organisers' sign-in page.
 */
export type Failure =
  | {
      kind: 'page';
      status: number;
      code: ErrorCode | 'server_error';
      lang: Locale;
      /** The organisers' page (English, back to the dashboard), or the invitees'. */
      organisers: boolean;
      /** The event the address is about, when it names one the site has. */
      event: Event | null;
      /** What the message may name: the mailbox (the event's, else the site's), the deadline. */
      values: PageValues;
      headers: Record<string, string>;
    }
  | { kind: 'sign-in'; view: LoginView };

/** What an error page's message may name. */
export interface PageValues extends Record<string, string> {
  mailbox: string;
  /** The deadline in force, with its zone ('' for a page about no event). */
  deadline: string;
}

/** The parameters of the route's address, as Astro gives them. */
export type Params = Record<string, string | undefined>;

/**
 * The way in, the same for every route (./routes.ts): a method the route answers (else 405 with
 * `Allow`), a POST from the site itself where the route asks (else 403), then, for the organisers'
 * routes, a session (else the sign-in page; the body is left unread, for the sign-in page to keep
 * a posted form). Returns the organiser's session, or null on the routes that need none.
 */
export async function enter(
  request: Request,
  route: Route,
  site: SiteContext,
): Promise<CurrentSession | null> {
  const method = request.method as Method;
  if (route.methods && !route.methods.includes(method)) {
    throw new HttpError('method_not_allowed', { headers: { Allow: route.methods.join(', ') } });
  }
  if (route.sameOrigin && method === 'POST' && !isSameOrigin(request))
    throw new HttpError('forbidden_origin');
  if (route.kind !== 'organiser') return null;
  const session = await currentSession(request, site, route.touch?.[method] ?? 'auto');
  if (!session) throw new SignInRequired();
  // The door's sign-in opens the door list only: anything else asks for an organiser's sign-in.
  if (session.role === 'door' && !route.door) throw new SignInRequired('door');
  return session;
}

/** Whether `session` may see `event`: with Cloudflare Access, an event may name its organisers. */
export function mayOrganise(site: SiteContext, event: Event, session: CurrentSession): boolean {
  return !site.env.access || !event.organisers || event.organisers.includes(session.name.toLowerCase());
}

/**
 * The event the request is about, as its route says (./routes.ts, `event`): an unknown one is a
 * page that does not exist, an event this organiser may not see too.
 */
async function eventOf(
  route: Route,
  request: Request,
  params: Params,
  site: SiteContext,
  session: CurrentSession | null,
): Promise<Event | null> {
  if (route.event === 'token') return eventOfLink(params.token ?? '', site, request);
  if (route.event === 'invitation') return eventOfReply(request, site);
  if (route.event !== 'path') return null;
  const event = site.events.find((item) => item.id === params.event);
  if (!event || (session && !mayOrganise(site, event, session))) throw new HttpError('not_found');
  // A door session sees its own event's door list only: another event's asks for a sign-in.
  if (session?.role === 'door' && session.event !== event.id) throw new SignInRequired('door');
  return event;
}

/** Whether the client of this route expects JSON: the API (but for a form post), the session's JSON. */
function answersJson(request: Request, route: Route): boolean {
  if (route.json) return true;
  if (route.kind !== 'api') return false;
  const type = (request.headers.get('Content-Type') ?? '').split(';')[0]?.trim().toLowerCase();
  return !(request.method === 'POST' && type === 'application/x-www-form-urlencoded');
}

/** The mailbox and the deadline, which some messages name, as they read in `lang`. */
function messageValues(site: SiteContext, event: Event | null, lang: Locale): PageValues {
  if (!event) return { mailbox: site.settings.contact, deadline: '' };
  const ctx =
    'event' in site && (site as AppContext).event.id === event.id
      ? (site as AppContext)
      : site.forEvent(event);
  const text = eventText(event, interfaceLocale(lang), ctx.deadline);
  return { mailbox: text.mailbox, deadline: `${text.deadlineFull} (${text.deadlineZone})` };
}

/**
 * Whose page an address is and in what language, read from the address alone (for a page that
 * does not exist, or a fault of ours): `/admin…` is the organisers' (English); `/{event}/{lang}/…`
 * names an event and a language; `/{lang}/…` a language. Else the browser's language, among the
 * event's where the address names one.
 */
export function whereabouts(
  request: Request,
  site: Pick<SiteContext, 'events' | 'settings'>,
): { organisers: boolean; event: Event | null; lang: Locale } {
  const [first = '', second = ''] = new URL(request.url).pathname.split('/').filter(Boolean);
  if (first === 'admin') {
    return { organisers: true, event: site.events.find((item) => item.id === second) ?? null, lang: 'en' };
  }
  // A personal link's page is its event's (the token names it; checked or not, it only picks the
  // words and the mailbox of the page).
  const named = first === 'i' ? tokenEvent(second, site.settings.legacyEvent) : first;
  const event = site.events.find((item) => item.id === named) ?? null;
  const languages = event ? event.languages : translatedLocales;
  const segment = event && first !== 'i' ? second : first;
  const lang =
    isLocale(segment) && translatedLocales.includes(segment)
      ? segment
      : negotiateLanguage(request.headers.get('Accept-Language'), languages);
  return { organisers: false, event, lang };
}

/** The site's error page for a status, for the address of `request` (no handler knew more). */
export function errorPage(
  request: Request,
  site: SiteContext,
  status: number,
  code: ErrorCode | 'server_error',
): Failure & { kind: 'page' } {
  const place = whereabouts(request, site);
  return {
    kind: 'page',
    status,
    code,
    ...place,
    values: messageValues(site, place.event, place.lang),
    headers: {},
  };
}

/** The one way out for a refusal: JSON for a JSON client, else what the page should show instead. */
async function refusal(
  error: HttpError | SignInRequired,
  request: Request,
  pattern: string,
  route: Route,
  site: SiteContext,
  event: Event | null,
): Promise<Response | Failure> {
  if (error instanceof SignInRequired) {
    // A door session beyond the door list: the sign-in page says it needs the organisers' password.
    const door = error.reason === 'door' ? { doorOnly: true } : {};
    if (pattern === '/admin') {
      // The organisers' own address: the plain sign-in, back to where `return` says.
      const back = safeReturn(new URL(request.url).searchParams.get('return')) ?? DEFAULT_RETURN;
      return {
        kind: 'sign-in',
        view: { status: 401, name: '', errors: {}, returnTo: back, kept: null, ...door },
      };
    }
    // The event of the address, if the site has it, for a route that returns to its dashboard.
    const named = event ?? whereabouts(request, site).event;
    const dashboard = named ? urls.admin.dashboard(named) : urls.admin.home;
    return {
      kind: 'sign-in',
      view: {
        ...(await signInRequired(request, site, route.returnToDashboard ? dashboard : undefined)),
        ...(error.reason === 'door' ? { doorOnly: true, ended: false } : {}),
      },
    };
  }
  const place = whereabouts(request, site);
  const organisers = route.kind === 'organiser' || route.kind === 'sign-in' || place.organisers;
  const eventOfPage = event ?? place.event;
  const lang: Locale = organisers ? 'en' : (error.options.lang ?? place.lang);
  if (answersJson(request, route)) {
    // A JSON client reads the message in the reply's language, else its browser's.
    const said = error.options.lang ?? acceptLanguage(request);
    return errorResponse(error, said, messageValues(site, eventOfPage, said));
  }
  return {
    kind: 'page',
    status: error.status,
    code: error.code,
    lang,
    organisers,
    event: eventOfPage,
    values: messageValues(site, eventOfPage, lang),
    headers: error.options.headers ?? {},
  };
}

/**
 * Runs one request through the way in and the way out: `enter`'s checks, the event the route is
 * about, then `run` (the route's page or handler) with that event's context and the organiser's
 * session; an `HttpError` that any of them throws becomes its JSON answer or a `Failure` to render.
 * Anything else is a fault of ours and goes on up (the site's 500 page).
 * @example const outcome = await dispatch(request, '/api/rsvp', site, {}, (ctx) => handleRsvp(request, ctx));
 */
export async function dispatch<T>(
  request: Request,
  pattern: string,
  site: SiteContext,
  params: Params,
  run: (ctx: SiteContext, session: CurrentSession | null) => Promise<T>,
): Promise<T | Response | Failure> {
  const route = routeFor(pattern);
  let event: Event | null = null;
  try {
    const session = await enter(request, route, site);
    event = await eventOf(route, request, params, site, session);
    // A context already about this event is kept (a test's may hold a store of its own).
    const ctx = !event
      ? site
      : 'event' in site && (site as AppContext).event.id === event.id
        ? site
        : site.forEvent(event);
    return await run(ctx, session);
  } catch (error) {
    if (!(error instanceof HttpError || error instanceof SignInRequired)) throw error;
    return refusal(error, request, pattern, route, site, event);
  }
}

/**
 * The answer as it leaves the Worker: never kept by a cache, with the failure's status and
 * headers where the page renders a refusal (src/middleware.ts; the worker tests do the same).
 */
export function finished(response: Response, failure?: Failure): Response {
  const headers = new Headers(response.headers);
  headers.set('Cache-Control', 'no-store');
  if (failure?.kind === 'page')
    for (const [name, value] of Object.entries(failure.headers)) headers.set(name, value);
  const status = failure ? (failure.kind === 'page' ? failure.status : failure.view.status) : response.status;
  return new Response(response.body, { status, statusText: response.statusText, headers });
}

/** The address whose page renders a failure, in place (the address bar keeps its own). */
export function failurePage(failure: Failure): string {
  if (failure.kind === 'sign-in') return urls.admin.signIn;
  return failure.status >= 500 ? '/500' : '/404';
}
