// @ts-check
import cloudflare from '@astrojs/cloudflare';
import { appendFile } from 'node:fs/promises';
import { defineConfig } from 'astro/config';
import { headersFileRule } from '#server/http/security-headers.ts';
import { EventContentError } from '#content/event-files.ts';
import { readContent } from '#scripts/lib/content.ts';
import { yamlData } from '#scripts/lib/vite-yaml.ts';

// This network reaches only package registries: no telemetry, no lookup of Cloudflare's `cf` object.
process.env.ASTRO_TELEMETRY_DISABLED ??= '1';
process.env.CLOUDFLARE_CF_FETCH_ENABLED ??= 'false';
process.env.WRANGLER_SEND_METRICS ??= 'false';

/**
 * The content, read and checked before anything is built (the config loads before the build's
 * YAML plugin runs): every problem at once, each with its file and field, and no stack trace.
 */
function content() {
  try {
    return readContent();
  } catch (error) {
    if (!(error instanceof EventContentError)) throw error;
    console.error(`\n${error.message}\n`);
    process.exit(1);
  }
}
const { site } = content();

export default defineConfig({
  // The deployed address (src/content/site.yaml): hreflang alternates must be absolute URLs.
  site: site.site,
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
    // The content's YAML files as data, so the Worker carries no YAML reader.
    plugins: [yamlData()],
    build: {
      // Inlined scripts would be blocked by the Content-Security-Policy (no inline script).
      assetsInlineLimit: 0,
    },
  },
});
