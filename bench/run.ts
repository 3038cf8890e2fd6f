import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fmt, type Bench, type BenchRow } from './lib';

// `npm run bench`: runs every bench/*.bench.ts (each default-exports a Bench), prints the table
// and writes it to bench/results/latest.md. Exits 1 when any budget is missed.
// `npm run bench -- NAME` runs only the files whose name contains NAME and writes
// bench/results/NAME.md instead, so a partial run never overwrites the full table.

async function main(): Promise<void> {
  const only = process.argv[2];
  const files = readdirSync(__dirname)
    .filter((f) => f.endsWith('.bench.ts') && (!only || f.includes(only)))
    .sort();
  const rows: BenchRow[] = [];
  for (const file of files) {
    const mod = (await import(join(__dirname, file))) as { default: Bench };
    process.stdout.write(`running ${mod.default.name} (${file})…\n`);
    const t0 = Date.now();
    const got = await mod.default.run();
    rows.push(...got);
    for (const r of got) process.stdout.write(`  ${line(r)}\n`);
    process.stdout.write(`  (${((Date.now() - t0) / 1000).toFixed(1)} s)\n`);
  }
  const header =
    '| id | scenario | median ms | p95 ms | baseline (median / p95 ms) | ratio | budget | result |\n' +
    '|---|---|---|---|---|---|---|---|\n';
  const table = rows.map((r) => `${line(r)}\n`).join('');
  const missed = rows.filter((r) => !r.pass);
  const notes = rows
    .filter((r) => r.notes)
    .map((r) => `- **${r.id}**: ${r.notes}`)
    .join('\n');
  const md =
    `# Benchmark results\n\nMachine: ${process.platform} ${process.arch}, Node ${process.version}, ` +
    `${new Date().toISOString()}.\n\n${header}${table}\n${notes ? `${notes}\n\n` : ''}` +
    (missed.length ? `**Missed:** ${missed.map((r) => r.id).join(', ')}\n` : 'Every budget met.\n');
  const out = `${only ?? 'latest'}.md`;
  writeFileSync(join(__dirname, 'results', out), md);
  process.stdout.write(`\n${header}${table}\nwritten to bench/results/${out}\n`);
  if (missed.length) process.exitCode = 1;
}

function line(r: BenchRow): string {
  const base = r.baseline
    ? `${r.baseline.label}: ${fmt(r.baseline.median)} / ${fmt(r.baseline.p95)}`
    : '—';
  const ratio =
    r.ratio === undefined ? '—' : `${r.ratio.toFixed(2)}×${r.ratioNote ? ` (${r.ratioNote})` : ''}`;
  return `| ${r.id} | ${r.scenario} | ${fmt(r.median)} | ${fmt(r.p95)} | ${base} | ${ratio} | ${r.budget} | ${r.pass ? 'met' : '**missed**'} |`;
}

void main();
