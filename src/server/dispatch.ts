import { interfaceLocale } from '#i18n/index.ts';
import { eventText } from '#i18n/event-text.ts';
import type { Locale } from '#i18n/locales.ts';
import { currentSession, type CurrentSession } from './admin/session.ts';
import { DEFAULT_RETURN, safeReturn, signInRequired } from './admin/sign-in.ts';
import type { LoginView } from './admin/views.ts';
import type { AppContext } from './context.ts';
import { acceptLanguage } from './http/language.ts';
import { HttpError, SignInRequired, errorResponse, type ErrorCode } from './http/errors.ts';
import { isSameOrigin } from './http/origin.ts';
import { routeFor, type Method, type Route } from './routes.ts';

/**
 * What a refused request gets instead of its page, for the middleware to render: the site's error
 * page (in `lang` when the handler knew it, else the address's or the browser's language), or the
 * organisers' sign-in page.
 */
export type Failure =
  | {
      kind: 'page';
      status: number;
      code: ErrorCode;
      lang: Locale | null;
      /** The address that was refused, whose language and area the page takes. */
      path: string;
      headers: Record<string, string>;
    }
  | { kind: 'sign-in'; view: LoginView };

/**
 * The way in, the same for every route (./routes.ts): a method the route answers (else 405 with
 * `Allow`), a POST from the site itself where the route asks (else 403), then, for the organisers'
 * routes, a session (else the sign-in page; the body is left unread, for the sign-in page to keep
 * a posted form). Returns the organiser's session, or null on the routes that need none.
 */
export async function enter(request: Request, route: Route, ctx: AppContext): Promise<CurrentSession | null> {
  const method = request.method as Method;
  if (route.methods && !route.methods.includes(method)) {
    throw new HttpError('method_not_allowed', { headers: { Allow: route.methods.join(', ') } });
  }
  if (route.sameOrigin && method === 'POST' && !isSameOrigin(request))
    throw new HttpError('forbidden_origin');
  if (route.kind !== 'organiser') return null;
  const session = await currentSession(request, ctx, route.touch?.[method] ?? 'auto');
  if (!session) throw new SignInRequired();
  return session;
}

/** Whether the client of this route expects JSON: the API (but for a form post), the session's JSON. */
function answersJson(request: Request, route: Route): boolean {
  if (route.json) return true;
  if (route.kind !== 'api') return false;
  const type = (request.headers.get('Content-Type') ?? '').split(';')[0]?.trim().toLowerCase();
  return !(request.method === 'POST' && type === 'application/x-www-form-urlencoded');
}

/** The mailbox and the deadline, which some messages name, as they read in `lang`. */
export function messageValues(ctx: AppContext, lang: Locale): Record<string, string> {
  const text = eventText(ctx.event, interfaceLocale(lang), ctx.deadline);
  return { mailbox: text.mailbox, deadline: `${text.deadlineFull} (${text.deadlineZone})` };
}

/** The one way out for a refusal: JSON for a JSON client, else what the page should show instead. */
async function refusal(
  error: HttpError | SignInRequired,
  request: Request,
  pattern: string,
  route: Route,
  ctx: AppContext,
): Promise<Response | Failure> {
  if (error instanceof SignInRequired) {
    if (pattern !== '/admin')
      return { kind: 'sign-in', view: await signInRequired(request, ctx, route.returnTo) };
    // The dashboard's own address: the plain sign-in, back to where `return` says.
    const back = safeReturn(new URL(request.url).searchParams.get('return')) ?? DEFAULT_RETURN;
    return { kind: 'sign-in', view: { status: 401, name: '', errors: {}, returnTo: back, kept: null } };
  }
  if (answersJson(request, route)) {
    const lang = error.options.lang ?? acceptLanguage(request);
    return errorResponse(error, lang, messageValues(ctx, lang));
  }
  return {
    kind: 'page',
    status: error.status,
    code: error.code,
    lang: error.options.lang ?? null,
    path: new URL(request.url).pathname,
    headers: error.options.headers ?? {},
  };
}

/**
 * Runs one request through the way in and the way out: `enter`'s checks, then `run` (the route's
 * page or handler, given the organiser's session where the route needs one); an `HttpError` that
 * either throws becomes its JSON answer or a `Failure` to render. Anything else is a fault of
 * ours and goes on up (the site's 500 page).
 * @example const outcome = await dispatch(request, '/api/rsvp', ctx, () => handleRsvp(request, ctx));
 */
export async function dispatch<T>(
  request: Request,
  pattern: string,
  ctx: AppContext,
  run: (session: CurrentSession | null) => Promise<T>,
): Promise<T | Response | Failure> {
  const route = routeFor(pattern);
  try {
    return await run(await enter(request, route, ctx));
  } catch (error) {
    if (!(error instanceof HttpError || error instanceof SignInRequired)) throw error;
    return refusal(error, request, pattern, route, ctx);
  }
}
