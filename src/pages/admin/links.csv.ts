import { env } from 'cloudflare:workers';
import type { APIRoute } from 'astro';
import { linksCsv } from '../../../functions/admin/guest-list.ts';
import { appContext } from '../../../functions/context.ts';

export const prerender = false;

export const ALL: APIRoute = ({ request }) => linksCsv(request, appContext(env));
