import { env } from 'cloudflare:workers';
import type { APIRoute } from 'astro';
import { handleLogout } from '#server/admin/auth.ts';
import { appContext } from '#server/context.ts';

export const prerender = false;

// Every method: a wrong one gets 405, not Astro's 404.
export const ALL: APIRoute = ({ request }) => handleLogout(request, appContext(env));
