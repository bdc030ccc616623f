import { chromium, type Browser } from 'playwright-core';
import { resolveChromium, type ResolvedChromium } from './resolve-chromium.ts';

/**
 * Chromium, quiet on a closed network. `resolved` is the browser that the browser project's
 * globalSetup resolved once for the run (unpacking the packaged one is not something every test
 * file should do); without it, it is resolved here (`npm run bench`).
 *
 * The flags are ours, not `@sparticuz/chromium`'s `args`: those are made for AWS Lambda and turn
 * off the same-origin policy (`--disable-web-security`, `--allow-running-insecure-content`) and
 * site isolation, which tests of CSP, CSRF and cookies must have on, and force `--single-process`,
 * which only Lambda's sandbox needs. Playwright adds `--headless` and `--no-sandbox` itself; they
 * stay here for the record. The packaged build is a headless shell and needs nothing more.
 */
export async function launch(resolved?: ResolvedChromium): Promise<Browser> {
  const { executablePath, env } = resolved ?? (await resolveChromium());
  return chromium.launch({
    executablePath,
    env: { ...process.env, ...env },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
