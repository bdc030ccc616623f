// @ts-check
import cloudflare from '@astrojs/cloudflare';
import { appendFile } from 'node:fs/promises';
import { defineConfig } from 'astro/config';
import { headersFileRule } from '#server/http/security-headers.ts';
import { readFile } from 'node:fs/promises';
import { parse as parseToml } from 'smol-toml';
import { readEvents, readSite } from '#scripts/lib/content.ts';
import { yamlData } from '#scripts/lib/vite-yaml.ts';

// This network reaches only package registries: no telemetry, no lookup of Cloudflare's `cf` object.
process.env.ASTRO_TELEMETRY_DISABLED ??= '1';
process.env.CLOUDFLARE_CF_FETCH_ENABLED ??= 'false';
process.env.WRANGLER_SEND_METRICS ??= 'false';

// The content, read as the build reads it (the config loads before the build's YAML plugin runs).
const events = readEvents();
const site = readSite(events);

export default defineConfig({
  // The deployed address (src/content/site.yaml): hreflang alternates must be absolute URLs.
  site: site.site,
  // Prerendered by default: the invitation pages are static files; personal, organiser and API
  // routes opt out with `export const prerender = false`.
  output: 'static',
  adapter: cloudflare({ imageService: 'passthrough' }),
  integrations: [
    {
      // Mail to an event's mailbox goes through the send_email binding, which Cloudflare lets write
      // only to the addresses it lists: an event whose mailbox is not there could never be told of
      // a reply. Checked before anything is built.
      name: 'repondez:mailboxes',
      hooks: {
        'astro:config:setup': async () => {
          const config = parseToml(await readFile(new URL('./wrangler.toml', import.meta.url), 'utf8'));
          const allowed = new Set(
            /** @type {{ allowed_destination_addresses?: string[] }[]} */ (config.send_email ?? []).flatMap(
              (binding) => binding.allowed_destination_addresses ?? [],
            ),
          );
          const missing = events.filter((event) => !allowed.has(event.mailbox));
          if (missing.length) {
            throw new Error(
              missing
                .map(
                  (event) =>
                    `src/content/events/${event.id}/event.yaml: mailbox ${event.mailbox} is not among wrangler.toml's [[send_email]] allowed_destination_addresses: add it there (and verify it in Cloudflare Email Routing).`,
                )
                .join('\n'),
            );
          }
        },
      },
    },
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
