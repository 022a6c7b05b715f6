import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fixture from '../../fixtures/analysis/session-small.json';
import { runCli } from '../../../src/cli/main';
import { analyzeSession } from '../../../src/core/analysis/conversationMirror';
import { correctionEdit } from '../../../src/core/analysis/spiegelCorrections';
import { mirrorToMarkdown } from '../../../src/core/analysis/mirrorToMarkdown';
import { applyEdit } from '../../../src/core/session/edits';
import { mergeAsEdit, mergeSessions } from '../../../src/core/session/merge';
import type { Session } from '../../../src/core/session/model';
import { parseSessionText, serializeSession } from '../../../src/core/session/sessionFile';
import { applyCheckedEdit } from '../../../src/core/session/validateEdit';
import { sampleSession } from '../session/sessionFixtures';

/** The sample session with the small analysis transcript, so the mirror finds questions. */
function session(): Session {
  const f = fixture as unknown as Pick<Session, 'transcript' | 'speakers'>;
  return { ...sampleSession(), transcript: f.transcript, speakers: f.speakers };
}

describe('Gespreksspiegel corrections by the trio', () => {
  const key = analyzeSession(session()).questions.find((q) => q.segmentId === 'g5')!.key; // "Dat was best spannend, toch?"

  it('a correction is one undoable edit, stored in the session and checked by the schema', () => {
    const s0 = session();
    const { session: s1, inverse } = applyCheckedEdit(s0, { op: 'spiegel', key, correction: { function: 'emotie', form: 'doorvraag' } });
    assert.deepEqual(s1.spiegelCorrections, [{ key, function: 'emotie', form: 'doorvraag' }]);
    const { session: s2 } = applyEdit(s1, inverse);
    assert.equal(s2.spiegelCorrections, undefined, 'undo leaves no trace in the file');
    assert.throws(() => applyCheckedEdit(s0, { op: 'spiegel', key, correction: { function: 'oordeel' as never } }), /spiegelCorrections/);
    // Changing it again keeps one entry per question; removing it restores the rules' reading.
    const { session: s3, inverse: back } = applyEdit(s1, { op: 'spiegel', key, correction: { function: 'precies' } });
    assert.deepEqual(s3.spiegelCorrections, [{ key, function: 'precies' }]);
    assert.deepEqual(applyEdit(s3, back).session.spiegelCorrections, [{ key, function: 'emotie', form: 'doorvraag' }]);
  });

  it('the spiegel uses the correction and shows the rules\' reading was corrected; the Markdown says so', () => {
    const s = applyEdit(session(), { op: 'spiegel', key, correction: { form: 'doorvraag', function: 'precies' } }).session;
    const r = analyzeSession(s, { corrections: s.spiegelCorrections });
    const q = r.questions.find((x) => x.key === key)!;
    assert.deepEqual([q.class, q.function, q.corrected], ['doorvraag', 'precies', { form: 'doorvraag', function: 'precies' }]);
    assert.equal(r.classCounts.bevestiging, 0);
    assert.equal(r.classCounts.doorvraag, 1);
    assert.match(mirrorToMarkdown(r, 'nl'), /doorvraag \(echo, kort\) \(gecorrigeerd door het drietal\)/);
  });

  it('the trio\'s choice is built in the core: only what differs from the rules, none when it matches, unknown values ignored', () => {
    const q = analyzeSession(session()).questions.find((x) => x.key === key)!;
    const found = { form: q.class, function: q.function };
    const other = q.function === 'emotie' ? 'precies' : 'emotie';
    const edit = correctionEdit(key, found, q.class, other);
    assert.deepEqual(edit, { op: 'spiegel', key, correction: { function: other } });
    assert.deepEqual(applyCheckedEdit(session(), edit).session.spiegelCorrections, [{ key, function: other }]);
    assert.deepEqual(correctionEdit(key, found, q.class, q.function), { op: 'spiegel', key, correction: null });
    assert.deepEqual(correctionEdit(key, found, 'retorisch', 'oordeel'), { op: 'spiegel', key, correction: null });
    assert.throws(() => applyCheckedEdit(session(), correctionEdit('geen sleutel', found, q.class, other)), /spiegelCorrections/);
  });

  it('survives save and reload, and a file without the field (older) stays valid', () => {
    const s = applyEdit(session(), { op: 'spiegel', key, correction: { function: 'emotie' } }).session;
    const back = parseSessionText(serializeSession(s));
    assert.ok(back.ok, JSON.stringify(back));
    assert.deepEqual(back.ok && back.session.spiegelCorrections, [{ key, function: 'emotie' }]);
    const old = parseSessionText(serializeSession(session()));
    assert.ok(old.ok && old.session.spiegelCorrections === undefined);
  });

  it('merging a colleague\'s copy keeps their corrections, as one edit', () => {
    const mine = session();
    const theirs = applyEdit(session(), { op: 'spiegel', key, correction: { function: 'emotie' } }).session;
    const merged = mergeSessions(null, mine, theirs).session;
    assert.deepEqual(merged.spiegelCorrections, [{ key, function: 'emotie' }]);
    assert.deepEqual(applyEdit(mine, mergeAsEdit(mine, merged)).session.spiegelCorrections, merged.spiegelCorrections);
  });

  it('klein-kijken analyze exports each question with its function and the corrections', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kk-corr-'));
    try {
      const s = applyEdit(session(), { op: 'spiegel', key, correction: { function: 'precies' } }).session;
      const f = join(dir, 's.kleinkijken.json');
      writeFileSync(f, serializeSession(s));
      const out: string[] = [];
      const io = { out: (t: string) => out.push(t), err: () => undefined, cwd: dir, env: {}, };
      assert.equal(await runCli(['analyze', f, '--format', 'json'], io), 0);
      const r = JSON.parse(out.join(''));
      const ids = ['ervaring', 'precies', 'emotie', 'eerder', 'elders', 'vergelijken', 'juiste-woord', 'toekomst', 'anders'];
      assert.ok(r.questions.length > 0 && r.questions.every((q: { function: string }) => ids.includes(q.function)));
      const q = r.questions.find((x: { key: string }) => x.key === key);
      assert.deepEqual([q.function, q.corrected], ['precies', { function: 'precies' }]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
