import type { APIRoute } from 'astro';
import { resendNotices } from '#server/admin/notices.ts';
import { organiserContext } from '#server/context.ts';

export const prerender = false;

// Every method reaches the way in (src/middleware.ts), which answers a wrong one with 405.
export const ALL: APIRoute = ({ locals }) => resendNotices(organiserContext(locals));
