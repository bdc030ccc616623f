/**
 * `npm run bench`: builds the site, serves it with `wrangler dev` on loopback (its own port and KV
 * folder), and measures what docs/design.md budgets: page weight per locale, requests per page, the Worker
 * bundle, RSVP throughput and latency beside a static asset, CPU per request of every invitee
 * route, the dashboard and the export (the server's process CPU, and the Worker's own by a V8
 * profile with its top 10 functions), the organisers' dashboard with 1,000 and 10,000 guests, their
 * export, backup and print view with 10,000, and the build time. Prints a table and writes
 * bench/latest.json. Load is bounded in count and time and goes to 127.0.0.1 only.
 */
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { getPlatformProxy } from 'wrangler';
import { dashboard } from '#server/admin/dashboard.ts';
import { createStore } from '#server/store/store.ts';
import { createToken } from '#server/tokens.ts';
import { effectiveDeadline } from '#server/deadline.ts';
import { cookieNames } from '#server/http/cookies.ts';
import { createSessionStore } from '#server/store/store.ts';
import { urls } from '#server/urls.ts';
import { chooseEvent, readEvents, readSite } from '#scripts/lib/content.ts';
import type { Guest } from '#schemas/guest.ts';
import type { Event } from '#schemas/event.ts';
import { launch } from '#scripts/lib/chromium.ts';
import { resolveChromium } from '#scripts/lib/resolve-chromium.ts';
import { profileWorker, workerdCpuMs, type ProfileSummary } from '#scripts/lib/cpu.ts';
import { withLocalStore } from '#scripts/lib/local-kv.ts';
import { build, serve } from '#scripts/lib/server.ts';
import { createEvent } from '#scripts/lib/new-event.ts';

const STATE = '.wrangler/bench-state';
const events = readEvents();
const site = readSite(events);
// The site's default event: the pages, replies and organisers' pages measured are its.
const event = chooseEvent(events, site, undefined);
const { languages: locales } = event;
const vars = {
  ADMIN_PASSWORD: 'bench-organiser-password',
  INVITE_SECRET: 'bench-invite-secret-0123456789abcdef0123',
  RSVP_DEADLINE: '2099-12-31T23:59:59+01:00',
};
const LOAD_REQUESTS = 2000;
const LOAD_GUESTS = 400; // 5 replies each: within the limit of 10 a minute per invitation
const CONCURRENCY = 16;

const sizes = (bytes: Buffer) => ({
  raw: bytes.length,
  gzip: gzipSync(bytes, { level: 9 }).length,
  brotli: brotliCompressSync(bytes).length,
});
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
/** An organisers' page at 10,000 guests: a list a page at a time, never the whole list. */
const PAGE_BUDGET = 300 * 1024;

function guest(index: number): Guest {
  return {
    id: `bench${String(index).padStart(5, '0')}`,
    name: `Bench Guest ${index}`,
    position: 'Minister',
    organisation: 'Government',
    // An address, so the chase list draws a reminder for each guest who has not replied.
    email: `office${index}@example.org`,
    language: locales[index % locales.length] ?? 'en',
    category: event.categories[0] ?? 'other',
    companions: event.options.companions ? 1 : 0,
    linkVersion: 1,
  };
}

async function seed(from: number, to: number, into: Event = event) {
  await withLocalStore(STATE, into, async (store) => {
    for (let start = from; start < to; start += 200) {
      await Promise.all(
        Array.from({ length: Math.min(200, to - start) }, (_, offset) =>
          store.putGuest(guest(start + offset)),
        ),
      );
    }
  });
}

/** Runs `count` requests with `concurrency` workers; latencies in ms and the wall time. */
async function load(count: number, request: (index: number) => Promise<Response>) {
  const latencies: number[] = [];
  const statuses = new Map<number | 'failed', number>();
  let next = 0;
  const started = performance.now();
  const deadline = started + 120_000;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < count && performance.now() < deadline) {
        const index = next++;
        const t0 = performance.now();
        let status: number | 'failed' = 'failed';
        try {
          const response = await request(index);
          await response.arrayBuffer();
          status = response.status;
          latencies.push(performance.now() - t0);
        } catch {
          // Under load wrangler dev's proxy now and then drops a connection: counted, not fatal.
        }
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  return {
    requests: latencies.length,
    perSecond: latencies.length / seconds,
    p50: at(0.5),
    p99: at(0.99),
    statuses: Object.fromEntries(statuses),
  };
}

interface CpuRoute {
  route: string;
  /** Requests per measurement (one after another, so each is measured alone). */
  requests: number;
  status: number;
  request: () => Promise<Response>;
  /** Issue #27's goal for the Worker isolate's CPU per request, in ms. */
  goalMs?: number;
}
interface CpuFigure {
  route: string;
  requests: number;
  /** utime+stime of the server's workerd processes per request (local KV included: an upper bound). */
  processMs: number;
  /** processMs over the static asset's, in the same run. */
  timesAsset: number;
  /**
   * The Worker isolate's own share by a V8 CPU profile: the round with the median figure (each
   * round a separate profile of `requests` requests). `msPerRequest` is that median.
   */
  profile: ProfileSummary;
  /** Every round's Worker ms per request, in the order run. */
  rounds: number[];
  goalMs?: number;
}

/** Profiled rounds per route: the median is the figure, the lowest and highest its spread. */
const ROUNDS = Number(
  /^--rounds=(\d+)$/.exec(process.argv.find((arg) => arg.startsWith('--rounds=')) ?? '')?.[1] ?? 5,
);
/** `npm run bench -- --quick`: the CPU of the invitee routes and the dashboard only (1,000 guests), nothing written. */
/** `npm run bench -- --exports`: the CPU of the two exports at 10,000 guests only, nothing written. */
const EXPORTS = process.argv.includes('--exports');
const QUICK = process.argv.includes('--quick') || EXPORTS;
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

/**
 * CPU per request of each route, two ways (scripts/lib/cpu.ts): the server's process CPU over
 * `requests` requests, then ROUNDS V8 profiles of the Worker over as many each. The first route is
 * the static asset the others are compared with.
 */
async function cpuFigures(
  server: { child: { pid?: number }; inspectorPort: number },
  routes: CpuRoute[],
  asset?: CpuFigure,
): Promise<CpuFigure[]> {
  const group = server.child.pid;
  if (group === undefined) throw new Error('the server has no process id');
  const figures: CpuFigure[] = [];
  for (const { route, requests, status, request, goalMs } of routes) {
    const run = async (count: number) => {
      for (let index = 0; index < count; index++) {
        const response = await request();
        await response.arrayBuffer();
        if (response.status !== status) throw new Error(`${route} answered ${response.status}`);
      }
    };
    await run(3); // warm: the first request of a route compiles its code
    const before = workerdCpuMs(group);
    await run(requests);
    const processMs = (workerdCpuMs(group) - before) / requests;
    const profiles: ProfileSummary[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      profiles.push(await profileWorker(server.inspectorPort, requests, () => run(requests), route));
    }
    const rounds = profiles.map((profile) => profile.msPerRequest);
    const middle = median(rounds);
    const profile = [...profiles].sort(
      (a, b) => Math.abs(a.msPerRequest - middle) - Math.abs(b.msPerRequest - middle),
    )[0] as ProfileSummary;
    const baseline = asset ?? figures[0];
    figures.push({
      route,
      requests,
      processMs,
      timesAsset: baseline ? processMs / baseline.processMs : 1,
      profile: { ...profile, msPerRequest: middle },
      rounds,
      goalMs,
    });
    if (QUICK)
      console.log(`${route}: ${middle.toFixed(2)} ms (${rounds.map((ms) => ms.toFixed(2)).join(', ')})`);
  }
  return figures;
}

async function dashboardFigures(base: string, cookie: string, guests: number, eventsInKv = 1) {
  const t0 = performance.now();
  const response = await fetch(new URL(urls.admin.dashboard(event), base), { headers: { Cookie: cookie } });
  const html = await response.text();
  const renderMs = performance.now() - t0;
  if (!html.includes(`data-count="invited">${guests}<`))
    throw new Error(`dashboard does not show ${guests} guests`);
  // KV operations, counted through the same dashboard code on the same local KV.
  const proxy = await getPlatformProxy<Env>({
    configPath: 'wrangler.toml',
    persist: { path: `${STATE}/v3` },
  });
  let kvOperations = 0;
  const counted = new Proxy(proxy.env.RSVPS, {
    get(target, property) {
      const member = Reflect.get(target, property, target);
      return typeof member === 'function'
        ? (...args: unknown[]) => {
            kvOperations++;
            return (member as (...a: unknown[]) => unknown).apply(target, args);
          }
        : member;
    },
  });
  await dashboard({
    env: vars,
    settings: site,
    events,
    sessions: createSessionStore(counted),
    forEvent: () => {
      throw new Error('the bench measures one event');
    },
    event,
    store: createStore(counted, event),
    now: new Date(),
    deadline: effectiveDeadline(event, vars.RSVP_DEADLINE),
    limits: {
      rsvp: proxy.env.RSVP_LIMITER,
      links: proxy.env.LINK_LIMITER,
      login: proxy.env.LOGIN_LIMITER,
      loginFailures: proxy.env.LOGIN_FAILURE_LIMITER,
    },
    mail: null,
    defer: () => undefined,
  });
  await proxy.dispose();
  return { guests, eventsInKv, renderMs, kvOperations, budget: 2 * Math.ceil(guests / 1000) + 2 };
}

const results: Record<string, unknown> = {};
/** The committed figures, to say which grew. */
const previous = (() => {
  try {
    return JSON.parse(readFileSync('bench/latest.json', 'utf8')) as Record<string, unknown>;
  } catch {
    return undefined;
  }
})();

// 1. Build time for all locales.
const t0 = performance.now();
await build({ quiet: true });
results.buildSeconds = (performance.now() - t0) / 1000;

// 1b. The build of a team's year: a dozen events (the shipped ones, and copies of the default event
// made as `npm run new-event` makes them, in a copy of the project), its time and its Worker.
const MANY_EVENTS = 12;
async function manyEventsBuild() {
  const root = mkdtempSync(join(tmpdir(), 'repondez-bench-events-'));
  try {
    for (const part of [
      'src',
      'public',
      'scripts',
      'astro.config.mjs',
      'package.json',
      'tsconfig.json',
      'wrangler.toml',
      '.dev.vars.example',
    ])
      cpSync(part, join(root, part), { recursive: true });
    symlinkSync(resolve('node_modules'), join(root, 'node_modules'));
    for (let index = events.length; index < MANY_EVENTS; index++)
      createEvent(root, events, `bench-event-${String(index).padStart(2, '0')}`, event.id);
    const started = performance.now();
    await build({ quiet: true, cwd: root });
    const seconds = (performance.now() - started) / 1000;
    const dir = join(root, 'dist/server');
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) =>
      name.endsWith('.mjs'),
    );
    return {
      events: MANY_EVENTS,
      languages:
        events.reduce((sum, item) => sum + item.languages.length, 0) +
        (MANY_EVENTS - events.length) * event.languages.length,
      buildSeconds: seconds,
      workerBundle: sizes(Buffer.concat(files.map((name) => readFileSync(join(dir, name))))),
    };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
if (!QUICK) results.manyEvents = await manyEventsBuild();

// 2. Page weight per locale (HTML with its inlined CSS, plus the scripts it loads).
const scripts = readdirSync('dist/client/_astro').filter((name) => name.endsWith('.js'));
const pages = locales.map((lang) => {
  const html = readFileSync(`dist/client/${event.id}/${lang}/index.html`);
  const js = Buffer.concat(
    scripts.filter((name) => html.includes(name)).map((name) => readFileSync(`dist/client/_astro/${name}`)),
  );
  return { lang, html: sizes(html), js: sizes(js) };
});

// 3. The Worker bundle.
const serverFiles = readdirSync('dist/server', { recursive: true, encoding: 'utf8' }).filter((name) =>
  name.endsWith('.mjs'),
);
results.workerBundle = sizes(Buffer.concat(serverFiles.map((name) => readFileSync(`dist/server/${name}`))));

/**
 * What the Worker bundle carries, by package (node_modules) or folder of ours (src/i18n, …): the
 * bundler marks each module's code with a `// path` line. Gzip of each part alone (a little more
 * than its share of the whole).
 */
function bundleParts(dir: string) {
  const parts = new Map<string, string>();
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) =>
    file.endsWith('.mjs'),
  )) {
    const modules = readFileSync(join(dir, name), 'utf8').split(
      /^\/\/ (?=\S+\.(?:m?js|cjs|ts|astro|json|yaml|css)\b)/m,
    );
    modules.forEach((code, index) => {
      const path = index === 0 ? '(glue)' : (code.split('\n')[0] ?? '').trim();
      const part = path.includes('node_modules/')
        ? path.replace(/.*node_modules\/((@[^/]+\/)?[^/]+).*/, '$1')
        : path.startsWith('src/')
          ? path.split('/').slice(0, 2).join('/')
          : '(glue)';
      parts.set(part, (parts.get(part) ?? '') + code);
    });
  }
  return [...parts]
    .map(([part, code]) => ({
      part,
      raw: Buffer.byteLength(code),
      gzip: gzipSync(code, { level: 9 }).length,
    }))
    .sort((a, b) => b.gzip - a.gzip);
}
results.workerBundleParts = bundleParts('dist/server');

// 4. Serve, with 1,000 guests.
rmSync(STATE, { recursive: true, force: true });
await seed(0, 1000);
const server = await serve({ persistTo: STATE, vars, quiet: true });
const base = server.url.replace('localhost', '127.0.0.1');
try {
  // Requests per page, and to other origins, in Chromium.
  if (!QUICK) {
    const chromium = await resolveChromium();
    console.log(`Bench uses ${chromium.description}`);
    results.chromium = chromium.description;
    const browser = await launch(chromium);
    for (const page of pages) {
      const context = await browser.newContext();
      const tab = await context.newPage();
      const seen: string[] = [];
      tab.on('request', (request) => seen.push(request.url()));
      await tab.goto(new URL(urls.invitation(event, page.lang), base).href, { waitUntil: 'networkidle' });
      Object.assign(page, {
        requests: seen.length,
        otherOrigins: seen.filter((url) => new URL(url).origin !== new URL(base).origin).length,
      });
      await context.close();
    }
    await browser.close();
    results.pages = pages;
  }

  // RSVP writes across many guests, beside a static asset on the same server.
  const cookies = await Promise.all(
    Array.from({ length: LOAD_GUESTS }, async (_, index) => {
      const { id, linkVersion } = guest(index);
      return `${cookieNames.invitation(event.id)}=${await createToken(vars.INVITE_SECRET, event.id, id, linkVersion)}`;
    }),
  );
  // Quick: one reply each, so the guest whose reply page is measured has one (as in a full run).
  const rsvp = await load(QUICK ? LOAD_GUESTS : LOAD_REQUESTS, (index) =>
    fetch(new URL(urls.rsvp(event), base), {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'Sec-Fetch-Site': 'same-origin',
        Cookie: cookies[index % LOAD_GUESTS] ?? '',
      },
      body: JSON.stringify({ attending: index % 3 ? 'yes' : 'no', dietary: index % 3 ? ['vegetarian'] : [] }),
    }),
  );
  if (!QUICK) {
    const asset = await load(LOAD_REQUESTS, () => fetch(new URL('/favicon.svg', base)));
    results.load = { rsvp, staticAsset: asset, throughputRatio: rsvp.perSecond / asset.perSecond };
  }

  const login = await fetch(new URL('/admin/login', base), {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Sec-Fetch-Site': 'same-origin' },
    body: new URLSearchParams({ name: 'Bench', password: vars.ADMIN_PASSWORD }).toString(),
  });
  const admin = (login.headers.get('Set-Cookie') ?? '').split(';')[0] ?? '';

  // CPU per request, route by route, with 1,000 guests. Each reply goes to the next guest (a
  // repeated submission to a guest who replied by the form): none comes near the limit of 10
  // replies a minute per invitation.
  const invitation = async (index: number) => {
    const { id, linkVersion } = guest(index % 1000);
    return createToken(vars.INVITE_SECRET, event.id, id, linkVersion);
  };
  let replies = 0;
  const formReplies: number[] = [];
  /** A new reply of the next guest, or (`repeat`) again the reply a guest gave by the form. */
  const reply = async (type: 'json' | 'form', repeat = false) => {
    const index = repeat ? (formReplies.shift() ?? 0) : LOAD_GUESTS + replies++;
    if (type === 'form' && !repeat) formReplies.push(index);
    // The same submission id again is a repeated submission: answered, nothing written.
    const answer = {
      attending: 'yes',
      dietary: 'vegan',
      comment: `Bench reply ${index}`,
      submissionId: `bench-${index}`,
    };
    return fetch(new URL(urls.rsvp(event), base), {
      method: 'POST',
      headers: {
        'Content-Type': type === 'json' ? 'application/json' : 'application/x-www-form-urlencoded',
        'Sec-Fetch-Site': 'same-origin',
        Cookie: `${cookieNames.invitation(event.id)}=${await invitation(index)}`,
      },
      body:
        type === 'json'
          ? JSON.stringify({ ...answer, dietary: [answer.dietary] })
          : new URLSearchParams({ ...answer, lang: 'en' }).toString(),
    });
  };
  const guestCookie = `${cookieNames.invitation(event.id)}=${await invitation(1)}`;
  const invitee: CpuRoute[] = [
    {
      route: 'GET /favicon.svg (static asset)',
      requests: 300,
      status: 200,
      request: () => fetch(new URL('/favicon.svg', base)),
    },
    {
      route: 'GET /i/{token}',
      requests: 200,
      goalMs: 1,
      status: 303,
      request: async () =>
        fetch(new URL(urls.personalLink(await invitation(2)), base), { redirect: 'manual' }),
    },
    {
      route: 'GET /en/reply',
      requests: 200,
      goalMs: 1,
      status: 200,
      request: () => fetch(new URL(urls.reply(event, 'en'), base), { headers: { Cookie: guestCookie } }),
    },
    { route: 'POST /api/rsvp JSON', requests: 150, status: 200, goalMs: 1, request: () => reply('json') },
    {
      route: 'POST /api/rsvp form (HTML answer)',
      requests: 150,
      status: 200,
      goalMs: 1,
      request: () => reply('form'),
    },
    {
      // The same checks, read and page without the two KV writes: what the writes cost locally.
      route: 'POST /api/rsvp form, repeated submission',
      requests: 150,
      status: 200,
      goalMs: 1,
      request: () => reply('form', true),
    },
    {
      route: 'GET /admin (1,000 guests)',
      requests: 20,
      goalMs: 4,
      status: 200,
      request: () => fetch(new URL(urls.admin.dashboard(event), base), { headers: { Cookie: admin } }),
    },
  ];
  // --exports: the static asset alone, as the exports' baseline.
  results.cpu = await cpuFigures(server, EXPORTS ? invitee.slice(0, 1) : invitee);

  if (EXPORTS) await seed(1000, 10_000);
  if (!QUICK) {
    // The dashboard with 1,000 guests; then the same among 20 events of 1,000 guests each (19 other
    // events' keys in the same namespace, under their own prefixes); then with 10,000 guests.
    const small = await dashboardFigures(base, admin, 1000);
    for (let other = 1; other < 20; other++) {
      await seed(0, 1000, { ...event, id: `bench-other-event-${String(other).padStart(2, '0')}` });
    }
    const crowded = await dashboardFigures(base, admin, 1000, 20);
    await seed(1000, 10_000);
    const large = await dashboardFigures(base, admin, 10_000, 20);
    results.dashboard = [small, crowded, large];

    // Every organisers' page and download with 10,000 guests (bulk reads of 100 keys): time and size.
    const downloads = [];
    for (const path of [
      urls.admin.home,
      urls.admin.dashboard(event),
      `${urls.admin.dashboard(event)}?chase=100&page=50`,
      urls.admin.catering(event),
      urls.admin.guest(event, guest(5000).id),
      urls.admin.print(event),
      urls.admin.download(event, 'export.xlsx'),
      urls.admin.download(event, 'export.csv'),
      urls.admin.download(event, 'links.csv'),
      urls.admin.download(event, 'backup.json'),
    ]) {
      const start = performance.now();
      const response = await fetch(new URL(path, base), { headers: { Cookie: admin } });
      const bytes = (await response.arrayBuffer()).byteLength;
      if (!response.ok) throw new Error(`${path} answered ${response.status}`);
      downloads.push({ path, guests: 10_000, ms: performance.now() - start, bytes });
    }
    results.downloads = downloads;
  }
  if (!QUICK || EXPORTS) {
    // The export's CPU with 10,000 guests, beside the same static asset as above.
    const [asset10k] = results.cpu as CpuFigure[];
    (results.cpu as CpuFigure[]).push(
      ...(await cpuFigures(
        server,
        [
          {
            route: 'GET /admin/export.csv (10,000 guests)',
            requests: 3,
            status: 200,
            goalMs: 100,
            request: () =>
              fetch(new URL(urls.admin.download(event, 'export.csv'), base), { headers: { Cookie: admin } }),
          },
          {
            route: 'GET /admin/export.xlsx (10,000 guests)',
            requests: 3,
            status: 200,
            goalMs: 100,
            request: () =>
              fetch(new URL(urls.admin.download(event, 'export.xlsx'), base), { headers: { Cookie: admin } }),
          },
        ],
        asset10k,
      )),
    );
  }
} catch (error) {
  // A server that stopped answering says why, if it said anything.
  console.error(`wrangler dev: exit code ${server.child.exitCode}\n${server.stderr().slice(-4000)}`);
  throw error;
} finally {
  await server.stop();
}

const cpu = results.cpu as CpuFigure[];
/** Each route's Worker figure in the committed bench/latest.json, read before it is rewritten. */
const committed = new Map(
  ((previous?.cpu as CpuFigure[] | undefined) ?? []).map((row) => [row.route, row.profile.msPerRequest]),
);
const profiled = [
  'GET /i/{token}',
  'GET /en/reply',
  'POST /api/rsvp JSON',
  'POST /api/rsvp form',
  'GET /admin (1,000',
  'GET /admin/export.csv',
  'GET /admin/export.xlsx',
];
const verdict = (row: CpuFigure) => {
  const ms = row.profile.msPerRequest;
  const before = committed.get(row.route);
  const goal =
    row.goalMs === undefined
      ? ''
      : ms <= row.goalMs
        ? `goal ${row.goalMs} ms: met`
        : `goal ${row.goalMs} ms: MISSED`;
  const growth =
    before && ms > before * 1.2
      ? `GREW ${((ms / before - 1) * 100).toFixed(0)}% on the committed ${before.toFixed(2)} ms`
      : '';
  return [goal, growth].filter(Boolean).join('; ');
};
const cpuReport = `CPU per request                             process    × asset   Worker: median of ${ROUNDS} (lowest–highest; GC)  verdict
${cpu
  .map(
    (row) =>
      row.route.padEnd(44) +
      `${row.processMs.toFixed(1)} ms`.padEnd(12) +
      `${row.timesAsset.toFixed(1)}`.padEnd(10) +
      `${row.profile.msPerRequest.toFixed(2)} ms (${Math.min(...row.rounds).toFixed(2)}–${Math.max(...row.rounds).toFixed(2)}; ${row.profile.gcMsPerRequest.toFixed(2)})`.padEnd(
        34,
      ) +
      `  n=${row.requests}  ${verdict(row)}`,
  )
  .join('\n')}
(goals, issue #27, Worker by the profile: invitee routes <= 1 ms; dashboard at 1,000 <= 4 ms; export at 10,000 <= 100 ms.
GREW: more than 20% above the figure in the committed bench/latest.json)
${cpu
  .filter((row) => profiled.some((route) => row.route.startsWith(route)))
  .map(
    (row) =>
      `\nTop 10 by self time: ${row.route} (${row.requests} requests, ms over all, the median round)\n` +
      row.profile.top
        .map(
          (entry) =>
            `  ${entry.selfMs.toFixed(1).padStart(8)}  ${(entry.share * 100).toFixed(0).padStart(3)}%  ` +
            `${entry.function} ${entry.where}${entry.caller ? ` <- ${entry.caller}` : ''}`,
        )
        .join('\n') +
      `\nTop 12 of the Worker's own functions by total time (callees included)\n` +
      (row.profile.inclusive ?? [])
        .slice(0, 12)
        .map(
          (entry) =>
            `  ${entry.totalMs.toFixed(1).padStart(8)}  ${(entry.share * 100).toFixed(0).padStart(3)}%  ${entry.function} ${entry.where}`,
        )
        .join('\n'),
  )
  .join('\n')}`;

if (QUICK) {
  const bundle = results.workerBundle as ReturnType<typeof sizes>;
  console.log(
    `\nWorker bundle: ${kib(bundle.raw)} raw, ${kib(bundle.gzip)} gzip\n\n${cpuReport}\n\nQuick run: bench/latest.json left as it was.`,
  );
  process.exit(0);
}

mkdirSync('bench', { recursive: true });
writeFileSync(
  'bench/latest.json',
  `${JSON.stringify({ date: new Date().toISOString(), ...results }, null, 2)}\n`,
);

const load_ = results.load as {
  rsvp: Awaited<ReturnType<typeof load>>;
  staticAsset: Awaited<ReturnType<typeof load>>;
  throughputRatio: number;
};
const worker = results.workerBundle as ReturnType<typeof sizes>;
const manyEvents = results.manyEvents as Awaited<ReturnType<typeof manyEventsBuild>>;
console.log(`
Build (${events.length} events, ${events.reduce((sum, item) => sum + item.languages.length, 0)} pages in all): ${(results.buildSeconds as number).toFixed(1)} s
Build of ${manyEvents.events} events, ${manyEvents.languages} pages (a team's year): ${manyEvents.buildSeconds.toFixed(1)} s, Worker bundle ${kib(manyEvents.workerBundle.raw)} raw, ${kib(manyEvents.workerBundle.gzip)} gzip
Worker bundle: ${kib(worker.raw)} raw, ${kib(worker.gzip)} gzip, ${kib(worker.brotli)} brotli (budget 1 MiB compressed; #27: 400 KiB gzip)
  of which, gzip alone: ${(results.workerBundleParts as ReturnType<typeof bundleParts>)
    .slice(0, 10)
    .map((part) => `${part.part} ${kib(part.gzip)}`)
    .join(', ')}

Invitation page  HTML+CSS raw / gzip / brotli      JS raw / gzip      requests  other origins
${pages
  .map((page) => {
    const p = page as typeof page & { requests?: number; otherOrigins?: number };
    return (
      `/${p.lang}/`.padEnd(17) +
      `${kib(p.html.raw)} / ${kib(p.html.gzip)} / ${kib(p.html.brotli)}`.padEnd(35) +
      `${kib(p.js.raw)} / ${kib(p.js.gzip)}`.padEnd(19) +
      `${p.requests ?? '?'}`.padEnd(10) +
      `${p.otherOrigins ?? '?'}`
    );
  })
  .join('\n')}
(budgets: HTML+CSS <= 14 KiB compressed, JS <= 3 KiB compressed, 0 other origins)

Load (${LOAD_REQUESTS} requests, ${CONCURRENCY} at a time, ${LOAD_GUESTS} guests, loopback):
  POST /api/rsvp     ${load_.rsvp.perSecond.toFixed(0)} req/s  p50 ${load_.rsvp.p50.toFixed(1)} ms  p99 ${load_.rsvp.p99.toFixed(1)} ms  statuses ${JSON.stringify(load_.rsvp.statuses)}
  GET /favicon.svg   ${load_.staticAsset.perSecond.toFixed(0)} req/s  p50 ${load_.staticAsset.p50.toFixed(1)} ms  p99 ${load_.staticAsset.p99.toFixed(1)} ms
  ratio (RSVP / static): ${load_.throughputRatio.toFixed(2)}

Dashboard                    render      KV operations (budget)
${(results.dashboard as Awaited<ReturnType<typeof dashboardFigures>>[])
  .map(
    (row) =>
      `${String(row.guests).padStart(6)} guests${row.eventsInKv > 1 ? `, ${row.eventsInKv} events` : ''}`.padEnd(
        29,
      ) +
      `${row.renderMs.toFixed(0)} ms`.padEnd(12) +
      `${row.kvOperations} (${row.budget})`,
  )
  .join('\n')}

Organisers' pages and downloads, 10,000 guests           time        size
${(results.downloads as { path: string; ms: number; bytes: number }[])
  .map(
    (row) =>
      row.path.padEnd(57) +
      `${row.ms.toFixed(0)} ms`.padEnd(12) +
      kib(row.bytes) +
      (row.path.includes('.') || row.path.endsWith('/print')
        ? ''
        : row.bytes <= PAGE_BUDGET
          ? ` (budget ${kib(PAGE_BUDGET)}: met)`
          : ` (budget ${kib(PAGE_BUDGET)}: MISSED)`),
  )
  .join('\n')}
(the print view is every guest on paper, so it grows with the list; every other page is within its budget)

${cpuReport}

Figures written to bench/latest.json.`);
