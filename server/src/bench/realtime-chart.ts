/**
 * The benchmark's chart as SVG (no dependencies): the latency distribution
 * of every configuration (share of deliveries within x ms, log scale) and
 * the server memory per idle subscriber. `renderPng` draws it with the
 * machine's Chromium through playwright-core, when both are there.
 */
import fs from 'node:fs';
import type { RunFigures } from './realtime-results';
import { TARGETS } from './realtime-report';

const WIDTH = 1100;
const HEIGHT = 560;
const COLOURS = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#8c564b'];
const BARE_COLOUR = '#7f7f7f';

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function formatMs(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`;
}

function colourOf(runs: RunFigures[], run: RunFigures): string {
  if (run.kind === 'bare') return BARE_COLOUR;
  return COLOURS[runs.filter((r) => r.kind === 'ours').indexOf(run) % COLOURS.length];
}

/** Left panel: cumulative share of deliveries against latency on a log axis. */
function latencyPanel(runs: RunFigures[]): string {
  const [x0, y0, w, h] = [70, 70, 640, 400];
  const maxMs = Math.max(100, ...runs.map((run) => run.histogram.at(-1)?.[0] ?? 1));
  const lo = Math.log10(0.1);
  const hi = Math.ceil(Math.log10(maxMs));
  const x = (ms: number) => x0 + ((Math.log10(Math.max(ms, 0.1)) - lo) / (hi - lo)) * w;
  // The tail is what matters: the axis is linear in -log10(1 - share), 0% to 99.9%.
  const y = (share: number) =>
    y0 + h - (Math.min(3, -Math.log10(Math.max(1e-3, 1 - share))) / 3) * h;
  const parts: string[] = [
    `<text x="${x0}" y="${y0 - 14}" class="title">Deliveries within x ms (commit to subscriber)</text>`,
  ];
  for (let power = -1; power <= hi; power += 1) {
    const value = 10 ** power;
    const label = value >= 1000 ? `${value / 1000} s` : `${value} ms`;
    parts.push(`<line x1="${x(value)}" y1="${y0}" x2="${x(value)}" y2="${y0 + h}" class="grid"/>`);
    parts.push(
      `<text x="${x(value)}" y="${y0 + h + 18}" class="tick" text-anchor="middle">${label}</text>`,
    );
  }
  for (const share of [0, 0.5, 0.9, 0.99, 0.999]) {
    parts.push(`<line x1="${x0}" y1="${y(share)}" x2="${x0 + w}" y2="${y(share)}" class="grid"/>`);
    parts.push(
      `<text x="${x0 - 8}" y="${y(share) + 4}" class="tick" text-anchor="end">${share * 100}%</text>`,
    );
  }
  const target = x(TARGETS.p99Ms);
  parts.push(`<line x1="${target}" y1="${y0}" x2="${target}" y2="${y0 + h}" class="target"/>`);
  parts.push(
    `<text x="${target + 4}" y="${y0 + h - 8}" class="tick">p99 target ${TARGETS.p99Ms} ms</text>`,
  );
  runs.forEach((run, index) => {
    const total = run.histogram.reduce((sum, [, count]) => sum + count, 0);
    let seen = 0;
    const points = [`${x(0.1)},${y(0)}`];
    for (const [bucket, count] of run.histogram) {
      seen += count;
      points.push(`${x(bucket).toFixed(1)},${y(seen / Math.max(1, total)).toFixed(1)}`);
    }
    const colour = colourOf(runs, run);
    parts.push(
      `<polyline points="${points.join(' ')}" fill="none" stroke="${colour}" stroke-width="2"/>`,
    );
    const legendY = y0 + 24 + index * 18;
    parts.push(`<rect x="${x0 + 10}" y="${legendY - 9}" width="14" height="4" fill="${colour}"/>`);
    parts.push(
      `<text x="${x0 + 30}" y="${legendY - 3}" class="tick">${escape(run.label)}: p99 ${formatMs(run.latency.p99)}</text>`,
    );
  });
  parts.push(`<rect x="${x0}" y="${y0}" width="${w}" height="${h}" class="frame"/>`);
  return parts.join('\n');
}

/** Right panel: server memory per idle subscriber, with the target. */
function memoryPanel(runs: RunFigures[]): string {
  const [x0, y0, w, h] = [800, 70, 260, 400];
  const top =
    Math.max(TARGETS.perSubscriberKb * 1.25, ...runs.map((run) => run.memory.perSubscriberKb)) *
    1.1;
  const y = (kb: number) => y0 + h - (kb / top) * h;
  const bar = w / runs.length;
  const parts: string[] = [
    `<text x="${x0}" y="${y0 - 14}" class="title">Server KB per idle subscriber</text>`,
  ];
  runs.forEach((run, index) => {
    const value = Math.max(0, run.memory.perSubscriberKb);
    const left = x0 + index * bar + bar * 0.15;
    parts.push(
      `<rect x="${left}" y="${y(value)}" width="${bar * 0.7}" height="${y0 + h - y(value)}" fill="${colourOf(runs, run)}"/>`,
    );
    parts.push(
      `<text x="${left + bar * 0.35}" y="${y(value) - 5}" class="tick" text-anchor="middle">${value.toFixed(1)}</text>`,
    );
    parts.push(
      `<text x="${left + bar * 0.35}" y="${y0 + h + 18}" class="small" text-anchor="middle">${escape(run.label.replace('ours ', ''))}</text>`,
    );
  });
  parts.push(
    `<line x1="${x0}" y1="${y(TARGETS.perSubscriberKb)}" x2="${x0 + w}" y2="${y(TARGETS.perSubscriberKb)}" class="target"/>`,
  );
  parts.push(
    `<text x="${x0 + 4}" y="${y(TARGETS.perSubscriberKb) - 5}" class="tick">target ${TARGETS.perSubscriberKb} KB</text>`,
  );
  parts.push(`<rect x="${x0}" y="${y0}" width="${w}" height="${h}" class="frame"/>`);
  return parts.join('\n');
}

/** The whole chart as an SVG document. */
export function chartSvg(title: string, runs: RunFigures[]): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">
<style>
  text { font-family: 'DejaVu Sans', Arial, sans-serif; fill: #222; }
  .title { font-size: 15px; font-weight: bold; }
  .heading { font-size: 17px; font-weight: bold; }
  .tick { font-size: 12px; }
  .small { font-size: 10px; }
  .grid { stroke: #ddd; stroke-width: 1; }
  .frame { fill: none; stroke: #888; }
  .target { stroke: #d62728; stroke-dasharray: 6 4; stroke-width: 1.5; }
</style>
<rect width="100%" height="100%" fill="white"/>
<text x="20" y="28" class="heading">${escape(title)}</text>
${latencyPanel(runs)}
${memoryPanel(runs)}
</svg>
`;
}

/**
 * Screenshots the SVG to a PNG with /usr/bin/chromium. Resolves false (and
 * says why) when playwright-core or Chromium is not there.
 */
export async function renderPng(svgPath: string, pngPath: string): Promise<boolean> {
  const executablePath = '/usr/bin/chromium';
  if (!fs.existsSync(executablePath)) {
    process.stdout.write(`no PNG: ${executablePath} is not installed\n`);
    return false;
  }
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
  });
  try {
    const page = await browser.newPage({ viewport: { width: WIDTH, height: HEIGHT } });
    await page.setContent(
      `<html><body style="margin:0">${fs.readFileSync(svgPath, 'utf8')}</body></html>`,
    );
    await page.screenshot({ path: pngPath, clip: { x: 0, y: 0, width: WIDTH, height: HEIGHT } });
    return true;
  } finally {
    await browser.close();
  }
}
