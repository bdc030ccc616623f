import { cloudflareTest } from '@cloudflare/vitest-plugin';
import { defineConfig } from 'vitest/config';

// One `npm test`, three layers: pure modules in Node, edge code inside workerd with a real KV
// binding, and the built site in Chromium (scripts/lib/resolve-chromium.ts says which).
export default defineConfig({
  test: {
    projects: [
      {
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        plugins: [
          cloudflareTest({
            wrangler: { configPath: './wrangler.toml' },
            // wrangler.toml's `main` is Astro's handler, which needs Astro's virtual modules.
            main: './tests/worker/entry.ts',
            // Test secrets; the deadline comes from the event unless a test overrides it.
            miniflare: {
              bindings: {
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
          name: 'worker',
          include: ['tests/worker/**/*.test.ts'],
          // A Cloudflare Access key set on a loopback port, for tests/worker/access.test.ts.
          globalSetup: ['tests/worker/access-setup.ts'],
        },
      },
      {
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
