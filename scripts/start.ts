/**
 * `npm start`: the site on this machine with an embedded default. Creates .dev.vars from the
 * example when missing, seeds the demo guest list into local KV when it is empty, rebuilds (the
 * build copies .dev.vars), serves with `wrangler dev` in the foreground and, once the site answers,
 * prints the site, the first demo guest's personal link, the admin page and the admin password.
 */
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { parseEnv } from 'node:util';
import { createToken } from '#server/tokens.ts';
import { envSchema } from '#schemas/env.ts';
import { demoGuests } from './demo-guests.ts';
import { withLocalStore } from '#scripts/lib/local-kv.ts';
import { eventFor } from '#content/events.ts';
import { build, freePort, serve } from '#scripts/lib/server.ts';

const PERSIST_TO = '.wrangler/state';

if (!existsSync('.dev.vars')) {
  copyFileSync('.dev.vars.example', '.dev.vars');
  console.log('Created .dev.vars from .dev.vars.example.');
}
const vars = envSchema.safeParse(parseEnv(readFileSync('.dev.vars', 'utf8')));
if (!vars.success) {
  console.error(
    `.dev.vars is not valid:\n${vars.error.issues.map((issue) => `- ${issue.path.join('.')}: ${issue.message}`).join('\n')}`,
  );
  process.exit(1);
}

const seeded = await withLocalStore(PERSIST_TO, eventFor(), async (store) => {
  if (await store.hasGuests()) return false;
  for (const guest of demoGuests) await store.putGuest(guest);
  return true;
});
if (seeded) console.log(`Seeded ${demoGuests.length} demo guests into local KV.`);

await build();

const port = await freePort(Number(process.env.PORT ?? 8787));
const server = await serve({ port, persistTo: PERSIST_TO });
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => void server.stop().then(() => process.exit(0)));
}
server.child.on('exit', (code) => process.exit(code ?? 0));

const [first] = demoGuests;
if (!first) throw new Error('The demo guest list is empty');
const token = await createToken(vars.data.INVITE_SECRET, first.id, first.linkVersion);
console.log(`
Site: ${server.url}
Invitation link (${first.name}): ${new URL(`/i/${token}`, server.url)}
Admin: ${new URL('/admin', server.url)}
Admin password: ${vars.data.ADMIN_PASSWORD}
`);
