import type { APIRoute } from 'astro';
import { eventContext } from '#server/context.ts';
import { openInvitation } from '#server/invitee/invitation.ts';

export const prerender = false;

// A personal link: the invitation cookie of its event and a 303 to the guest's reply page.
// Unknown, forged or revoked links are refused alike (the site's error page, 404).
export const ALL: APIRoute = ({ params, locals, request }) =>
  openInvitation(params.token ?? '', eventContext(locals), request);
