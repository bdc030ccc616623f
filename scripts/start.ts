/**
 * `npm start [-- --event SLUG]`: the site on this machine with an embedded default. Creates
 * .dev.vars from the example when missing, seeds the event's demo guest list (its folder's
 * guests.demo.csv) into local KV when that event has no guests, rebuilds (the build copies
 * .dev.vars), serves with `wrangler dev` in the foreground and, once the site answers, prints the
 * site, the first demo guest's personal link, the event's organisers' page and the password.
 * The event: --event SLUG, else the site's default (src/content/site.yaml), else the first.
 */
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs, parseEnv } from 'node:util';
import { EVENTS_FOLDER, EventContentError } from '#content/event-files.ts';
import { envSchema } from '#schemas/env.ts';
import { importGuests, parseGuestList } from '#server/guest-list/guest-import.ts';
import { problemText } from '#server/guest-list/problem-text.ts';
import { createToken } from '#server/tokens.ts';
import { urls } from '#server/urls.ts';
import { chooseEvent, readEvents, readSite } from '#scripts/lib/content.ts';
import { withLocalStore } from '#scripts/lib/local-kv.ts';
import { build, freePort, serve } from '#scripts/lib/server.ts';

const PERSIST_TO = '.wrangler/state';
const { values: options } = parseArgs({ options: { event: { type: 'string' } } });

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

if (!existsSync('.dev.vars')) {
  copyFileSync('.dev.vars.example', '.dev.vars');
  console.log('Created .dev.vars from .dev.vars.example.');
}
const vars = envSchema.safeParse(parseEnv(readFileSync('.dev.vars', 'utf8')));
if (!vars.success) {
  fail(
    `.dev.vars is not valid:\n${vars.error.issues.map((issue) => `- ${issue.path.join('.')}: ${issue.message}`).join('\n')}`,
  );
}

let event;
try {
  const events = readEvents();
  event = chooseEvent(events, readSite(events), options.event);
} catch (error) {
  if (error instanceof EventContentError) fail(error.message);
  throw error;
}

// The demo guests are only ever this machine's: they never enter a deployed event's data.
const demoFile = join(EVENTS_FOLDER, event.id, 'guests.demo.csv');
const demo = existsSync(demoFile) ? parseGuestList(readFileSync(demoFile, 'utf8'), event) : null;
if (demo && !demo.ok) {
  fail(
    `${demoFile} is not a guest list of ${event.id}:\n${demo.problems.map((problem) => `- ${problemText(problem, event)}`).join('\n')}`,
  );
}
const guests = await withLocalStore(PERSIST_TO, event, async (store) => {
  if (demo && !(await store.hasGuests())) {
    const result = await importGuests(store, demo.rows, demo.optional);
    console.log(`Seeded ${result.created.length} demo guests of ${event.id} into local KV.`);
  }
  return store.allGuests();
});

await build();

const port = await freePort(Number(process.env.PORT ?? 8787));
const server = await serve({ port, persistTo: PERSIST_TO });
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => void server.stop().then(() => process.exit(0)));
}
server.child.on('exit', (code) => process.exit(code ?? 0));

// The first guest of the demo list (or of the event's list), as the list has it.
const first = guests.find((guest) => guest.id === (demo?.ok ? demo.rows[0]?.id : undefined)) ?? guests[0];
const link = first
  ? `Invitation link (${first.name}): ${new URL(urls.personalLink(await createToken(vars.data.INVITE_SECRET, event.id, first.id, first.linkVersion)), server.url)}`
  : `Invitation link: none yet (${event.id} has no guests: import a guest list)`;
console.log(`
Site: ${server.url}
Event: ${event.id} (${new URL(urls.event(event), server.url)})
${link}
Admin: ${new URL(urls.admin.dashboard(event), server.url)}
Admin password: ${vars.data.ADMIN_PASSWORD}${
  vars.data.DOOR_PASSWORD
    ? `
Door list: ${new URL(urls.admin.door(event), server.url)} (door password: ${vars.data.DOOR_PASSWORD})`
    : ''
}
`);
