import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every source file under `folder` (TypeScript and Astro), with its code outside comments. */
function sources(folder = 'src'): { file: string; code: string }[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sources(path);
    if (!/\.(ts|astro)$/.test(entry.name)) return [];
    const code = readFileSync(path, 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
    return [{ file: path, code }];
  });
}

/** The lines of `code` that match `pattern`. */
const matching = (code: string, pattern: RegExp) => code.split('\n').filter((line) => pattern.test(line));

describe('one source for each kind of name (docs/design.md)', () => {
  it('builds every address of the site in src/server/urls.ts only', () => {
    // A string that starts an address of ours: /admin, /api, /i/, an event's or a language's page.
    const address = /['"`]\/(?:admin|api|i\/|cdn-cgi)/;
    // The route table's keys and the checks on them are patterns of src/pages, not addresses.
    const patterns = [join('src', 'server', 'urls.ts'), join('src', 'server', 'routes.ts')];
    const found = sources()
      .filter(({ file }) => !patterns.includes(file))
      .flatMap(({ file, code }) => matching(code, address).map((line) => `${file}: ${line.trim()}`))
      .filter((line) => !/pattern ===/.test(line));
    expect(found).toEqual([]);
  });

  it('names every KV key in src/server/store/keys.ts only', () => {
    const key = /['"`](?:event|guest|reply|history|outbox|session|lock|digest):/;
    const found = sources()
      .filter(({ file }) => file !== join('src', 'server', 'store', 'keys.ts'))
      .flatMap(({ file, code }) => matching(code, key).map((line) => `${file}: ${line.trim()}`));
    expect(found).toEqual([]);
  });

  it('lets only entry files (routes, the middleware, the Worker) read the list of events and the site’s settings', () => {
    const entry = /^src\/(?:pages\/|middleware\.ts$|worker\.ts$)|^src\/components\/errors\/ErrorPage\.astro$/;
    const readers = sources()
      .filter(({ code }) => /#content\/(?:events|site)\.ts/.test(code))
      .map(({ file }) => file);
    expect(readers.length).toBeGreaterThan(0);
    expect(readers.filter((file) => !entry.test(file))).toEqual([]);
  });
});
