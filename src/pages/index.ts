import type { APIRoute } from 'astro';
import { redirectToInvitation } from '#server/invitee/root.ts';

export const prerender = false;

export const GET: APIRoute = ({ request }) => redirectToInvitation(request);
