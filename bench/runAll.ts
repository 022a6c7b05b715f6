// Runs every bench/*.bench.ts in one process, prints one table and writes bench/results.json.
// Each figure is a median; relative budgets are ratios against a baseline measured in the same run.
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { passes, type BenchFigure, type BenchModule } from './benchKit';

async function main(): Promise<void> {
  const quick = process.argv.includes('--quick');
  const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7);
  const files = readdirSync(__dirname)
    .filter((f) => f.endsWith('.bench.ts'))
    .filter((f) => !only || f.startsWith(only))
    .sort();
  const figures: (BenchFigure & { area: string; pass: boolean })[] = [];
  const errors: string[] = [];
  for (const f of files) {
    const area = f.replace('.bench.ts', '');
    const tmpDir = mkdtempSync(join(tmpdir(), `kk-bench-${area}-`));
    const t = Date.now();
    console.log(`[bench] ${area}…`);
    try {
      const mod = (await import(join(__dirname, f))) as BenchModule;
      for (const fig of await mod.run({ tmpDir, quick, log: (l) => console.log(`  ${l}`) })) figures.push({ ...fig, area, pass: passes(fig) });
    } catch (e) {
      errors.push(`${area}: ${(e as Error).stack ?? e}`);
      console.error(`[bench] ${area} failed: ${(e as Error).message}`);
    } finally {
      rmSync(tmpDir, { recursive: true, force: true });
    }
    console.log(`[bench] ${area} done in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  }
  const budget = (b: BenchFigure['budget']) => (!b ? '—' : [b.max !== undefined ? `≤ ${b.max}` : '', b.min !== undefined ? `≥ ${b.min}` : ''].filter(Boolean).join(' '));
  const rows = figures.map((f) => [f.id, `${f.value} ${f.unit}`, budget(f.budget), f.budget ? (f.pass ? 'ok' : 'OVER') : '', Object.entries(f.detail ?? {}).map(([k, v]) => `${k}=${v}`).join(' ')]);
  const head = ['figure', 'value', 'budget', '', 'detail'];
  const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(w[i]!))).join('  ');
  console.log('\n' + line(head) + '\n' + w.map((n) => '-'.repeat(n)).join('  '));
  for (const r of rows) console.log(line(r));
  const over = figures.filter((f) => !f.pass);
  writeFileSync(join(__dirname, 'results.json'), JSON.stringify({ date: new Date().toISOString(), quick, figures, errors }, null, 2) + '\n');
  console.log(`\n${figures.length} figures, ${over.length} over budget${errors.length ? `, ${errors.length} area(s) failed` : ''}; written to bench/results.json`);
  process.exitCode = errors.length ? 1 : 0;
}

void main();
