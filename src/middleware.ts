// The one way in and out of every route the Worker renders (src/server/routes.ts): the request's
// context built once, the route's checks (method, same origin, the organisers' session), and any
// refusal turned into what the client expects: JSON, the site's error page, the sign-in page.
// What runs before Astro (security headers, the example secrets' refusal) is in src/worker.ts.
import { defineMiddleware } from 'astro:middleware';
import { env } from 'cloudflare:workers';
import { eventFor } from '#content/events.ts';
import { appContext } from '#server/context.ts';
import { dispatch, type Failure } from '#server/dispatch.ts';
import { noStore } from '#server/http/responses.ts';

/** The address whose page answers a failure (rendered in place: the address bar keeps its own). */
function pageFor(failure: Failure, url: URL): Request {
  const path = failure.kind === 'sign-in' ? '/admin' : failure.status >= 500 ? '/500' : '/404';
  return new Request(new URL(path, url));
}

/** `response` that no cache keeps, with the failure's status and headers where there was one. */
function finished(response: Response, failure?: Failure): Response {
  const headers = new Headers(response.headers);
  for (const [name, value] of Object.entries(noStore)) headers.set(name, value);
  if (failure?.kind === 'page')
    for (const [name, value] of Object.entries(failure.headers)) headers.set(name, value);
  const status = failure ? (failure.kind === 'page' ? failure.status : failure.view.status) : response.status;
  return new Response(response.body, { status, statusText: response.statusText, headers });
}

export const onRequest = defineMiddleware(async (context, next) => {
  // The letters, calendar files and statements are built once, as static files.
  if (context.isPrerendered) return next();
  const ctx = appContext(env, eventFor());
  context.locals.ctx = ctx;
  const outcome = await dispatch(context.request, context.routePattern, ctx, (session) => {
    if (session) context.locals.session = session;
    return next();
  });
  if (outcome instanceof Response) return finished(outcome);
  context.locals.failure = outcome;
  // The page of the failure, headers and request kept (its language: Accept-Language).
  const headers = new Headers(context.request.headers);
  const page = pageFor(outcome, context.url);
  return finished(await next(new Request(page.url, { headers })), outcome);
});
