// The one way in and out of every route the Worker renders (src/server/routes.ts): the request's
// context built once, the route's checks (method, same origin, the organisers' session, the event
// it is about), and any refusal turned into what the client expects: JSON, the site's error page,
// the sign-in page. What runs before Astro (security headers, the example secrets' refusal) is in
// src/worker.ts. docs/design.md, "The way in and out".
import { defineMiddleware } from 'astro:middleware';
import { env } from 'cloudflare:workers';
import { events } from '#content/events.ts';
import { site } from '#content/site.ts';
import { siteContext } from '#server/context.ts';
import { dispatch, errorPage, failurePage, finished } from '#server/dispatch.ts';
import { routeFor } from '#server/routes.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  // The letters, calendar files and statements are built once, as static files.
  if (context.isPrerendered) return next();
  const base = siteContext(env, site, events);
  context.locals.ctx = base;
  if (routeFor(context.routePattern).kind === 'error') {
    // Astro's own answer: no route for the address (404), or a fault of ours (500).
    const status = context.routePattern === '/500' ? 500 : 404;
    context.locals.failure = errorPage(
      context.request,
      base,
      status,
      status === 500 ? 'server_error' : 'not_found',
    );
    return finished(await next(), context.locals.failure);
  }
  const outcome = await dispatch(
    context.request,
    context.routePattern,
    base,
    context.params,
    (ctx, session) => {
      context.locals.ctx = ctx;
      if (session) context.locals.session = session;
      return next();
    },
  );
  if (outcome instanceof Response) return finished(outcome);
  context.locals.failure = outcome;
  // The page of the failure, the request's headers kept (its language: Accept-Language).
  const page = new Request(new URL(failurePage(outcome), context.url), { headers: context.request.headers });
  return finished(await next(page), outcome);
});
