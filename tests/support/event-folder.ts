/**
 * An event's folder as it is on disk (src/content/events/{id}/), for the tests of the content:
 * the data of its YAML files as parseEvent takes them, and its letters as the build reads them.
 * The tests break copies of these in memory; the files themselves are never changed.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { EVENTS_FOLDER } from '#content/event-files.ts';
import type { LetterFile } from '#content/letter-check.ts';
import { readYaml } from '#content/yaml-file.ts';

/** The data of the event's YAML files by their path inside its folder (`event.yaml`, `texts/fi.yaml`, …). */
export function eventFolderData(id: string, root = '.'): Record<string, unknown> {
  const folder = join(root, EVENTS_FOLDER, id);
  const read = (path: string) => readYaml(path, readFileSync(join(folder, path), 'utf8'));
  const files: Record<string, unknown> = { 'event.yaml': read('event.yaml') };
  for (const file of readdirSync(join(folder, 'texts'))) {
    if (file.endsWith('.yaml')) files[`texts/${file}`] = read(`texts/${file}`);
  }
  return files;
}

/** A letter file: its language, its front matter (as data, unchecked) and its Markdown after it. */
export interface LetterOnDisk extends LetterFile {
  front: unknown;
}

/** The event's letters (`letters/{lang}.md`), in the order of their file names. */
export function eventLetters(id: string, root = '.'): LetterOnDisk[] {
  const folder = join(root, EVENTS_FOLDER, id, 'letters');
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((file) => file.endsWith('.md'))
    .sort()
    .map((file) => {
      const text = readFileSync(join(folder, file), 'utf8');
      const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
      if (!match) throw new Error(`${EVENTS_FOLDER}/${id}/letters/${file}: no front matter`);
      const front: unknown = parseYaml(match[1] ?? '');
      const notice = (front as { notice?: unknown } | null)?.notice;
      return {
        lang: file.replace(/\.md$/, ''),
        front,
        notice: typeof notice === 'string' ? notice : undefined,
        body: match[2] ?? '',
      };
    });
}
