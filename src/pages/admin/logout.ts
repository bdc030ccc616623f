import type { APIRoute } from 'astro';
import { handleLogout } from '#server/admin/auth.ts';
import { requestContext } from '#server/context.ts';

export const prerender = false;

// Every method reaches the way in (src/middleware.ts), which answers a wrong one with 405.
export const ALL: APIRoute = ({ request, locals }) => handleLogout(request, requestContext(locals));
