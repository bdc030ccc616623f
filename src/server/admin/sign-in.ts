import { bodyKind, decodeUtf8, parseFormBody, readBodyBytes, type FormValues } from '#server/http/body.ts';
import type { SiteContext } from '#server/context.ts';
import { cookieNames, readCookie } from '#server/http/cookies.ts';
import { isFromThisSite } from '#server/http/origin.ts';
import { routes, type Route } from '#server/routes.ts';
import { urls } from '#server/urls.ts';
import type { LoginView } from './views.ts';
import type { CurrentSession } from './session.ts';

/** Where an organiser lands after signing in when the request names nowhere (else) valid. */
export const DEFAULT_RETURN = urls.admin.home;

/**
 * The largest form kept through the sign-in (its urlencoded body). The sign-in form sends it
 * urlencoded once more, inside a body of at most 16 KiB like every other: 8 KiB of text in any
 * script (a character of Greek, `%CE%B1`, becomes `%25CE%25B1`) stays well within. A record form
 * holds far less; a larger one is not kept, and the sign-in page says so.
 */
export const KEPT_LIMIT_BYTES = 8 * 1024;
/** The kept form as the sign-in form sends it, leaving room for the name, password and return. */
const KEPT_SENT_LIMIT_BYTES = 14 * 1024;

/** The longest `return` path taken: a guest's page with a filter is far shorter. */
const RETURN_MAX_LENGTH = 512;

/**
 * The pages that show a kept form again: adding a guest and a guest's page (record, details,
 * withdraw, erase). Import is a file upload, which a sign-in page cannot carry.
 */
const KEEPS_FORMS = /^\/admin\/[a-z0-9-]{1,64}\/guests\/(?:new|[a-z0-9]{1,64})$/;

/**
 * The organisers' pages a sign-in may return to, from the route table: those read with GET that
 * are pages of their own (not a file, an upload or JSON), their parameters a slug or an id.
 */
const returnable = ([, route]: [string, Route]) =>
  route.kind === 'organiser' && route.methods?.includes('GET') && !route.returnToDashboard && !route.json;
const returnablePages = Object.entries(routes)
  .filter(returnable)
  .map(([pattern]) => new RegExp(`^${pattern.replace(/\[[a-z]+\]/g, '[a-z0-9-]{1,64}')}$`));
/** Fixed addresses that a pattern above would take but the router serves otherwise (`/admin/login`). */
const otherFixedRoutes = new Set(
  Object.entries(routes)
    .filter((entry) => !returnable(entry) && !entry[0].includes('['))
    .map(([pattern]) => pattern),
);

/**
 * `value` when it is a path of this site under /admin to return to after signing in, else null.
 * Never an absolute URL, a scheme-relative `//host`, a backslash (which browsers read as a slash),
 * a control character, or a path that leaves /admin once normalised (`/admin/../x`): the sign-in
 * must not be a way to send an organiser elsewhere (open redirect).
 * @example safeReturn('/admin/guests/ab12?x=1') // '/admin/guests/ab12?x=1'
 * @example safeReturn('//evil.example/admin') // null
 */
export function safeReturn(value: unknown): string | null {
  if (typeof value !== 'string' || value.length > RETURN_MAX_LENGTH) return null;
  // Printable ASCII only (a real path is percent-encoded), starting with one slash.
  if (!/^\/(?![/\\])[\x21-\x7e]*$/.test(value) || value.includes('\\')) return null;
  const base = 'https://organisers.invalid';
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return null;
  }
  const path = `${url.pathname}${url.search}`;
  if (url.origin !== base || path !== value.replace(/#.*$/, '')) return null;
  const home = urls.admin.home;
  if (url.pathname !== home && !url.pathname.startsWith(`${home}/`)) return null;
  // The router decodes the path (`backup%2ejson`, `%73ession`): no page of ours needs a percent
  // in its path, so none is taken, and the check below sees the path as it will be served.
  if (url.pathname.includes('%')) return null;
  // Only a page of the organisers', exactly as we link to it: never a download, the session's
  // JSON, signing in or out, nor a page's address with a trailing or doubled slash, which the
  // router serves as the same route (`/admin/{event}/backup.json/`).
  if (otherFixedRoutes.has(url.pathname) || !returnablePages.some((page) => page.test(url.pathname)))
    return null;
  return path;
}

/**
 * The form body to keep through the sign-in, when `body` is one that `returnTo` shows again: an
 * urlencoded body of at most `KEPT_LIMIT_BYTES` that parses as a form.
 */
export function keepableForm(returnTo: string, body: unknown): string | null {
  if (typeof body !== 'string' || body === '' || !KEEPS_FORMS.test(returnTo)) return null;
  if (new TextEncoder().encode(body).byteLength > KEPT_LIMIT_BYTES) return null;
  // Measured as the sign-in form will send it (encoded once more: "+" becomes "%2B"), so that a
  // body of separators or spaces cannot pass here and then fail the sign-in's size limit.
  if (new URLSearchParams({ kept: body }).toString().length > KEPT_SENT_LIMIT_BYTES) return null;
  try {
    parseFormBody(body);
  } catch {
    return null;
  }
  return body;
}

/**
 * Whether the text to copy goes back and forth with the sign-in form (so that a wrong password
 * does not lose it): when it stays, sent, within the room the sign-in's body leaves.
 */
export const carriesLostText = (text: string) =>
  new URLSearchParams({ lostText: text }).toString().length <= KEPT_SENT_LIMIT_BYTES;

/**
 * What the sign-in page shows to a request that needed a session and had none (absent, ended,
 * forged): 401, the place to return to (this page; a POST-only route names its own, `returnTo`),
 * and a posted form, kept in the sign-in form so nothing typed is lost. The form is read only
 * after the way in (src/server/dispatch.ts) found the request same-origin, so no other site can have it shown back.
 */
export async function signInRequired(
  request: Request,
  ctx: SiteContext,
  returnTo?: string,
): Promise<LoginView> {
  const url = new URL(request.url);
  const back = returnTo ?? safeReturn(`${url.pathname}${url.search}`) ?? DEFAULT_RETURN;
  let kept: string | null = null;
  let lost = false;
  let lostForm = '';
  // Only from a browser that says the form is this site's own (the way in also lets through clients
  // that send neither header, such as curl, which never need a form kept): no other site's form
  // can be shown back pre-filled after the organiser signs in.
  if (request.method === 'POST' && !ctx.env.access && isFromThisSite(request)) {
    try {
      if (bodyKind(request) === 'form') {
        const body = decodeUtf8(await readBodyBytes(request));
        kept = keepableForm(back, body);
        lost = kept === null && KEEPS_FORMS.test(back) && body !== '';
        if (lost) lostForm = body;
      }
    } catch {
      // Not a form, too large or not UTF-8: the route would have refused it too; nothing to keep.
    }
  }
  // A file upload (the guest list) cannot be carried through the sign-in: the page says so.
  const upload =
    request.method === 'POST' && /^multipart\/form-data\b/i.test(request.headers.get('Content-Type') ?? '');
  return {
    status: 401,
    name: '',
    errors: {},
    returnTo: back,
    kept,
    // "Your session has ended" only to a browser that had one (its cookie came, ended, forged or
    // of an earlier password) or whose form waits: a first visit is simply asked to sign in.
    ended: kept !== null || lost || upload || readCookie(request, cookieNames.admin) !== null,
    ...(lost ? { lost, lostForm } : {}),
    ...(upload ? { upload } : {}),
  };
}

/**
 * The values of the form this session kept through its sign-in, when this page is the one it was
 * sent to and the address says so (`?kept`, so that no other page load costs a KV read). Read
 * once: the kept form is deleted as it is read.
 */
export async function keptValues(
  request: Request,
  ctx: SiteContext,
  session: CurrentSession,
): Promise<FormValues | null> {
  const url = new URL(request.url);
  if (!url.searchParams.has('kept') || !session.key) return null;
  // Only the page it was kept for takes it (another page with `?kept` leaves it there).
  const kept = await ctx.sessions.takeKeptForm(session.key, url.pathname);
  if (!kept) return null;
  try {
    return parseFormBody(kept.body).values;
  } catch {
    return null;
  }
}
