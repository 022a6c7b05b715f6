import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parseSessionText, MAX_SESSION_BYTES } from '../../../src/core/session/sessionFile';
import { sampleSession } from './sessionFixtures';

const demoText = readFileSync(join(__dirname, '../../../media/demo/demo.mp4.kleinkijken.json'), 'utf8');

/** Valid session text with random damage: deleted, duplicated or replaced characters and lines. */
const mutated = fc
  .array(
    fc.record({ kind: fc.constantFrom('delete', 'insert', 'duplicateLine', 'dropLine'), at: fc.nat(), text: fc.string({ maxLength: 8 }) }),
    { minLength: 1, maxLength: 6 },
  )
  .map((ops) => {
    let t = demoText;
    for (const op of ops) {
      const i = op.at % Math.max(1, t.length);
      if (op.kind === 'delete') t = t.slice(0, i) + t.slice(i + 1 + (op.at % 5));
      else if (op.kind === 'insert') t = t.slice(0, i) + op.text + t.slice(i);
      else {
        const lines = t.split('\n');
        const k = op.at % lines.length;
        if (op.kind === 'duplicateLine') lines.splice(k, 0, lines[k]!);
        else lines.splice(k, 1);
        t = lines.join('\n');
      }
    }
    return t;
  });

describe('hostile and huge session files', function () {
  this.timeout(120000);

  it('never throws and never hangs on 10,000 random and mutated inputs', () => {
    fc.assert(
      fc.property(fc.oneof(mutated, fc.string({ maxLength: 300 }), fc.json()), (text) => {
        const r = parseSessionText(text);
        if (!r.ok) {
          assert.ok(r.problem.message.nl.length > 10 && r.problem.message.en.length > 10);
          if (r.problem.kind === 'json') assert.ok(r.problem.line === undefined || r.problem.line >= 1);
        }
      }),
      { numRuns: 10000 },
    );
  });

  // How fast the refusal is: bench figure session.refuse200k (no timing bounds in unit tests).
  it('refuses 200,000 segments with a clear message naming the transcript', () => {
    const s = sampleSession() as unknown as { transcript: unknown[] };
    s.transcript = Array.from({ length: 200_000 }, (_, i) => ({ id: `g${i}`, start: i, end: i + 0.5, speakerId: null, text: 'ja' }));
    const r = parseSessionText(JSON.stringify(s));
    assert.ok(!r.ok);
    assert.match(r.problem.reasons.join('\n'), /transcript/);
  });

  it('refuses a 50 MB file at once, before parsing', () => {
    // 'x' is not JSON: a too-large verdict shows the size was checked before any parsing.
    const r = parseSessionText('x', 50 * 1024 * 1024);
    assert.ok(!r.ok && r.problem.kind === 'too-large' && MAX_SESSION_BYTES < 50 * 1024 * 1024);
    assert.match(r.problem.message.nl, /50 MB/);
  });

  it('keeps script-like text as plain data (rendering and exports escape it)', () => {
    const s = sampleSession();
    s.details[0]!.see = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    s.title = '"><svg onload=alert(3)>';
    const r = parseSessionText(JSON.stringify(s));
    assert.ok(r.ok);
    assert.equal(r.session.details[0]!.see, s.details[0]!.see);
  });

  it('refuses a recording path that is not a plain string, and odd control of ids', () => {
    const s = sampleSession() as unknown as { recording: { path: unknown } };
    s.recording.path = { toString: 'x' };
    assert.equal(parseSessionText(JSON.stringify(s)).ok, false);
  });
});
