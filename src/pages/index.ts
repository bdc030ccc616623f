import type { APIRoute } from 'astro';
import { redirectToInvitation } from '../../functions/root.ts';

export const prerender = false;

export const GET: APIRoute = ({ request }) => redirectToInvitation(request);
