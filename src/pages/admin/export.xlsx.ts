import { env } from 'cloudflare:workers';
import type { APIRoute } from 'astro';
import { exportXlsx } from '../../../functions/admin/export.ts';
import { appContext } from '../../../functions/context.ts';

export const prerender = false;

export const ALL: APIRoute = ({ request }) => exportXlsx(request, appContext(env));
