/**
 * The site's content for the scripts that run on Node (npm start, the guest CLI, new-event, the
 * bench): the same parsers as the build (src/content/event-files.ts), over the files on disk.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { parse as parseYaml } from 'yaml';
import { EVENTS_FOLDER, EventContentError, parseEvents } from '#content/event-files.ts';
import { letterProblems } from '#content/letter-check.ts';
import { SITE_FILE, parseSite } from '#content/site-file.ts';
import { readYaml } from '#content/yaml-file.ts';
import type { Event } from '#schemas/event.ts';
import type { Site } from '#schemas/site.ts';

/** The data of every YAML file of the events' folders that the build reads, by path under the folder. */
function eventFiles(root: string): Record<string, unknown> {
  const files: Record<string, unknown> = {};
  const read = (path: string) => readYaml(relative(root, path), readFileSync(path, 'utf8'));
  const folder = join(root, EVENTS_FOLDER);
  for (const id of readdirSync(folder, { withFileTypes: true })) {
    if (!id.isDirectory()) continue;
    const own = join(folder, id.name);
    if (existsSync(join(own, 'event.yaml'))) files[`${id.name}/event.yaml`] = read(join(own, 'event.yaml'));
    const texts = join(own, 'texts');
    if (!existsSync(texts)) continue;
    for (const file of readdirSync(texts)) {
      if (file.endsWith('.yaml')) files[`${id.name}/texts/${file}`] = read(join(texts, file));
    }
  }
  return files;
}

/** Every event of the site, read and checked as the build reads them. */
export function readEvents(root = '.'): Event[] {
  return parseEvents(eventFiles(root));
}

/** The site's settings (src/content/site.yaml), checked against its events. */
export function readSite(events: readonly Event[], root = '.'): Site {
  return parseSite(
    readYaml(SITE_FILE, readFileSync(join(root, SITE_FILE), 'utf8')),
    events.map((event) => event.id),
  );
}

/** The problems of an event's letters (letters/{lang}.md), as the build reports them. */
export function readLetterProblems(event: Event, root = '.'): string[] {
  const folder = join(root, EVENTS_FOLDER, event.id, 'letters');
  const files = existsSync(folder) ? readdirSync(folder).filter((file) => file.endsWith('.md')) : [];
  return letterProblems(
    event,
    files.map((file) => {
      const text = readFileSync(join(folder, file), 'utf8');
      const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
      const front = (match ? parseYaml(match[1] ?? '') : {}) as { notice?: string } | null;
      return { lang: file.replace(/\.md$/, ''), notice: front?.notice, body: match?.[2] ?? text };
    }),
  );
}

/**
 * The event `id`, or the site's default (else its first) when no id is given; an unknown id stops
 * the script, naming the events there are.
 */
export function chooseEvent(events: readonly Event[], site: Site, id: string | undefined): Event {
  const chosen = id
    ? events.find((event) => event.id === id)
    : (events.find((event) => event.id === site.defaultEvent) ?? events[0]);
  if (!chosen) {
    throw new EventContentError([
      `There is no event "${id}": the events are ${events.map((event) => event.id).join(', ')} (${EVENTS_FOLDER}/)`,
    ]);
  }
  return chosen;
}

/**
 * Every event's mailbox that wrangler.toml's send_email binding does not list: mail to it would
 * never leave (Cloudflare lets the binding write only to the addresses it names).
 */
export function mailboxProblems(events: readonly Event[], root = '.'): string[] {
  const config = parseToml(readFileSync(join(root, 'wrangler.toml'), 'utf8')) as {
    send_email?: { allowed_destination_addresses?: string[] }[];
  };
  const allowed = new Set(
    (config.send_email ?? []).flatMap((binding) => binding.allowed_destination_addresses ?? []),
  );
  return events
    .filter((event) => !allowed.has(event.mailbox))
    .map(
      (event) =>
        `${EVENTS_FOLDER}/${event.id}/event.yaml: mailbox: ${event.mailbox} is not among wrangler.toml's [[send_email]] allowed_destination_addresses: add it there (and verify it in Cloudflare Email Routing)`,
    );
}

/**
 * The site and its events as the build takes them, with every problem of the content in one
 * message: the files' (facts, texts, settings), then the letters' and the mailboxes'.
 * @throws EventContentError listing each problem with its file and field
 */
export function readContent(root = '.'): { events: Event[]; site: Site } {
  const events = readEvents(root);
  const site = readSite(events, root);
  const problems = [
    ...events.flatMap((event) => readLetterProblems(event, root)),
    ...mailboxProblems(events, root),
  ];
  if (problems.length) throw new EventContentError(problems);
  return { events, site };
}
