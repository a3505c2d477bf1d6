import { cpus, freemem, loadavg, totalmem } from 'node:os';

/** A budget from issue 7: the figure must stay at or below `max`, or at or above `min`. */
export interface Budget {
  max?: number;
  min?: number;
  /** How the budget reads in BENCHMARKS.md, e.g. "≤ 1.5 × reference p95". */
  text: string;
}

/** One measured figure, printed in a row of the report. */
export interface Figure {
  /** Short and stable, e.g. "relay 20×1 p95". */
  name: string;
  value: number;
  unit: string;
  /** The same figure for the reference implementation in the same run, when there is one. */
  reference?: number;
  budget?: Budget;
  /** Anything a reader needs to trust the figure: sample size, lost updates, … */
  note?: string;
}

export interface BenchContext {
  /** Small sizes and short runs: the smoke tests run every benchmark this way so none can rot. */
  smoke: boolean;
  /** Progress lines for the person watching (stderr); figures go in the returned list. */
  log(line: string): void;
}

/** One benchmark of issue 7; `run` resolves with its figures. */
export interface Benchmark {
  id: string;
  title: string;
  /**
   * Needs the built app and Chromium: its smoke run is an e2e spec (after the build in npm test)
   * instead of bench/smoke.test.ts.
   */
  needsBrowser?: boolean;
  run(context: BenchContext): Promise<Figure[]>;
}

/** Whether a figure keeps its budget; undefined when it has none. */
export function withinBudget(figure: Figure): boolean | undefined {
  const { budget } = figure;
  if (!budget) return undefined;
  if (budget.max !== undefined && !(figure.value <= budget.max)) return false;
  if (budget.min !== undefined && !(figure.value >= budget.min)) return false;
  return true;
}

/** Percentile by nearest rank (p in 0..100) of unsorted samples; NaN for none. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

/** The machine the figures were taken on, printed above them. */
export function machine(): Record<string, string> {
  const cpu = cpus();
  return {
    cores: String(cpu.length),
    cpu: cpu[0]?.model.trim() ?? 'unknown',
    memory: `${(totalmem() / 2 ** 30).toFixed(1)} GiB (${(freemem() / 2 ** 30).toFixed(1)} GiB free)`,
    node: process.version,
    'load average at start': loadavg()
      .map((load) => load.toFixed(2))
      .join(' '),
    date: new Date().toISOString(),
  };
}

/** Formats a number for the table: three significant digits, thousands separated. */
export function formatValue(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const abs = Math.abs(value);
  const digits = abs >= 100 ? 0 : abs >= 10 ? 1 : abs >= 1 ? 2 : 3;
  return value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: 0 });
}
