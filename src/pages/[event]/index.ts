import type { APIRoute } from 'astro';
import { eventContext } from '#server/context.ts';
import { redirectToEvent } from '#server/invitee/root.ts';

export const prerender = false;

// An event's address without a language: its letter in the visitor's language.
export const ALL: APIRoute = ({ request, locals }) => redirectToEvent(request, eventContext(locals).event);
