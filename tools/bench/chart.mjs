#!/usr/bin/env node
// Draws docs/performance-quiz-day.svg: p99 latency of each quiz-day step against the number of
// trainees, from the search runs recorded in docs/performance-figures.json (bench:quiz-day
// --search --record), with the earlier search (summary.quizDaySearchBefore) dashed.
//   node tools/bench/chart.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './lib/common.mjs';

const figures = JSON.parse(readFileSync(join(ROOT, 'docs', 'performance-figures.json'), 'utf8'));
const now = figures.summary?.quizDaySearch?.runs ?? [];
const before = figures.summary?.quizDaySearchBefore?.runs ?? [];
if (now.length === 0) throw new Error('no quiz-day search runs recorded');

const STEPS = [
  ['login', '#005f73'],
  ['start', '#ae2012'],
  ['autosave', '#ca6702'],
  ['submit', '#3a5a40'],
];
const W = 760;
const H = 440;
const M = { left: 70, right: 170, top: 50, bottom: 60 };
const runs = (list) => [...list].sort((a, b) => a.trainees - b.trainees);
const all = [...now, ...before];
const maxN = Math.max(...all.map((r) => r.trainees));
const yMin = 10;
const yMax = 20_000;
const x = (n) => M.left + (n / (Math.ceil(maxN / 500) * 500)) * (W - M.left - M.right);
const y = (ms) => {
  const v = Math.min(Math.max(ms, yMin), yMax);
  return M.top + (1 - Math.log10(v / yMin) / Math.log10(yMax / yMin)) * (H - M.top - M.bottom);
};
const out = [];
out.push(
  `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif" font-size="12" role="img" aria-labelledby="t d">`,
  `<title id="t">Quiz day: p99 latency per step against trainees</title>`,
  `<desc id="d">${now
    .map(
      (r) =>
        `${r.trainees} trainees: ${STEPS.map(([s]) => `${s} ${Math.round(r.p99Ms[s])} ms`).join(', ')}`,
    )
    .join('; ')}</desc>`,
  `<rect width="${W}" height="${H}" fill="#fff"/>`,
  `<text x="${M.left}" y="24" font-size="15" font-weight="bold" fill="#1b1b1b">Quiz day on one 2-core machine: p99 latency per step (log scale)</text>`,
);
for (const ms of [10, 30, 100, 300, 1000, 3000, 10000]) {
  out.push(
    `<line x1="${M.left}" x2="${W - M.right}" y1="${y(ms)}" y2="${y(ms)}" stroke="${ms === 300 ? '#1b1b1b' : '#ddd'}" ${ms === 300 ? 'stroke-dasharray="6 3"' : ''}/>`,
    `<text x="${M.left - 8}" y="${y(ms) + 4}" text-anchor="end" fill="#1b1b1b">${ms >= 1000 ? `${ms / 1000} s` : `${ms} ms`}</text>`,
  );
}
out.push(`<text x="${W - M.right + 6}" y="${y(300) + 4}" fill="#1b1b1b">target 300 ms</text>`);
const step = maxN > 2500 ? 1000 : 500;
for (let n = 0; n <= Math.ceil(maxN / 500) * 500; n += step) {
  out.push(
    `<line x1="${x(n)}" x2="${x(n)}" y1="${H - M.bottom}" y2="${H - M.bottom + 5}" stroke="#1b1b1b"/>`,
    `<text x="${x(n)}" y="${H - M.bottom + 20}" text-anchor="middle" fill="#1b1b1b">${n.toLocaleString('en-US')}</text>`,
  );
}
out.push(
  `<line x1="${M.left}" x2="${W - M.right}" y1="${H - M.bottom}" y2="${H - M.bottom}" stroke="#1b1b1b"/>`,
  `<text x="${(M.left + W - M.right) / 2}" y="${H - 15}" text-anchor="middle" fill="#1b1b1b">trainees signing in, starting the same quiz within 10 s, autosaving and submitting</text>`,
);
const line = (list, key, color, dashed) => {
  const pts = runs(list).filter((r) => r.p99Ms?.[key] !== undefined);
  if (pts.length === 0) return;
  out.push(
    `<polyline fill="none" stroke="${color}" stroke-width="${dashed ? 1.5 : 2.5}" ${dashed ? 'stroke-dasharray="4 4" opacity="0.7"' : ''} points="${pts.map((r) => `${x(r.trainees).toFixed(1)},${y(r.p99Ms[key]).toFixed(1)}`).join(' ')}"/>`,
  );
  if (!dashed)
    for (const r of pts)
      out.push(`<circle cx="${x(r.trainees)}" cy="${y(r.p99Ms[key])}" r="3.5" fill="${color}"/>`);
};
STEPS.forEach(([key, color], i) => {
  line(before, key, color, true);
  line(now, key, color, false);
  const ly = M.top + 10 + i * 20;
  out.push(
    `<line x1="${W - M.right + 10}" x2="${W - M.right + 34}" y1="${ly}" y2="${ly}" stroke="${color}" stroke-width="2.5"/>`,
    `<text x="${W - M.right + 40}" y="${ly + 4}" fill="#1b1b1b">${key}</text>`,
  );
});
if (before.length > 0) {
  const ly = M.top + 10 + STEPS.length * 20 + 6;
  out.push(
    `<line x1="${W - M.right + 10}" x2="${W - M.right + 34}" y1="${ly}" y2="${ly}" stroke="#555" stroke-width="1.5" stroke-dasharray="4 4"/>`,
    `<text x="${W - M.right + 40}" y="${ly + 4}" fill="#1b1b1b">before (${figures.summary.quizDaySearchBefore.commit ?? 'earlier'})</text>`,
  );
}
out.push('</svg>');
const file = join(ROOT, 'docs', 'performance-quiz-day.svg');
writeFileSync(file, `${out.join('\n')}\n`);
console.log(`chart: ${file} (${now.length} runs, ${before.length} earlier)`);
