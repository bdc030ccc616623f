import { spawnSync } from 'node:child_process';
import { delimiter, dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/** `npm run cf-typegen`'s command in its checking form (`npm run check` runs it too). */
function wranglerTypes(...args: string[]) {
  return spawnSync(
    'wrangler',
    ['types', '--config', 'wrangler.toml', '--env-file', '.dev.vars.example', ...args],
    {
      encoding: 'utf8',
      env: {
        ...process.env,
        PATH: [dirname(process.execPath), resolve('node_modules/.bin'), process.env.PATH].join(delimiter),
        WRANGLER_SEND_METRICS: 'false',
        // "up to date" is printed at log level: whatever level another part of the run has set
        // (tests/browser/server.ts quiets wrangler in the same process), this check must see it.
        WRANGLER_LOG: 'log',
      },
    },
  );
}

describe('worker-configuration.d.ts', () => {
  it('is what `wrangler types` makes of wrangler.toml and .dev.vars.example (npm run cf-typegen)', () => {
    const result = wranglerTypes('--check');
    expect(result.error).toBeUndefined();
    expect(result.stderr + result.stdout).toContain('up to date');
    expect(result.status).toBe(0);
  });

  it('would be caught out of date (the check is not a no-op)', () => {
    const result = wranglerTypes('--check', '--env-interface', 'SomethingElse');
    expect(result.status).not.toBe(0);
  });
});
