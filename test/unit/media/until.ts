import * as assert from 'node:assert/strict';

/** Polls `get` every 10 ms until it returns something, for 30 s at most (then the test fails naming `what`). */
export async function until<T>(what: string, get: () => T | null | undefined | false): Promise<T> {
  for (let i = 0; i < 3000; i++) {
    const v = get();
    if (v) return v;
    await new Promise((r) => setTimeout(r, 10));
  }
  assert.fail(`never: ${what}`);
}
