import type { APIRoute } from 'astro';
import { openInvitation } from '#server/invitee/invitation.ts';

export const prerender = false;

// A personal link: the invitation cookie and a 303 to the guest's reply page. Unknown, forged or
// revoked links are refused alike (the site's error page, 404).
export const ALL: APIRoute = ({ params, locals, request }) =>
  openInvitation(params.token ?? '', locals.ctx, request);
