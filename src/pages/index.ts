import type { APIRoute } from 'astro';
import { redirectToInvitation } from '#server/invitee/root.ts';

export const prerender = false;

// Every method reaches the way in (src/middleware.ts), which answers a wrong one with 405.
export const ALL: APIRoute = ({ request, locals }) => redirectToInvitation(request, locals.ctx);
