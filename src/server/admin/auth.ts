import { adminLoginSchema } from '#schemas/admin.ts';
import { bodyKind, decodeUtf8, parseFormBody, readBodyBytes } from '#server/http/body.ts';
import type { SiteContext } from '#server/context.ts';
import { fieldErrors } from '#schemas/field-errors.ts';
import { HttpError } from '#server/http/errors.ts';
import { clientAddress, withinLimit } from '#server/http/limits.ts';
import { seeOther } from '#server/http/responses.ts';
import { secretsEqual } from '#server/ids.ts';
import { isSameOrigin } from '#server/http/origin.ts';
import { endSession, startSession } from './session.ts';
import { urls } from '#server/urls.ts';
import type { LoginView } from './views.ts';
import { DEFAULT_RETURN, carriesLostText, keepableForm, safeReturn } from './sign-in.ts';

/** How long sign-in stays locked for everyone once failed sign-ins pass the site-wide limit. */
export const SIGN_IN_LOCK_SECONDS = 60;
/** The limiter's one key for every failed sign-in of the site. */
export const FAILED_SIGN_INS = 'failed-sign-ins';

/** How long a form kept through the sign-in waits to be shown again (KV's shortest expiry is 60 s). */
export const KEPT_FORM_SECONDS = 120;

/**
 * `POST /admin/login`: checks the password in constant time and starts a new session (303 to the
 * page the organiser was on, `return`, else the dashboard), or returns what the sign-in form
 * should show again. A form kept through the sign-in (`kept`, sent while signed out) is stored
 * for the new session only, for two minutes, and the page it belongs to shows it again once
 * (`?kept`); nothing of it is written anywhere else until the organiser sends it again. With
 * Cloudflare Access on, there is no password sign-in: every request goes to the dashboard (303),
 * which Access guards, and no session starts (a 404 would only puzzle an organiser with an old
 * bookmark).
 */
export async function handleLogin(request: Request, ctx: SiteContext): Promise<Response | LoginView> {
  if (request.method !== 'POST' || ctx.env.access) return seeOther(DEFAULT_RETURN);
  let name = '';
  let returnTo: string = DEFAULT_RETURN;
  let kept: string | null = null;
  try {
    if (bodyKind(request) !== 'form') throw new HttpError('unsupported_media_type');
    const bytes = await readBodyBytes(request);
    if (!isSameOrigin(request)) throw new HttpError('forbidden_origin');
    const { data: fields } = parseFormBody(decodeUtf8(bytes));
    const { return: back, kept: keptBody, ended: why, lostText, ...data } = fields;
    returnTo = safeReturn(back) ?? DEFAULT_RETURN;
    kept = keepableForm(returnTo, keptBody);
    name = typeof data.name === 'string' ? data.name : '';
    // Why the sign-in page was shown, kept through failed attempts so its note stays (#26 item 8).
    const ended = endedReasons.has(String(why)) ? endedView(String(why) as EndedReason) : {};
    // The text to copy of a form too long to keep, shown again as sent back (as text, escaped).
    if (why === 'lost' && typeof lostText === 'string' && carriesLostText(lostText))
      Object.assign(ended, { lostText });
    const refused = { name, returnTo, kept, ...ended };
    const limited: LoginView = { status: 429, ...refused, errors: {}, code: 'rate_limited' };
    // Every attempt counts, before the password is checked, so guessing stops at the limit.
    if (!(await withinLimit(ctx.limits.login, clientAddress(request)))) return limited;
    const result = adminLoginSchema.safeParse(data);
    if (!result.success) return { status: 400, ...refused, errors: fieldErrors(result.error) };
    // Guessing from many addresses: while the site-wide lock stands, no password is even checked.
    if (await ctx.sessions.signInLocked()) return limited;
    // The door's password, where one is set, signs in to the door list only.
    const organiser = await secretsEqual(result.data.password, ctx.env.ADMIN_PASSWORD);
    const door =
      !organiser &&
      ctx.env.DOOR_PASSWORD !== undefined &&
      (await secretsEqual(result.data.password, ctx.env.DOOR_PASSWORD));
    if (!organiser && !door) {
      // Failed sign-ins are counted site-wide (one key, whatever hostname routed the request to
      // the Worker: each would otherwise get its own 20); past the limit, sign-in is locked for
      // everyone for a minute. The limiter counts per Cloudflare location; the lock, in KV,
      // reaches every location (within KV's minute of propagation).
      if (!(await withinLimit(ctx.limits.loginFailures, FAILED_SIGN_INS))) {
        await ctx.sessions.lockSignIn(SIGN_IN_LOCK_SECONDS);
        return limited;
      }
      return { status: 401, ...refused, errors: { password: 'wrong_password' } };
    }
    // The door signs in for one event's door list: the page it came from's, or the next event's.
    const doorEvent = door ? doorEventOf(returnTo, ctx) : undefined;
    const session = await startSession(
      request,
      ctx,
      result.data.name,
      door ? 'door' : undefined,
      doorEvent?.id,
    );
    if (door) return seeOther(doorEvent ? urls.admin.door(doorEvent) : urls.admin.home, session.cookie);
    if (!kept) return seeOther(returnTo, session.cookie);
    await ctx.sessions.keepForm(session.key, { path: returnTo, body: kept }, KEPT_FORM_SECONDS);
    return seeOther(`${returnTo}${returnTo.includes('?') ? '&' : '?'}kept`, session.cookie);
  } catch (error) {
    if (!(error instanceof HttpError)) throw error;
    const fields = error.options.fields ?? {};
    return { status: error.status, name, errors: fields, code: error.code, returnTo, kept };
  }
}

/** The reasons the sign-in page gives for a session that ended, as its form carries them. */
type EndedReason = 'ended' | 'lost' | 'upload';
/**
 * Where the door's sign-in goes: the door list of the event the page it came from is about, else
 * of the next event (the first that has not ended).
 */
function doorEventOf(returnTo: string, ctx: SiteContext): SiteContext['events'][number] | undefined {
  const named = /^\/admin\/([a-z0-9-]{1,64})(?:\/|$)/.exec(returnTo)?.[1];
  return (
    ctx.events.find((item) => item.id === named) ??
    ctx.events.find((item) => Date.parse(item.end) > ctx.now.getTime()) ??
    ctx.events.at(-1)
  );
}

const endedReasons = new Set<string>(['ended', 'lost', 'upload']);
const endedView = (reason: EndedReason): Pick<LoginView, 'ended' | 'lost' | 'upload'> => ({
  ended: true,
  ...(reason === 'lost' ? { lost: true } : {}),
  ...(reason === 'upload' ? { upload: true } : {}),
});

/** The reason a sign-in page's form carries (`ended`), for the note to stay after a failed attempt. */
export function endedReason(view: Pick<LoginView, 'ended' | 'lost' | 'upload'>): EndedReason | null {
  if (!view.ended) return null;
  return view.lost ? 'lost' : view.upload ? 'upload' : 'ended';
}

/**
 * `POST /admin/logout` (same-origin, as its route says): ends the session on the server and in the
 * browser, and clears what the site kept in the browser (the door list kept for offline use).
 * With Cloudflare Access on, it goes on to Access's own sign-out (a leftover password session still
 * ends first).
 */
export async function handleLogout(request: Request, ctx: SiteContext): Promise<Response> {
  const response = seeOther(
    ctx.env.access ? urls.admin.accessSignOut : urls.admin.home,
    await endSession(request, ctx),
  );
  // The door list's copy on the phone (its offline worker, its queue) leaves with the session.
  response.headers.set('Clear-Site-Data', '"cache", "storage"');
  return response;
}
