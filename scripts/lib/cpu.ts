/**
 * CPU time of the local Worker, two ways: the CPU of the server's `workerd` processes (an upper
 * bound: local KV, the asset server and wrangler's proxy run in them too), and a V8 CPU profile of
 * the Worker isolate over wrangler dev's inspector (Chrome DevTools Protocol), which shows our own
 * functions.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';

/** Clock ticks per second of /proc/PID/stat's utime and stime (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = 100;

/** utime + stime, in ms, of every `workerd` process in the process group `group`. */
export function workerdCpuMs(group: number): number {
  let ticks = 0;
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    let stat: string;
    try {
      stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    } catch {
      continue; // gone meanwhile
    }
    // "pid (comm) state ppid pgrp …": the name may hold spaces, so split after its last ")".
    const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // fields[0] is field 3 (state): pgrp is field 5, utime 14, stime 15.
    if (name !== 'workerd' || Number(fields[2]) !== group) continue;
    ticks += Number(fields[11]) + Number(fields[12]);
  }
  return (ticks * 1000) / TICKS_PER_SECOND;
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileSummary {
  /** Sampled time that was not idle (JavaScript, GC and V8's own work), per request, in ms. */
  msPerRequest: number;
  /** Of which garbage collection, per request. */
  gcMsPerRequest: number;
  /** The sampling period V8 achieved (asked for 100 µs), in µs. */
  samplingPeriodMicros: number;
  /** Functions by self time over all requests (ms), the heaviest first. */
  top: { function: string; where: string; caller: string; selfMs: number; share: number }[];
  /**
   * The Worker's own functions (those with a place in its bundle) by total time, their callees
   * included, over all requests (ms): where a page's render goes, component by component.
   */
  inclusive: { function: string; where: string; totalMs: number; share: number }[];
}

/** Chrome DevTools Protocol over wrangler dev's inspector proxy (one client at a time). */
async function connect(inspectorPort: number) {
  // The proxy accepts loopback origins only. Node's WebSocket takes headers (an undici extension).
  const socket = new WebSocket(`ws://127.0.0.1:${inspectorPort}/ws`, {
    headers: { Origin: 'http://localhost' },
  } as unknown as string[]);
  await new Promise((open, fail) => {
    socket.addEventListener('open', open, { once: true });
    socket.addEventListener('error', () => fail(new Error('no inspector on port ' + inspectorPort)), {
      once: true,
    });
  });
  let next = 0;
  const waiting = new Map<number, (result: unknown) => void>();
  socket.addEventListener('message', (event) => {
    const message = JSON.parse(String(event.data)) as { id?: number; result?: unknown; error?: unknown };
    if (message.id !== undefined && waiting.has(message.id)) {
      waiting.get(message.id)?.(
        message.error ? Promise.reject(new Error(JSON.stringify(message.error))) : message.result,
      );
      waiting.delete(message.id);
    }
  });
  return {
    send<T>(method: string, params: Record<string, unknown> = {}): Promise<T> {
      const id = ++next;
      socket.send(JSON.stringify({ id, method, params }));
      return new Promise<T>((answer) => waiting.set(id, answer as (result: unknown) => void));
    },
    close: () => socket.close(),
  };
}

function summarise(profile: Profile, requests: number): ProfileSummary {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map<number, ProfileNode>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node);
  const label = (node: ProfileNode | undefined) => {
    if (!node) return '';
    const { functionName, url, lineNumber } = node.callFrame;
    return `${functionName || '(anonymous)'}${url ? ` ${url.split('/').slice(-2).join('/')}:${lineNumber + 1}` : ''}`;
  };
  // V8 samples only while the isolate is entered, and DevTools credits each sample with the time
  // until the next one: the last sample before the isolate waits (for KV, for the next request)
  // would carry the whole wait, which made a KV `get` look like most of the export. So a sample
  // counts for at most 1.5 sampling periods. The period is the first quartile of the times between
  // samples: inside a stretch of work samples follow each other at that pace, but where the Worker
  // works in short bursts between waits (an RSVP write) the waits are half the deltas or more.
  const sorted = [...profile.timeDeltas].sort((a, b) => a - b);
  const period = sorted[Math.floor(sorted.length / 4)] ?? 0;
  const self = new Map<number, number>();
  profile.samples.forEach((id, index) => {
    const delta = Math.min(profile.timeDeltas[index + 1] ?? 0, 1.5 * period);
    self.set(id, (self.get(id) ?? 0) + delta);
  });
  const byFunction = new Map<string, { function: string; where: string; caller: string; selfMs: number }>();
  let busy = 0;
  let gc = 0;
  for (const [id, micros] of self) {
    const frame = byId.get(id)?.callFrame;
    if (!frame || frame.functionName === '(idle)' || frame.functionName === '(root)') continue;
    busy += micros;
    if (frame.functionName === '(garbage collector)') gc += micros;
    const where = frame.url ? `${frame.url.split('/').slice(-2).join('/')}:${frame.lineNumber + 1}` : '';
    const key = `${frame.functionName} ${where}`;
    // Built-ins have no place of their own: who called them says what they were doing.
    const caller = frame.url ? '' : label(parentOf.get(id));
    const entry = byFunction.get(key) ?? {
      function: frame.functionName || '(anonymous)',
      where,
      caller,
      selfMs: 0,
    };
    if (caller && !entry.caller.includes(caller) && entry.caller.length < 160)
      entry.caller = entry.caller ? `${entry.caller}; ${caller}` : caller;
    entry.selfMs += micros / 1000;
    byFunction.set(key, entry);
  }
  // Total time: each sample counts once for every function of its own bundle on its stack.
  const totals = new Map<string, { function: string; where: string; totalMs: number }>();
  for (const [id, micros] of self) {
    if (byId.get(id)?.callFrame.functionName === '(idle)') continue;
    const seen = new Set<string>();
    for (let node = byId.get(id); node; node = parentOf.get(node.id)) {
      const { functionName, url, lineNumber } = node.callFrame;
      if (!url || url.startsWith('cloudflare-internal')) continue;
      const where = `${url.split('/').slice(-2).join('/')}:${lineNumber + 1}`;
      const key = `${functionName} ${where}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const entry = totals.get(key) ?? { function: functionName || '(anonymous)', where, totalMs: 0 };
      entry.totalMs += micros / 1000;
      totals.set(key, entry);
    }
  }
  const inclusive = [...totals.values()]
    .sort((a, b) => b.totalMs - a.totalMs)
    .slice(0, 25)
    .map((entry) => ({ ...entry, share: entry.totalMs / (busy / 1000) }));
  const top = [...byFunction.values()]
    .sort((a, b) => b.selfMs - a.selfMs)
    .slice(0, 10)
    .map((entry) => ({ ...entry, share: entry.selfMs / (busy / 1000) }));
  return {
    msPerRequest: busy / 1000 / requests,
    gcMsPerRequest: gc / 1000 / requests,
    samplingPeriodMicros: period,
    top,
    inclusive,
  };
}

/**
 * Runs `work` (which makes `requests` requests) under the V8 sampling profiler of the Worker
 * isolate, sampling every 100 µs, and sums what it saw.
 */
export async function profileWorker(
  inspectorPort: number,
  requests: number,
  work: () => Promise<void>,
  /** The route profiled, for a kept profile's file name. */
  label = 'profile',
): Promise<ProfileSummary> {
  const inspector = await connect(inspectorPort);
  try {
    await inspector.send('Profiler.enable');
    await inspector.send('Profiler.setSamplingInterval', { interval: 100 });
    await inspector.send('Profiler.start');
    await work();
    const { profile } = await inspector.send<{ profile: Profile }>('Profiler.stop');
    // BENCH_PROFILES=folder keeps each raw profile (.cpuprofile, for DevTools or a script).
    const folder = process.env.BENCH_PROFILES;
    if (folder)
      writeFileSync(
        `${folder}/${label.replace(/\W+/g, '-')}-${Date.now()}.cpuprofile`,
        JSON.stringify(profile),
      );
    await inspector.send('Profiler.disable');
    return summarise(profile, requests);
  } finally {
    inspector.close();
  }
}
