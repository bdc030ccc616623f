import { env } from 'cloudflare:workers';
import type { APIRoute } from 'astro';
import { backupJson } from '../../../functions/admin/backup.ts';
import { appContext } from '../../../functions/context.ts';

export const prerender = false;

export const ALL: APIRoute = ({ request }) => backupJson(request, appContext(env));
