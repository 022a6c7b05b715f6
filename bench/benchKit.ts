/**
 * The shape of one benchmark figure and small helpers. Every area writes `bench/<area>.bench.ts`
 * exporting `run(ctx)`; scripts/bench.mjs runs them all in one process, prints one table and
 * writes bench/results.json. Figures are medians, and where a budget is relative, a ratio against a
 * baseline measured in the same run (the machine is shared and noisy).
 */
export interface BenchFigure {
  id: string;
  label: string;
  value: number;
  unit: string;
  /** Budget: the value must be <= max and/or >= min. */
  budget?: { max?: number; min?: number };
  /** Extra numbers shown beside the figure (e.g. the baseline's median). */
  detail?: Record<string, number | string>;
}

export interface BenchContext {
  /** A fresh temporary folder for generated inputs; removed after the run. */
  tmpDir: string;
  /** Quick mode (fewer repetitions, shorter media) for a smoke run. */
  quick: boolean;
  log: (line: string) => void;
}

export type BenchModule = { run(ctx: BenchContext): Promise<BenchFigure[]> };

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Runs `fn` n times (after one warm-up) and returns the median in milliseconds. */
export async function medianMs(n: number, fn: () => unknown | Promise<unknown>): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  return median(times);
}

export function passes(f: BenchFigure): boolean {
  if (!f.budget) return true;
  if (f.budget.max !== undefined && !(f.value <= f.budget.max)) return false;
  if (f.budget.min !== undefined && !(f.value >= f.budget.min)) return false;
  return true;
}
