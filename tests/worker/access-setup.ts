import type { TestProject } from 'vitest/node';
import { startKeyServer, type AccessKeys } from '#tests/support/access-keys.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The stand-in team domain (http on loopback), serving `/cdn-cgi/access/certs`. */
    accessOrigin: string;
    accessKeys: AccessKeys;
    /** The current key's public key as PEM text: the "secret" of an HS256 confusion attack. */
    accessPublicPem: string;
  }
}

/** Runs in Node before the worker tests: the Access key set over real HTTP on 127.0.0.1. */
export default async function setup(project: TestProject) {
  const server = await startKeyServer();
  project.provide('accessOrigin', server.origin);
  project.provide('accessKeys', server.keys);
  project.provide('accessPublicPem', server.publicPem);
  return server.stop;
}
