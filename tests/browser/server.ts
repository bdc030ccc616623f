import { mkdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { getPlatformProxy } from 'wrangler';
import { createToken } from '#server/tokens.ts';
import type { Guest } from '#schemas/guest.ts';
import { withLocalStore } from '#scripts/lib/local-kv.ts';
import { eventKeys } from '#server/store/keys.ts';
import type { Event } from '#schemas/event.ts';
import { EVENT, OTHER, events, urls } from './site.ts';
import { build, serve, type Server } from '#scripts/lib/server.ts';
import { startKeyServer } from '#tests/support/access-keys.ts';
import { resolveChromium, type ResolvedChromium } from '#scripts/lib/resolve-chromium.ts';
import type { JWK } from 'jose';

/** Test-only secrets: `--var` overrides the build's copy of a developer's .dev.vars. */
const secrets = {
  ADMIN_PASSWORD: 'browser-test-organiser-password',
  DOOR_PASSWORD: 'browser-test-door-password',
  INVITE_SECRET: 'browser-test-invite-secret-0123456789abcdef',
};

/** A guest of `event` from a row of [id, name, language, companions, e-mail]. */
const guestOf =
  (event: Event) =>
  ([id, name, language, companions, email]: (string | number | undefined)[]): Guest => ({
    id: `test${id}`,
    name: name as string,
    position: 'Minister',
    organisation: 'Government',
    email: (email as string | undefined) ?? '',
    language: language as Guest['language'],
    category: event.categories[0] ?? '',
    companions: companions as number,
    linkVersion: 1,
  });

/** The guests of the default event (EVENT), one per journey so the tests do not see each other's replies. */
const guests: Guest[] = [
  ['journey', 'Minister of the Interior of Ireland', 'en', 1],
  ['keyboard', 'Minister of the Interior of Latvia', 'en', 0],
  ['curl', 'Minister of the Interior of Slovenia', 'en', 0],
  ['malta', 'Minister for Home Affairs of Malta', 'mt', 1],
  ['closed', 'Minister of the Interior of Portugal', 'en', 0],
  ['script', 'Minister for Internal Security of Luxembourg', 'en', 1],
  ['valid', 'Minister of the Interior of Greece', 'el', 1],
  ['narrow', 'Minister of the Interior of Bulgaria', 'bg', 1],
  ['walkjs', 'Minister of the Interior of Austria', 'en', 1],
  ['walknojs', 'Minister of the Interior of Finland', 'en', 1],
  ['xss', '<img src=x onerror=alert(1)>', 'en', 1],
  ['record', 'Minister of the Interior of Belgium', 'fr', 1],
  ['mail', 'Minister of the Interior of the Czech Republic', 'cs', 1],
  ['chaseel', 'Minister of Citizen Protection of Greece', 'el', 0, 'office@minocp.example'],
  ['chasega', 'Minister for Justice and Equality of Ireland', 'ga', 0, 'oifig@justice.example'],
  ['noemail', 'Minister of the Interior of Croatia', 'hr', 0],
  ['words', 'Minister of Justice and Public Order of Cyprus', 'el', 1],
  ['count', 'Minister of the Interior of Denmark', 'en', 1],
  ['layout', 'Federal Minister of the Interior and Community of Germany', 'fi', 2],
  ['kitchen', 'Minister of the Interior of Estonia (kitchen)', 'et', 1],
  // Refused forms only (form-errors.test.ts): nothing is ever recorded for them.
  ['errorsen', 'Minister of the Interior of Estonia', 'en', 0],
  ['errorsel', 'Minister for Citizen Protection of Cyprus', 'el', 1],
  ['errorsfi', 'Minister of the Interior of Finland (refused forms)', 'fi', 2],
  ['foldone', 'Minister of the Interior of Lithuania', 'en', 1],
  ['hiddenparts', 'Minister of the Interior of Sweden', 'en', 1],
  ['lowered', 'Minister of the Interior of Romania', 'en', 1],
  // Invited to both events: the same person (the same id) in each event's guest list.
  ['both', 'Guest Invited Twice', 'en', 0],
].map(guestOf(EVENT));

/** The guest every event of the site has, in its original language. */
const anyGuest = (event: Event) => guestOf(event)(['any', 'Guest Of Every Event', event.original, 0]);

/** The guests of the other event (OTHER), in its languages, without companions where it has none. */
const otherGuests: Guest[] = [
  ['journeyjs', 'Ambassador Replying With Script', OTHER.languages.at(-1), 0],
  ['journeynojs', 'Ambassador Replying Without Script', OTHER.original, 0],
  ['both', 'Guest Invited Twice', OTHER.original, 0],
].map(guestOf(OTHER));

declare module 'vitest' {
  export interface ProvidedContext {
    /** The site with replies open. */
    baseUrl: string;
    /** The same build with the deadline passed, for the closed state. */
    closedUrl: string;
    adminPassword: string;
    /** The door's password (the door list only). */
    doorPassword: string;
    /** The servers' INVITE_SECRET, for the guest CLI run against them. */
    inviteSecret: string;
    /** Personal link paths (`/i/…`) of the default event's guests, by guest id. */
    links: Record<string, string>;
    /** Personal link paths of the other event's guests (tests/browser/site.ts `OTHER`), by guest id. */
    otherLinks: Record<string, string>;
    /** A personal link path to every event of the site (guest `testany`), by event id. */
    anyLinks: Record<string, string>;
    /** The KV folder of the open site's server, for tests that plant or inspect keys. */
    openState: string;
    /** The same build with Cloudflare Access guarding the organisers' pages. */
    accessUrl: string;
    /** That server's Access settings and the private keys of its stand-in team domain. */
    access: { issuer: string; audience: string; keys: { current: JWK; impostor: JWK } };
    /** The Chromium of this run, resolved once (scripts/lib/resolve-chromium.ts). */
    chromium: ResolvedChromium;
  }
}

const ACCESS_AUD = 'browser-test-access-aud-0123456789abcdef';
const MAIL_FROM = 'replies@invitation.test';

async function serveWithGuests(
  folder: string,
  deadline: string,
  extra: Record<string, string> = {},
): Promise<Server> {
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(`${folder}/tmp`, { recursive: true });
  await withLocalStore(folder, EVENT, async (store) => {
    for (const guest of guests) await store.putGuest(guest);
  });
  await withLocalStore(folder, OTHER, async (store) => {
    for (const guest of otherGuests) await store.putGuest(guest);
  });
  // A guest of every event (an events officer's new one too), for tests that read every event's pages.
  for (const event of events) {
    await withLocalStore(folder, event, (store) => store.putGuest(anyGuest(event)));
  }
  // A personal key written without an expiration (as by an older version): the purge's target.
  const { env, dispose } = await getPlatformProxy<Env>({
    configPath: 'wrangler.toml',
    persist: { path: `${folder}/v3` },
  });
  await env.RSVPS.put(eventKeys(EVENT).guest('legacy0000'), '{}');
  await dispose();
  return serve({
    persistTo: folder,
    vars: { ...secrets, RSVP_DEADLINE: deadline, ...extra },
    quiet: true,
    testScheduled: true,
    // The mail server's messages land in a folder the tests read. Only there: with its own
    // temporary folder, the Access server closed a connection its 401 left a body unread on, and
    // the next request on it failed (EPIPE) — not seen without it, not understood yet.
    ...(extra.MAIL_FROM ? { tmpDir: resolve(`${folder}/tmp`) } : {}),
  });
}

/**
 * Resolves the run's Chromium once and says which it is. Builds the site once and serves it three
 * times with `wrangler dev`, each with its own port and KV folder (never those of `npm start`):
 * replies open, replies closed, and the organisers' pages behind Cloudflare Access (with a
 * stand-in key set on loopback). Stops them all afterwards.
 */
export default async function setup(project: TestProject) {
  const [chromium] = await Promise.all([resolveChromium(), build({ quiet: true })]);
  console.log(`Browser tests use ${chromium.description}`);
  project.provide('chromium', chromium);
  const openState = '.wrangler/test-state-open';
  const keyServer = await startKeyServer();
  const servers = await Promise.all([
    // Mail to the mailbox on: the local send_email binding leaves each message in the server's tmp.
    serveWithGuests(openState, '2099-12-31T23:59:59+01:00', {
      MAIL_FROM,
    }),
    // RSVP_DEADLINE moves every event's deadline: here the default event's own, passed.
    serveWithGuests('.wrangler/test-state-closed', EVENT.deadline),
    serveWithGuests('.wrangler/test-state-access', '2099-12-31T23:59:59+01:00', {
      ACCESS_TEAM_DOMAIN: keyServer.origin,
      ACCESS_AUD,
    }),
  ]);
  const [open, closed, access] = servers;
  const links: Record<string, string> = {};
  const otherLinks: Record<string, string> = {};
  for (const guest of guests)
    links[guest.id] = urls.personalLink(await createToken(secrets.INVITE_SECRET, EVENT.id, guest.id, 1));
  for (const guest of otherGuests)
    otherLinks[guest.id] = urls.personalLink(await createToken(secrets.INVITE_SECRET, OTHER.id, guest.id, 1));
  project.provide('baseUrl', open.url);
  project.provide('closedUrl', closed.url);
  project.provide('adminPassword', secrets.ADMIN_PASSWORD);
  project.provide('doorPassword', secrets.DOOR_PASSWORD);
  project.provide('inviteSecret', secrets.INVITE_SECRET);
  project.provide('links', links);
  project.provide('otherLinks', otherLinks);
  const anyLinks: Record<string, string> = {};
  for (const event of events)
    anyLinks[event.id] = urls.personalLink(await createToken(secrets.INVITE_SECRET, event.id, 'testany', 1));
  project.provide('anyLinks', anyLinks);
  project.provide('openState', openState);
  project.provide('accessUrl', access.url);
  project.provide('access', {
    issuer: keyServer.origin,
    audience: ACCESS_AUD,
    keys: { current: keyServer.keys.current, impostor: keyServer.keys.impostor },
  });
  return async () => {
    await Promise.all([...servers.map((server) => server.stop()), keyServer.stop()]);
  };
}
