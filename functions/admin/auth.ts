import { adminLoginSchema } from '../../src/schemas/admin.ts';
import { bodyKind, decodeUtf8, parseFormBody, readBodyBytes } from '../body.ts';
import type { AppContext } from '../context.ts';
import { fieldErrors } from '../field-errors.ts';
import { HttpError, clientAddress, noStore, withinLimit, type FieldErrors } from '../http.ts';
import { secretsEqual } from '../ids.ts';
import { isSameOrigin } from '../origin.ts';
import { ACCESS_LOGOUT_PATH } from './access.ts';
import { endSession, startSession } from './session.ts';

/** How long sign-in stays locked for everyone once failed sign-ins pass the site-wide limit. */
export const SIGN_IN_LOCK_SECONDS = 60;

/** What the sign-in page shows after a failed attempt. */
export interface LoginView {
  status: number;
  name: string;
  errors: FieldErrors;
  /** The refusal's code when it was not the form's content (method, origin, size, type). */
  code?: HttpError['code'];
}

const seeOther = (location: string, cookie?: string) =>
  new Response(null, {
    status: 303,
    headers: { Location: location, ...(cookie ? { 'Set-Cookie': cookie } : {}), ...noStore },
  });

/**
 * `POST /admin/login`: checks the password in constant time and starts a new session (303 to the
 * dashboard), or returns what the sign-in form should show again. With Cloudflare Access on, there
 * is no password sign-in: every request goes to the dashboard (303), which Access guards, and no
 * session starts (a 404 would only puzzle an organiser with an old bookmark).
 */
export async function handleLogin(request: Request, ctx: AppContext): Promise<Response | LoginView> {
  if (request.method !== 'POST' || ctx.env.access) return seeOther('/admin');
  let name = '';
  try {
    if (bodyKind(request) !== 'form') throw new HttpError('unsupported_media_type');
    const bytes = await readBodyBytes(request);
    if (!isSameOrigin(request)) throw new HttpError('forbidden_origin');
    const { data } = parseFormBody(decodeUtf8(bytes));
    name = typeof data.name === 'string' ? data.name : '';
    const limited: LoginView = { status: 429, name, errors: {}, code: 'rate_limited' };
    // Every attempt counts, before the password is checked, so guessing stops at the limit.
    if (!(await withinLimit(ctx.limits.login, clientAddress(request)))) return limited;
    const result = adminLoginSchema.safeParse(data);
    if (!result.success) return { status: 400, name, errors: fieldErrors(result.error) };
    // Guessing from many addresses: while the site-wide lock stands, no password is even checked.
    if (await ctx.store.signInLocked()) return limited;
    if (!(await secretsEqual(result.data.password, ctx.env.ADMIN_PASSWORD))) {
      // Failed sign-ins are counted site-wide (one key per host); past the limit, sign-in is locked
      // for everyone for a minute. The limiter counts per Cloudflare location; the lock, in KV,
      // reaches every location (within KV's minute of propagation).
      if (!(await withinLimit(ctx.limits.loginFailures, `failed:${new URL(request.url).host}`))) {
        await ctx.store.lockSignIn(SIGN_IN_LOCK_SECONDS);
        return limited;
      }
      return { status: 401, name, errors: { password: 'wrong_password' } };
    }
    return seeOther('/admin', await startSession(request, ctx, result.data.name));
  } catch (error) {
    if (!(error instanceof HttpError)) throw error;
    return { status: error.status, name, errors: error.options.fields ?? {}, code: error.code };
  }
}

/**
 * `POST /admin/logout`: ends the session on the server and in the browser. With Cloudflare Access
 * on, it goes on to Access's own sign-out (a leftover password session still ends first).
 */
export async function handleLogout(request: Request, ctx: AppContext): Promise<Response> {
  if (request.method !== 'POST') {
    return new Response(null, { status: 405, headers: { Allow: 'POST', ...noStore } });
  }
  if (!isSameOrigin(request)) return new Response(null, { status: 403, headers: noStore });
  return seeOther(ctx.env.access ? ACCESS_LOGOUT_PATH : '/admin', await endSession(request, ctx));
}
