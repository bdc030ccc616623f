/**
 * The guest list of one event from the command line (docs/design.md, "Guest CLI"):
 *   npm run guests -- import FILE [--event SLUG] [--remote]
 *   npm run guests -- links [--event SLUG] [--base-url URL] [--remote]
 *   npm run guests -- restore BACKUP.json [--event SLUG] [--remote]
 * The event: --event SLUG; it may be left out where the site has one event only.
 * Local KV (that of `npm start`, or `--persist-to DIR`) by default; `--remote` uses the deployed
 * namespace, with INVITE_SECRET from the environment (Cloudflare secrets cannot be read back).
 * Locally INVITE_SECRET comes from the environment, else from .dev.vars.
 */
import { readFileSync } from 'node:fs';
import { parseArgs, parseEnv } from 'node:util';
import { parseGuestList, importGuests } from '#server/guest-list/guest-import.ts';
import { problemText } from '#server/guest-list/problem-text.ts';
import { personalLinksCsv } from '#server/guest-list/links-csv.ts';
import { BackupRefused, restoreBackup, type RestoreResult } from '#server/guest-list/restore.ts';
import { createStore, type Store } from '#server/store/store.ts';
import { backupSchema, type Backup } from '#schemas/backup.ts';
import { withLocalStore } from '#scripts/lib/local-kv.ts';
import { EventContentError } from '#content/event-files.ts';
import type { Event } from '#schemas/event.ts';
import { chooseEvent, readEvents, readSite } from '#scripts/lib/content.ts';
import { remoteNamespace } from '#scripts/lib/remote-kv.ts';
import { runningServerUrl } from '#scripts/lib/server.ts';

const LOCAL_STATE = '.wrangler/state';
const usage = `Usage:
  npm run guests -- import FILE --event SLUG [--remote]
  npm run guests -- links --event SLUG [--base-url URL] [--remote]
  npm run guests -- restore BACKUP.json --event SLUG [--remote]
--event may be left out where the site has one event only.
Local KV is that of npm start (${LOCAL_STATE}) unless --persist-to DIR names another.`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    remote: { type: 'boolean', default: false },
    'base-url': { type: 'string' },
    'persist-to': { type: 'string', default: LOCAL_STATE },
    event: { type: 'string' },
  },
});
const [command, file] = positionals;

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

/** The event the command is about: --event, or the site's only event. */
function theEvent(): Event {
  try {
    const events = readEvents();
    if (!values.event && events.length > 1) {
      fail(`Name the event: --event ${events.map((item) => item.id).join(' | ')}\n${usage}`);
    }
    return chooseEvent(events, readSite(events), values.event);
  } catch (error) {
    if (error instanceof EventContentError) fail(error.message);
    throw error;
  }
}
const event = theEvent();

function inviteSecret(): string {
  if (process.env.INVITE_SECRET) return process.env.INVITE_SECRET;
  if (values.remote) fail('--remote needs INVITE_SECRET in the environment.');
  const vars = parseEnv(readFileSync('.dev.vars', 'utf8'));
  return vars.INVITE_SECRET ?? fail('.dev.vars has no INVITE_SECRET (run `npm start` once to create it).');
}

function withStore<T>(work: (store: Store) => Promise<T>): Promise<T> {
  return values.remote
    ? work(createStore(remoteNamespace(), event))
    : withLocalStore(values['persist-to'], event, work);
}

if (command === 'import') {
  if (!file) fail(usage);
  const parsed = parseGuestList(readFileSync(file, 'utf8'), event);
  if (!parsed.ok) {
    console.error(`${file}: nothing imported into ${event.id}. Fix these and import again:`);
    for (const problem of parsed.problems) console.error(`  ${problemText(problem, event)}`);
    process.exit(1);
  }
  const result = await withStore((store) => importGuests(store, parsed.rows, parsed.optional));
  console.error(
    `${file}: ${result.created.length} created, ${result.updated.length} updated, ${result.unchanged} unchanged.`,
  );
} else if (command === 'links') {
  const base =
    values['base-url'] ??
    (values.remote
      ? fail('--remote needs --base-url https://…')
      : (runningServerUrl(values['persist-to']) ??
        fail(
          `No local server is running on ${values['persist-to']}: start it with \`npm start\`, or give --base-url.`,
        )));
  const secret = inviteSecret();
  const guests = await withStore((store) => store.allGuests());
  process.stdout.write(await personalLinksCsv(event.id, guests, secret, base));
} else if (command === 'restore') {
  if (!file) fail(usage);
  let backup: Backup;
  try {
    backup = backupSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  } catch (error) {
    fail(
      `${file}: not a backup of this site, nothing restored (${error instanceof Error ? error.message : error}).`,
    );
  }
  let result: RestoreResult;
  try {
    result = await withStore((store) => restoreBackup(store, backup));
  } catch (error) {
    if (!(error instanceof BackupRefused)) throw error;
    fail(`${file}: ${error.message}`);
  }
  console.error(
    `${file}: ${result.guests} guests, ${result.versions} versions and ${result.replies} current replies restored; nothing newer was replaced.`,
  );
} else {
  fail(usage);
}
