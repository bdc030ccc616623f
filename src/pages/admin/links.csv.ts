import { env } from 'cloudflare:workers';
import type { APIRoute } from 'astro';
import { linksCsv } from '#server/admin/guest-list.ts';
import { needsSignIn } from '#server/admin/gate.ts';
import { appContext } from '#server/context.ts';
import { showSignIn } from '#components/admin/sign-in-page.ts';

export const prerender = false;

// Every method: a wrong one gets 405, not Astro's 404. Without a session: the sign-in page.
export const ALL: APIRoute = async (context) => {
  const ctx = appContext(env);
  const response = await linksCsv(context.request, ctx);
  return needsSignIn(response) ? showSignIn(context, ctx) : response;
};
