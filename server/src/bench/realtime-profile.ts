/**
 * Where a server's CPU time went: the self time of each function in the V8
 * CPU profiles (`--cpu-prof`) of the server children, and the same grouped
 * by package, as printable lines.
 */
import fs from 'node:fs';
import path from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  /** Monotonic clock, µs: the same clock as process.hrtime on Linux. */
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** A span of the monotonic clock in µs (process.hrtime.bigint() / 1000). */
export interface ProfileWindow {
  from: number;
  to: number;
}

/** Now on the profiles' clock. */
export function monotonicMicros(): number {
  return Number(process.hrtime.bigint() / 1000n);
}

const TOP = Number(process.env.BENCH_PROFILE_TOP) || 15;

/** `node_modules/<package>`, our own folder under dist, or node's internals. */
function areaOf(url: string): string {
  const module = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (module) return module[1];
  const ours = /server\/dist\/(.+?)\/[^/]+\.js$/.exec(url);
  if (ours) return `ours: ${ours[1]}`;
  if (url.startsWith('node:')) return 'node internals';
  return url === '' ? '(native / GC / idle)' : url;
}

function selfTimes(profile: CpuProfile, window?: ProfileWindow): Map<number, number> {
  const times = new Map<number, number>();
  let clock = profile.startTime;
  profile.samples.forEach((id, index) => {
    const delta = profile.timeDeltas[index] ?? 0;
    clock += delta;
    if (window && (clock < window.from || clock > window.to)) return;
    times.set(id, (times.get(id) ?? 0) + delta);
  });
  return times;
}

function frameName(frame: ProfileNode['callFrame']): string {
  const where = frame.url ? `${path.basename(frame.url)}:${frame.lineNumber + 1}` : '';
  return `${frame.functionName || '(anonymous)'} ${where}`.trim();
}

/**
 * Inclusive time of our own functions (server/dist, benchmarks excluded):
 * each sample counts once for every distinct one of ours on its stack. An
 * async function's stack starts again after each await, so this is the
 * synchronous share of each.
 */
function addInclusiveOurs(
  profile: CpuProfile,
  self: Map<number, number>,
  into: Map<string, number>,
): void {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parent.set(child, node.id);
  for (const [id, micros] of self) {
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = nodes.get(at)?.callFrame;
      if (!frame || !/server\/dist\//.test(frame.url) || /\/bench\//.test(frame.url)) continue;
      seen.add(frameName(frame));
    }
    for (const name of seen) addTo(into, name, micros);
  }
}

function addTo(map: Map<string, number>, key: string, micros: number): void {
  map.set(key, (map.get(key) ?? 0) + micros);
}

function top(map: Map<string, number>, total: number, count: number): string[] {
  return [...map.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, micros]) => `${((100 * micros) / total).toFixed(1).padStart(5)}%  ${name}`);
}

/**
 * Reads every .cpuprofile in `dir` (one per server child); returns the top
 * functions and areas by self time within `window` (all of it without
 * one), idle time excluded from the shares.
 */
export function summariseProfiles(dir: string, window?: ProfileWindow): string[] {
  const byFunction = new Map<string, number>();
  const byArea = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let busy = 0;
  for (const file of fs.readdirSync(dir).filter((name) => name.endsWith('.cpuprofile'))) {
    const profile = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as CpuProfile;
    const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
    const self = selfTimes(profile, window);
    for (const [id, micros] of self) {
      const frame = nodes.get(id)?.callFrame;
      if (!frame || frame.functionName === '(idle)') continue;
      busy += micros;
      addTo(byFunction, frameName(frame), micros);
      addTo(byArea, areaOf(frame.url), micros);
    }
    addInclusiveOurs(profile, self, inclusive);
  }
  if (busy === 0) return ['no profile was written'];
  return [
    `busy ${(busy / 1e6).toFixed(1)} s of CPU${window ? ' during the load and drain' : ''}; self time by function:`,
    ...top(byFunction, busy, TOP),
    'self time by package or folder:',
    ...top(byArea, busy, 10),
    'inclusive (synchronous) time of our functions:',
    ...top(inclusive, busy, TOP),
  ];
}
