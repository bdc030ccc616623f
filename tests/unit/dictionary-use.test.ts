import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { admin } from '#i18n/dictionaries/admin.ts';
import { en } from '#i18n/dictionaries/en.ts';

/** Every source file that may name an interface string, dictionaries left out. */
function sources(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return path.endsWith('dictionaries') ? [] : sources(path);
    return /\.(ts|astro)$/.test(entry.name) ? [readFileSync(path, 'utf8')] : [];
  });
}

const code = [...sources('src'), ...sources('scripts')].join('\n');
/** Keys built at run time: `field.${code}` makes every `field.` key reachable. */
const prefixes = [...code.matchAll(/`([a-zA-Z.]+\.)\$\{/g)].map((match) => match[1] ?? '');

describe('the dictionaries', () => {
  it('hold no string that nothing shows (a left-over key is a translation paid for nothing)', () => {
    const unused = [...Object.keys(en), ...Object.keys(admin)].filter(
      (key) => !code.includes(`'${key}'`) && !prefixes.some((prefix) => key.startsWith(prefix)),
    );
    expect(unused).toEqual([]);
  });
});
