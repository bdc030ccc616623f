import type { APIRoute } from 'astro';
import { download } from '#server/admin/downloads.ts';
import { organiserContext } from '#server/context.ts';

export const prerender = false;

// Every method reaches the way in (src/middleware.ts), which answers a wrong one with 405.
export const ALL: APIRoute = ({ request, locals, params }) =>
  download(request, organiserContext(locals), params.download ?? '');
