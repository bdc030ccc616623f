import { rmSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { build, freePort, serve } from '../../scripts/lib/server.ts';

// Its own persistence folder, so tests never touch the KV of `npm start`.
const PERSIST_TO = '.wrangler/test-state';

/** Test-only secrets: the build's copy of a developer's .dev.vars is overridden by these. */
export const testVars = {
  ADMIN_PASSWORD: 'browser-test-organiser-password',
  INVITE_SECRET: 'browser-test-invite-secret-0123456789abcdef',
  RSVP_DEADLINE: '2099-12-31T23:59:59+01:00',
};

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** Builds the site and serves it with `wrangler dev` for the browser layer; stops it afterwards. */
export default async function setup(project: TestProject) {
  await build({ quiet: true });
  rmSync(PERSIST_TO, { recursive: true, force: true });
  const server = await serve({ port: await freePort(), persistTo: PERSIST_TO, vars: testVars, quiet: true });
  project.provide('baseUrl', server.url);
  return () => server.stop();
}
