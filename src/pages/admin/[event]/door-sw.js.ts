import type { APIRoute } from 'astro';
import { doorWorker } from '#server/admin/door-worker.ts';

export const prerender = false;

// The way in (src/middleware.ts) has checked the method and the session (the door's included).
export const ALL: APIRoute = () => doorWorker();
