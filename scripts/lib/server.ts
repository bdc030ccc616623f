import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { delimiter, dirname, resolve } from 'node:path';

/** Offline defaults: this network reaches only package registries. */
export const quietEnv = {
  ...process.env,
  // Tools started from here run on the Node that runs this script (v24, from the `node` package).
  PATH: [dirname(process.execPath), resolve('node_modules/.bin'), process.env.PATH].join(delimiter),
  ASTRO_TELEMETRY_DISABLED: '1',
  CLOUDFLARE_CF_FETCH_ENABLED: 'false',
  WRANGLER_SEND_METRICS: 'false',
};

function run(command: string, args: string[], { quiet = false, cwd = '.' } = {}): Promise<void> {
  const child = spawn(command, args, {
    cwd,
    env: quietEnv,
    stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit',
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  return new Promise((done, fail) => {
    child.on('error', fail);
    child.on('exit', (code) =>
      code === 0 ? done() : fail(new Error(`${command} ${args.join(' ')} exited with ${code}\n${output}`)),
    );
  });
}

/** `astro build`: the static pages and the Worker, in dist/ (of the project in `cwd`). */
export function build({ quiet = false, cwd = '.' } = {}): Promise<void> {
  return run('astro', ['build'], { quiet, cwd });
}

/** The first free TCP port on localhost from `preferred` on (or any free port when 0). */
export async function freePort(preferred = 0): Promise<number> {
  for (let port = preferred; port < preferred + 50 || preferred === 0; port++) {
    const server = createServer();
    const ok = await new Promise<boolean>((answer) => {
      server.once('error', () => answer(false));
      server.listen(port, 'localhost', () => answer(true));
    });
    if (ok) {
      const address = server.address();
      server.close();
      await once(server, 'close');
      return typeof address === 'object' && address ? address.port : port;
    }
    if (preferred === 0) break;
  }
  throw new Error(`No free port from ${preferred}`);
}

/** Where a running server leaves its address in its KV folder, for the guest CLI's links. */
const addressFile = (persistTo: string) => `${persistTo}/server.json`;

/**
 * The address of the server that `serve()` (so `npm start`) runs on the KV folder `persistTo`,
 * or null when none is running there.
 */
export function runningServerUrl(persistTo: string): string | null {
  try {
    const { url, pid } = JSON.parse(readFileSync(addressFile(persistTo), 'utf8')) as {
      url: string;
      pid: number;
    };
    process.kill(pid, 0); // throws when that process is gone (a server that crashed left its file)
    return url;
  } catch {
    return null;
  }
}

export interface Server {
  url: string;
  child: ChildProcess;
  /** wrangler dev's DevTools inspector (a V8 CPU profile of the Worker: scripts/lib/cpu.ts). */
  inspectorPort: number;
  /** What the server wrote to stderr so far (when started `quiet`). */
  stderr(): string;
  stop(): Promise<void>;
}

type ServeOptions = {
  /** The site's port; when left out, any free one. */
  port?: number;
  persistTo: string;
  vars?: Record<string, string>;
  quiet?: boolean;
  /** The server's temporary folder, where the local send_email binding leaves each message (.eml). */
  tmpDir?: string;
  /** Exposes `/cdn-cgi/handler/scheduled`, which runs the cron handler (tests only). */
  testScheduled?: boolean;
};

/**
 * Serves the build with `wrangler dev` and resolves once the site answers. The server runs in its
 * own process group, so `stop()` ends workerd too (killing wrangler alone leaves it listening).
 *
 * A port found free can be taken before wrangler binds it (by workerd's own sockets of another
 * server or test pool starting at the same moment; CI once failed so). Such a start is tried
 * again with fresh ports, up to five times.
 */
export async function serve(options: ServeOptions): Promise<Server> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await serveOnce({ ...options, port: options.port ?? (await freePort()) });
    } catch (error) {
      if (attempt >= 5 || !String(error).includes('Address already in use')) throw error;
    }
  }
}

async function serveOnce({
  port,
  persistTo,
  vars = {},
  quiet = false,
  testScheduled = false,
  tmpDir,
}: ServeOptions & { port: number }): Promise<Server> {
  const inspectorPort = await freePort();
  const args = [
    'dev',
    '--config',
    'dist/server/wrangler.json',
    '--port',
    String(port),
    '--persist-to',
    persistTo,
    // Its own debugger port, so two servers (or a server and `npm start`) can run side by side.
    '--inspector-port',
    String(inspectorPort),
    '--show-interactive-dev-session=false',
    ...(testScheduled ? ['--test-scheduled'] : []),
    ...Object.entries(vars).flatMap(([name, value]) => ['--var', `${name}:${value}`]),
  ];
  const child = spawn('wrangler', args, {
    env: tmpDir ? { ...quietEnv, TMPDIR: tmpDir } : quietEnv,
    detached: true,
    stdio: quiet ? ['ignore', 'ignore', 'pipe'] : ['ignore', 'inherit', 'inherit'],
  });
  let errors = '';
  child.stderr?.on('data', (chunk) => (errors += chunk));
  const exited = once(child, 'exit');

  const stop = async () => {
    if (child.exitCode !== null || child.pid === undefined) return;
    rmSync(addressFile(persistTo), { force: true });
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      return; // already gone
    }
    const timer = setTimeout(() => {
      try {
        process.kill(-(child.pid as number), 'SIGKILL');
      } catch {
        // already gone
      }
    }, 5000);
    await exited;
    clearTimeout(timer);
  };

  const url = `http://localhost:${port}/`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`wrangler dev exited with ${child.exitCode}\n${errors}`);
    try {
      // A page every site has (the site's accessibility statement), whatever its events.
      const response = await fetch(new URL('/en/accessibility', url), { signal: AbortSignal.timeout(2000) });
      if (response.ok) {
        writeFileSync(addressFile(persistTo), JSON.stringify({ url, pid: child.pid }));
        return { url, child, inspectorPort, stderr: () => errors, stop };
      }
    } catch {
      // not listening yet
    }
    await new Promise((wait) => setTimeout(wait, 250));
  }
  await stop();
  throw new Error(`wrangler dev did not answer on ${url} within 60 s\n${errors}`);
}
