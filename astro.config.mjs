// @ts-check
import cloudflare from '@astrojs/cloudflare';
import { appendFile } from 'node:fs/promises';
import { defineConfig } from 'astro/config';
import { headersFileRule } from '#server/http/security-headers.ts';
import { event } from '#content/event.ts';

// This network reaches only package registries: no telemetry, no lookup of Cloudflare's `cf` object.
process.env.ASTRO_TELEMETRY_DISABLED ??= '1';
process.env.CLOUDFLARE_CF_FETCH_ENABLED ??= 'false';
process.env.WRANGLER_SEND_METRICS ??= 'false';

export default defineConfig({
  // The deployed address, from the event module: hreflang alternates must be absolute URLs.
  site: event.site,
  // Prerendered by default: the invitation pages are static files; personal, organiser and API
  // routes opt out with `export const prerender = false`.
  output: 'static',
  adapter: cloudflare({ imageService: 'passthrough' }),
  integrations: [
    {
      // Static assets are served before the Worker runs: their security headers come from
      // `_headers`, written from the same constant the Worker uses.
      name: 'repondez:security-headers',
      hooks: {
        'astro:build:done': async ({ dir }) => {
          await appendFile(new URL('_headers', dir), `\n${headersFileRule()}\n`);
        },
      },
    },
  ],
  trailingSlash: 'ignore',
  // Organiser sessions are our own (src/server/); Astro's KV-backed sessions would add a binding.
  session: false,
  security: {
    // The same-origin rule of docs/design.md (src/server/) replaces Astro's check, which answers a bare 403
    // before our code can send a localized, coded error.
    checkOrigin: false,
  },
  build: { inlineStylesheets: 'always' },
  vite: {
    build: {
      // Inlined scripts would be blocked by the Content-Security-Policy (no inline script).
      assetsInlineLimit: 0,
    },
  },
});
