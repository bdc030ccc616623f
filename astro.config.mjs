// @ts-check
import cloudflare from '@astrojs/cloudflare';
import { defineConfig } from 'astro/config';

// This network reaches only package registries: no telemetry, no lookup of Cloudflare's `cf` object.
process.env.ASTRO_TELEMETRY_DISABLED ??= '1';
process.env.CLOUDFLARE_CF_FETCH_ENABLED ??= 'false';
process.env.WRANGLER_SEND_METRICS ??= 'false';

export default defineConfig({
  // Prerendered by default: the invitation pages are static files; personal, organiser and API
  // routes opt out with `export const prerender = false`.
  output: 'static',
  adapter: cloudflare({ imageService: 'passthrough' }),
  trailingSlash: 'ignore',
  // Organiser sessions are our own (functions/); Astro's KV-backed sessions would add a binding.
  session: false,
  security: {
    // DESIGN's same-origin rule (functions/) replaces Astro's check, which answers a bare 403
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
