import { execFile } from 'node:child_process';
import {
  accessSync,
  constants,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { chromium } from 'playwright-core';

/** Where the browser of a run came from, in the order they are tried. */
export type ChromiumSource = 'CHROMIUM_PATH' | 'Playwright' | 'system' | 'packaged';

export interface ResolvedChromium {
  source: ChromiumSource;
  executablePath: string;
  /** Environment the browser needs on top of ours (the packaged one brings its own fonts). */
  env: Record<string, string>;
  /** One line for the run's output: which browser, its version, where. */
  description: string;
}

const run = promisify(execFile);

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** `command -v chromium`: the first executable `chromium` on PATH. */
function systemChromium(): string | undefined {
  return (process.env.PATH ?? '')
    .split(delimiter)
    .filter(Boolean)
    .map((folder) => join(folder, 'chromium'))
    .find(isExecutable);
}

/** Playwright's own download (which cannot happen on a closed network, but may be there). */
function playwrightChromium(): string | undefined {
  try {
    const path = chromium.executablePath();
    return isExecutable(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The Chromium inside the `@sparticuz/chromium` devDependency, unpacked once per version into
 * node_modules/.cache. The package itself unpacks into the system temporary folder and trusts
 * whatever `chromium` file it finds there, which races when two processes unpack at once (one
 * launches the other's half-written file) and mixes up versions and projects sharing the machine.
 * So it unpacks in a child process whose temporary folder is a private staging folder, and the
 * finished folder is renamed into place: a rename is atomic, and the loser of a race discards its
 * copy and uses the winner's.
 */
async function packagedChromium(cache: string): Promise<{
  executablePath: string;
  env: Record<string, string>;
  version: string;
}> {
  const require = createRequire(import.meta.url);
  const entry = require.resolve('@sparticuz/chromium');
  const { version } = JSON.parse(readFileSync(join(dirname(entry), '..', 'package.json'), 'utf8')) as {
    version: string;
  };
  const folder = resolve(cache, version);
  const executablePath = join(folder, 'chromium');
  if (!existsSync(executablePath)) {
    const staging = `${folder}.${process.pid}.${Date.now()}`;
    mkdirSync(staging, { recursive: true });
    try {
      await run(
        process.execPath,
        [
          '--input-type=module',
          '-e',
          `const { default: packaged } = await import(${JSON.stringify(pathToFileURL(entry).href)});
           await packaged.executablePath();`,
        ],
        { env: { ...process.env, TMPDIR: staging } },
      );
      // The package's fonts.conf names its Lambda folders; this one names where its fonts are now,
      // and only those, so this browser renders the same on a bare machine as on this one.
      writeFileSync(
        join(staging, 'fonts', 'fonts.conf'),
        `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <dir>${join(folder, 'fonts', 'fonts')}</dir>
  <cachedir>${join(folder, 'fonts-cache')}</cachedir>
</fontconfig>
`,
      );
      renameSync(staging, folder);
    } catch (error) {
      rmSync(staging, { recursive: true, force: true });
      // Another process finished first: its copy is as good as ours.
      if (!existsSync(executablePath)) throw error;
    }
  }
  return { executablePath, env: { FONTCONFIG_PATH: join(folder, 'fonts') }, version };
}

async function versionOf(executablePath: string, env: Record<string, string>): Promise<string> {
  try {
    const { stdout } = await run(executablePath, ['--version'], {
      env: { ...process.env, ...env },
      timeout: 10_000,
    });
    return stdout.trim();
  } catch {
    return 'version unknown';
  }
}

/**
 * The Chromium the browser tests and the bench drive, the first that is there of: `CHROMIUM_PATH`
 * (which must then exist: an explicit choice never falls back silently), a Playwright-managed
 * Chromium, the system's `chromium` on PATH (Debian's, which `.ci/run` installs), and the one
 * packaged in the `@sparticuz/chromium` devDependency, so `npm install && npm test` needs no
 * system browser.
 */
export async function resolveChromium({
  cache = 'node_modules/.cache/sparticuz-chromium',
}: {
  /** Where the packaged Chromium is unpacked, one folder per version. */
  cache?: string;
} = {}): Promise<ResolvedChromium> {
  let found: Omit<ResolvedChromium, 'description'> & { version?: string };
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!isExecutable(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} is not an executable file`);
    found = { source: 'CHROMIUM_PATH', executablePath: fromEnv, env: {} };
  } else {
    const managed = playwrightChromium();
    const system = managed ? undefined : systemChromium();
    if (managed) found = { source: 'Playwright', executablePath: managed, env: {} };
    else if (system) found = { source: 'system', executablePath: system, env: {} };
    else {
      const packaged = await packagedChromium(cache);
      found = { source: 'packaged', ...packaged };
    }
  }
  const version = await versionOf(found.executablePath, found.env);
  const where = relative(process.cwd(), found.executablePath);
  const label = {
    CHROMIUM_PATH: 'CHROMIUM_PATH',
    Playwright: "Playwright's Chromium",
    system: "the system's chromium",
    packaged: `the packaged Chromium (@sparticuz/chromium ${found.version ?? ''})`,
  }[found.source];
  return {
    source: found.source,
    executablePath: found.executablePath,
    env: found.env,
    description: `${label}: ${version}, ${where.startsWith('..') ? found.executablePath : where}`,
  };
}
