import { env } from 'cloudflare:workers';
import type { APIRoute } from 'astro';
import { handleLogout } from '../../../functions/admin/auth.ts';
import { appContext } from '../../../functions/context.ts';

export const prerender = false;

// Every method: a wrong one gets 405, not Astro's 404.
export const ALL: APIRoute = ({ request }) => handleLogout(request, appContext(env));
