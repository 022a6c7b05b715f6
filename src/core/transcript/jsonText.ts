import { fail, type ParseResult } from './parseResult';

/** JSON.parse with the error turned into a line and column (V8 names a position). */
export function parseJsonText(text: string): { value: unknown } | { error: ParseResult } {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (e) {
    const m = String((e as Error)?.message ?? e);
    let line = 1;
    let column: number | undefined;
    const lc = /line (\d+) column (\d+)/.exec(m);
    const p = /position (\d+)/.exec(m);
    if (lc) {
      line = Number(lc[1]);
      column = Number(lc[2]);
    } else if (p) {
      const pos = Math.min(Number(p[1]), text.length);
      line = 1;
      let lastNl = -1;
      for (let i = 0; i < pos; i++) {
        if (text.charCodeAt(i) === 10) {
          line++;
          lastNl = i;
        }
      }
      column = pos - lastNl;
    }
    return { error: fail(line, `Geen geldige JSON: ${m.slice(0, 120)}`, `Not valid JSON: ${m.slice(0, 120)}`, column) };
  }
}
