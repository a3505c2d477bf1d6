/**
 * `npm run bench`: runs every benchmark of BENCHMARKS.md and prints its figures against the
 * budgets. `--only relay,durable` runs some; `--smoke` runs each at its smallest size; `--json
 * FILE` also writes the figures as JSON.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { benchmarks } from './benchmarks.js';
import { formatValue, machine, withinBudget, type Figure } from './lib/figures.js';

const { values } = parseArgs({
  options: {
    only: { type: 'string' },
    smoke: { type: 'boolean', default: false },
    json: { type: 'string' },
  },
});
const only = values.only?.split(',').map((id) => id.trim());
const unknown = only?.filter((id) => !benchmarks.some((benchmark) => benchmark.id === id)) ?? [];
if (unknown.length > 0) {
  console.error(`unknown benchmark ${unknown.join(', ')}; there are ${benchmarks.map((b) => b.id).join(', ')}`);
  process.exit(2);
}

const host = machine();
console.log('Waymark benchmarks');
for (const [key, value] of Object.entries(host)) console.log(`  ${key}: ${value}`);
console.log('');

const results: { id: string; title: string; figures: Figure[]; error?: string }[] = [];
let missed = 0;
for (const benchmark of benchmarks) {
  if (only && !only.includes(benchmark.id)) continue;
  console.log(`## ${benchmark.title} (${benchmark.id})`);
  const started = performance.now();
  try {
    const figures = await benchmark.run({ smoke: values.smoke, log: (line) => console.error(`  · ${line}`) });
    results.push({ id: benchmark.id, title: benchmark.title, figures });
    printTable(figures);
    missed += figures.filter((figure) => withinBudget(figure) === false).length;
  } catch (error) {
    results.push({ id: benchmark.id, title: benchmark.title, figures: [], error: String(error) });
    console.log(`  FAILED: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    missed++;
  }
  console.log(`  (${((performance.now() - started) / 1000).toFixed(1)} s)\n`);
}
if (values.json) writeFileSync(values.json, JSON.stringify({ machine: host, results }, null, 2));
console.log(missed === 0 ? 'Every budget holds.' : `${missed} figure(s) miss their budget or failed.`);
// A benchmark is not a test: missing a budget is reported, not an error exit.
process.exit(0);

function printTable(figures: Figure[]): void {
  const rows = figures.map((figure) => {
    const ok = withinBudget(figure);
    return [
      figure.name,
      `${formatValue(figure.value)} ${figure.unit}`,
      figure.reference === undefined
        ? ''
        : `${formatValue(figure.reference)} ${figure.unit} (× ${formatValue(figure.value / figure.reference)})`,
      figure.budget ? `${figure.budget.text} ${ok ? 'ok' : 'MISSED'}` : '',
      figure.note ?? '',
    ];
  });
  const header = ['figure', 'Waymark', 'reference', 'budget', 'note'];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) => `  ${cells.map((cell, column) => cell.padEnd(widths[column]!)).join('  ')}`.trimEnd();
  console.log(line(header));
  for (const row of rows) console.log(line(row));
}
