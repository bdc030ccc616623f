/**
 * `npm run new-event -- SLUG [--from SLUG]`: a new event's folder under src/content/events/, copied
 * from an existing event (the site's default when --from is not given): its facts, options, texts
 * and letters to edit, and a demo guest list. README, "Your own event".
 */
import { parseArgs } from 'node:util';
import { EventContentError } from '#content/event-files.ts';
import { chooseEvent, readEvents, readSite } from '#scripts/lib/content.ts';
import { createEvent } from '#scripts/lib/new-event.ts';

const { values, positionals } = parseArgs({
  options: { from: { type: 'string' } },
  allowPositionals: true,
});
const [slug] = positionals;
if (!slug || positionals.length > 1) {
  console.error(
    'Usage: npm run new-event -- SLUG [--from SLUG]   (e.g. npm run new-event -- spring-reception-2027)',
  );
  process.exit(1);
}

try {
  const events = readEvents();
  const from = chooseEvent(events, readSite(events), values.from);
  const created = createEvent('.', events, slug, from.id);
  console.log(`Created ${created.folder} from ${from.id}:`);
  for (const file of created.files) console.log(`  ${file}`);
  console.log(`
Next (README, "Your own event"):
  1. event.yaml: languages, start, end, time zone, deadline, mailbox, categories, options, map.
     A new mailbox goes into wrangler.toml too ([[send_email]] allowed_destination_addresses).
  2. texts/{lang}.yaml: the title, host, signature, venue, city and categories, in each language;
     then its sentences: they name the title, host, institution, city and controller in the forms
     each language needs ("au dîner", "à la réception"). Delete the files of languages the event
     does not have, add those it has.
  3. letters/{lang}.md: the letter, one file per language of the event.
  4. See it: npm start -- --event ${slug}
  5. Check it: npm run check && npm test`);
} catch (error) {
  if (error instanceof EventContentError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
