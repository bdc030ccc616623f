/**
 * The handlers as their routes run them in production: through `dispatch` (the way in and out that
 * src/middleware.ts applies), then the handler with the context the route gives it. The tests
 * call these instead of the bare handlers, so that a method, an origin or a session the route
 * refuses is refused here as it is on the site. A JSON refusal is the Response itself; a `Failure`
 * comes back as the middleware answers it, a Response with its status and headers (the HTML of the
 * error or sign-in page aside, which the browser tests read), carrying the failure for the tests.
 */
import * as auth from '#server/admin/auth.ts';
import * as guestDetails from '#server/admin/guest-form.ts';
import * as guestList from '#server/admin/import.ts';
import * as guestPages from '#server/admin/guest.ts';
import * as notices from '#server/admin/notices.ts';
import { catering } from '#server/admin/catering.ts';
import { download } from '#server/admin/downloads.ts';
import * as print from '#server/admin/print.ts';
import * as seating from '#server/admin/seating.ts';
import * as status from '#server/admin/session-status.ts';
import type { AppContext, OrganiserContext } from '#server/context.ts';
import { dispatch, finished, type Failure, type Params } from '#server/dispatch.ts';
import * as invitation from '#server/invitee/invitation.ts';
import * as rsvp from '#server/invitee/rsvp.ts';
import type { RoutePattern } from '#server/routes.ts';

export type { Failure };

/** A refusal as the middleware answers it, with the failure it renders. */
export type Refused = Response & { failure: Failure };

const failures = new WeakMap<Response, Failure>();

/** The failure a route answered with (null for any other answer). */
export const failureOf = (result: unknown): Failure | null =>
  result instanceof Response ? (failures.get(result) ?? null) : null;

/** Whether the route answered with the sign-in page (401). */
export const needsSignIn = (result: unknown): boolean => failureOf(result)?.kind === 'sign-in';

/** The page's status and headers, as src/middleware.ts sends them with the error or sign-in page. */
function rendered<T>(outcome: T | Response | Failure): T | Response {
  if (outcome instanceof Response || typeof outcome !== 'object' || outcome === null || !('kind' in outcome))
    return outcome;
  const failure = outcome as Failure;
  if (failure.kind !== 'page' && failure.kind !== 'sign-in') return outcome as T;
  const response = finished(new Response(null), failure);
  failures.set(response, failure);
  return response;
}

/**
 * Runs `handler` behind the way in of the route `pattern`, with the context it gives (`ctx`'s
 * event, where the route is about one; its address's parameters as Astro would give them).
 */
export async function route<T>(
  pattern: RoutePattern,
  request: Request,
  ctx: AppContext,
  handler: (ctx: AppContext) => Promise<T> | T,
  params: Params = { event: ctx.event.id },
): Promise<T | Response> {
  return rendered(
    await dispatch(request, pattern, ctx, params, async (given) => handler(given as AppContext)),
  );
}

/** Runs an organisers' `handler` behind its route's way in, with the organiser's session. */
export async function organiserRoute<T>(
  pattern: RoutePattern,
  request: Request,
  ctx: AppContext,
  handler: (ctx: OrganiserContext) => Promise<T> | T,
  params: Params = { event: ctx.event.id },
): Promise<T | Response> {
  return rendered(
    await dispatch(request, pattern, ctx, params, async (given, session) => {
      if (!session) throw new Error(`${pattern} let a request through without a session`);
      return handler({ ...(given as AppContext), session });
    }),
  );
}

export const handleRsvp = (request: Request, ctx: AppContext) =>
  route('/api/rsvp', request, ctx, (given) => rsvp.handleRsvp(request, given), {});

export const replyPage = (request: Request, ctx: AppContext, lang: string) =>
  route('/[event]/[lang]/reply', request, ctx, (given) => rsvp.replyPage(request, given, lang), {
    event: ctx.event.id,
    lang,
  });

export const openInvitation = (
  token: string,
  ctx: AppContext,
  request = new Request(`https://invitation.test/i/${token}`),
) =>
  route('/i/[token]', request, ctx, (given) => invitation.openInvitation(token, given, request), { token });

export const handleLogin = (request: Request, ctx: AppContext) =>
  route('/admin/login', request, ctx, () => auth.handleLogin(request, ctx), {});

export const handleLogout = (request: Request, ctx: AppContext) =>
  route('/admin/logout', request, ctx, () => auth.handleLogout(request, ctx), {});

export const guestPage = (request: Request, ctx: AppContext, id: string) =>
  organiserRoute(
    '/admin/[event]/guests/[id]',
    request,
    ctx,
    (organiser) => guestPages.guestPage(request, organiser, id),
    { event: ctx.event.id, id },
  );

export const newGuestPage = (request: Request, ctx: AppContext) =>
  organiserRoute('/admin/[event]/guests/new', request, ctx, (organiser) =>
    guestDetails.newGuestPage(request, organiser),
  );

export const importUpload = (request: Request, ctx: AppContext) =>
  organiserRoute('/admin/[event]/import', request, ctx, (organiser) =>
    guestList.importUpload(request, organiser),
  );

export const resendNotices = (request: Request, ctx: AppContext) =>
  organiserRoute('/admin/[event]/notices', request, ctx, (organiser) => notices.resendNotices(organiser));

export const cateringPage = (request: Request, ctx: AppContext) =>
  organiserRoute('/admin/[event]/catering', request, ctx, (organiser) => catering(organiser));

export const printList = (request: Request, ctx: AppContext) =>
  organiserRoute('/admin/[event]/print', request, ctx, (organiser) => print.printList(organiser));

export const seatingPage = (request: Request, ctx: AppContext) =>
  organiserRoute('/admin/[event]/seating', request, ctx, (organiser) =>
    seating.seatingPage(request, organiser),
  );

export const sessionStatus = (request: Request, ctx: AppContext) =>
  organiserRoute('/admin/session', request, ctx, (organiser) => status.sessionStatus(organiser), {});

/** One of the organisers' files, by the name in its address (`export.csv`, …). */
export const downloadFile = (name: string, request: Request, ctx: AppContext) =>
  organiserRoute(
    '/admin/[event]/[download]',
    request,
    ctx,
    (organiser) => download(request, organiser, name),
    {
      event: ctx.event.id,
      download: name,
    },
  );

export const exportCsv = (request: Request, ctx: AppContext) => downloadFile('export.csv', request, ctx);
export const exportXlsx = (request: Request, ctx: AppContext) => downloadFile('export.xlsx', request, ctx);
export const linksCsv = (request: Request, ctx: AppContext) => downloadFile('links.csv', request, ctx);
export const backupJson = (request: Request, ctx: AppContext) => downloadFile('backup.json', request, ctx);
