import type { APIRoute } from 'astro';
import { sessionStatus } from '#server/admin/session-status.ts';
import { siteOrganiserContext } from '#server/context.ts';

export const prerender = false;

// Every method reaches the way in (src/middleware.ts), which answers a wrong one with 405.
export const ALL: APIRoute = ({ locals }) => sessionStatus(siteOrganiserContext(locals));
