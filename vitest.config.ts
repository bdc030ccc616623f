import { cloudflareTest } from '@cloudflare/vitest-plugin';
import { defineConfig } from 'vitest/config';
import { readdirSync } from 'node:fs';
import { yamlData } from './scripts/lib/vite-yaml.ts';

/** Every shipped event (a folder of src/content/events with an event.yaml). */
const eventIds = readdirSync('src/content/events', { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

// One `npm test`, three layers: pure modules in Node, edge code inside workerd with a real KV
// binding, and the built site in Chromium (scripts/lib/resolve-chromium.ts says which).
export default defineConfig({
  test: {
    projects: [
      {
        // The content's YAML files as data, as the build reads them (scripts/lib/vite-yaml.ts).
        plugins: [yamlData()],
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' },
      },
      // The edge code in workerd, once for each shipped event (TEST_EVENT): every test holds for any.
      ...eventIds.map((id) => ({
        plugins: [
          yamlData(),
          cloudflareTest({
            wrangler: { configPath: './wrangler.toml' },
            // wrangler.toml's `main` is Astro's handler, which needs Astro's virtual modules.
            main: './tests/worker/entry.ts',
            // Test secrets; the deadline comes from the event unless a test overrides it.
            miniflare: {
              bindings: {
                TEST_EVENT: id,
                ADMIN_PASSWORD: 'worker-test-organiser-password',
                INVITE_SECRET: 'worker-test-invite-secret-0123456789abcdef',
                // Overrides a developer's .dev.vars, which wrangler would otherwise read.
                RSVP_DEADLINE: '',
                // The password sign-in, whatever a developer's .dev.vars says (access.test.ts sets these).
                ACCESS_TEAM_DOMAIN: '',
                ACCESS_AUD: '',
              },
            },
          }),
        ],
        test: {
          name: `worker:${id}`,
          include: ['tests/worker/**/*.test.ts'],
          // A Cloudflare Access key set on a loopback port, for tests/worker/access.test.ts.
          globalSetup: ['tests/worker/access-setup.ts'],
        },
      })),
      {
        plugins: [yamlData()],
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/browser/server.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          // One server and one browser: run the files one after another.
          fileParallelism: false,
        },
      },
    ],
  },
});
