import assert from 'node:assert/strict';
import { applyEdit } from '../../../src/core/session/edits';
import { applyCheckedEdit } from '../../../src/core/session/validateEdit';
import { afterRecognition } from '../../../src/core/speech/afterRecognition';
import { megabytes, speechProgressText } from '../../../src/core/speech/speechProgress';
import { emptyRowsEdit, transcriptImportEdit, voiceSample, type RecognisedSegment } from '../../../src/core/speech/transcriptImport';
import { sampleSession } from '../session/sessionFixtures';

const recognised: RecognisedSegment[] = [
  { start: 0.5, end: 2.25, speaker: 0, text: ' Hoe ging je stage? ', words: [{ start: 0.5, end: 0.8, text: 'Hoe' }, { start: 0.8, end: 1.1, text: 'ging' }] },
  { start: 3.000000001, end: 6, speaker: 1, text: 'Ik baalde ervan.' },
  { start: 6.5, end: 7, speaker: 0, text: 'Vertel.' },
];

function ids() {
  let n = 0;
  return (p: string) => `${p}${++n}`;
}

describe('transcript import from speech recognition', () => {
  it('replace: one batch of two replaces; the new rows carry new speakers, word times and rounded times', () => {
    const s = sampleSession();
    const r = transcriptImportEdit(s, recognised, { mode: 'replace', lang: 'nl', newId: ids() });
    assert.equal(r.edit.op, 'batch');
    assert.deepEqual(r.edit.op === 'batch' && r.edit.edits.map((e) => [e.op, 'coll' in e ? e.coll : '']), [['replace', 'speakers'], ['replace', 'transcript']]);
    const after = applyCheckedEdit(s, r.edit).session;
    assert.deepEqual(after.transcript.map((x) => x.text), ['Hoe ging je stage?', 'Ik baalde ervan.', 'Vertel.']);
    assert.equal(after.transcript[1]!.start, 3);
    assert.deepEqual(after.transcript[0]!.words?.map((w) => w.text), ['Hoe', 'ging']);
    assert.equal(after.transcript[1]!.words, undefined);
    assert.deepEqual(r.speakers.map((x) => x.name), ['Spreker 1', 'Spreker 2']);
    // The old speakers stay (questions may point at them), the two new ones come after.
    assert.deepEqual(after.speakers.slice(0, s.speakers.length), s.speakers);
    assert.equal(after.speakers.length, s.speakers.length + 2);
    assert.equal(after.transcript[0]!.speakerId, after.transcript[2]!.speakerId);
    assert.notEqual(after.transcript[0]!.speakerId, after.transcript[1]!.speakerId);
    // New colours differ from the ones in use.
    const colours = after.speakers.map((x) => x.colour.toLowerCase());
    assert.equal(new Set(colours).size, colours.length);
  });

  it('its inverse (one undo) restores the old transcript and speakers exactly', () => {
    const s = sampleSession();
    for (const mode of ['replace', 'keepBoth'] as const) {
      const { edit } = transcriptImportEdit(s, recognised, { mode, lang: 'nl' });
      const { session: after, inverse } = applyEdit(s, edit);
      assert.notDeepEqual(after.transcript, s.transcript);
      assert.deepEqual(applyEdit(after, inverse).session, s);
    }
  });

  it('keep both: the old rows stay, the new ones come under "(automatisch)" speakers, all in time order', () => {
    const s = sampleSession();
    const r = transcriptImportEdit(s, recognised, { mode: 'keepBoth', lang: 'nl' });
    const after = applyCheckedEdit(s, r.edit).session;
    assert.equal(after.transcript.length, s.transcript.length + 3);
    for (const old of s.transcript) assert.deepEqual(after.transcript.find((x) => x.id === old.id), old);
    assert.deepEqual(r.speakers.map((x) => x.name), ['Spreker 1 (automatisch)', 'Spreker 2 (automatisch)']);
    const starts = after.transcript.map((x) => x.start);
    assert.deepEqual(starts, [...starts].sort((a, b) => a - b));
  });

  it('replace again reuses "Spreker 1" with the name and role the coach gave it', () => {
    const s = sampleSession();
    const first = applyEdit(s, transcriptImportEdit(s, recognised, { mode: 'replace', lang: 'nl' }).edit).session;
    const sp1 = first.speakers.find((x) => x.name === 'Spreker 1')!;
    const named = applyEdit(first, { op: 'update', coll: 'speakers', id: sp1.id, patch: { role: 'begeleider' } }).session;
    const again = transcriptImportEdit(named, recognised, { mode: 'replace', lang: 'nl' });
    const after = applyEdit(named, again.edit).session;
    assert.equal(after.speakers.length, named.speakers.length);
    assert.equal(after.transcript[0]!.speakerId, sp1.id);
  });

  it('English names in English', () => {
    const r = transcriptImportEdit(sampleSession(), recognised, { mode: 'keepBoth', lang: 'en' });
    assert.equal(r.speakers[0]!.name, 'Speaker 1 (automatic)');
  });

  it('a text edit drops the word times, and undo brings them back', () => {
    const s = sampleSession();
    const after = applyEdit(s, transcriptImportEdit(s, recognised, { mode: 'replace', lang: 'nl' }).edit).session;
    const seg = after.transcript[0]!;
    const edited = applyCheckedEdit(after, { op: 'update', coll: 'transcript', id: seg.id, patch: { text: 'Hoe ging het?' } });
    const now = edited.session.transcript[0]!;
    assert.equal(now.text, 'Hoe ging het?');
    assert.equal('words' in now, false);
    assert.deepEqual(applyEdit(edited.session, edited.inverse).session, after);
    // A change of times only keeps them.
    const retimed = applyEdit(after, { op: 'update', coll: 'transcript', id: seg.id, patch: { end: 2.5 } }).session;
    assert.equal(retimed.transcript[0]!.words?.length, 2);
  });

  it('speech regions become empty rows in one edit, beside the rows already there', () => {
    const s = sampleSession();
    const edit = emptyRowsEdit(s, [{ start: 1, end: 2 }, { start: 50, end: 52.5 }], 'nl');
    const { session: after, inverse } = applyCheckedEdit(s, edit);
    assert.equal(after.transcript.length, s.transcript.length + 2);
    assert.equal(after.transcript.filter((x) => x.text === '' && x.speakerId === null).length >= 2, true);
    assert.deepEqual(applyEdit(after, inverse).session, s);
  });

  it('the voice sample is two seconds of the first turn that is long enough', () => {
    const t = [
      { id: 'a', start: 0, end: 0.5, speakerId: 'x', text: 'ja' },
      { id: 'b', start: 1, end: 9, speakerId: 'x', text: 'lang verhaal' },
      { id: 'c', start: 10, end: 11, speakerId: 'y', text: 'hm' },
    ];
    assert.deepEqual(voiceSample(t, 'x'), { start: 1, end: 3 });
    assert.deepEqual(voiceSample(t, 'y'), { start: 10, end: 11 });
    assert.equal(voiceSample(t, 'z'), null);
  });
});

describe('speech progress text', () => {
  it('shows share done and time left in Dutch and English', () => {
    assert.equal(speechProgressText(0.374, 45, 'nl'), '37% · nog 45 s');
    assert.equal(speechProgressText(0.5, 600, 'nl'), '50% · nog ongeveer 10 min');
    assert.equal(speechProgressText(0.5, 600, 'en'), '50% · about 10 min left');
    assert.equal(speechProgressText(0, null, 'nl'), '0% · resterende tijd nog onbekend');
    assert.equal(megabytes(12_500_000, 'nl'), '12,5');
    assert.equal(megabytes(670_000_000, 'en'), '670');
  });
});

describe('after recognition stops', () => {
  const seg = { start: 0, end: 1, speaker: 0, text: 'x' };
  it('imports a complete result with segments', () => {
    assert.deepEqual(afterRecognition({ segments: [seg], complete: true, problem: null }), { kind: 'import' });
  });
  it('asks keep-or-discard after a cancel or a crash with a part done, never drops it', () => {
    const cancelled = afterRecognition({ segments: [seg, seg], complete: false, problem: null });
    assert.equal(cancelled.kind, 'askPartial');
    assert.equal(cancelled.kind === 'askPartial' && cancelled.count, 2);
    assert.match(cancelled.kind === 'askPartial' ? cancelled.why.nl : '', /geannuleerd/);
    const crashed = afterRecognition({ segments: [seg], complete: false, problem: { nl: 'vastgelopen', en: 'crashed' } });
    assert.deepEqual(crashed, { kind: 'askPartial', count: 1, why: { nl: 'vastgelopen', en: 'crashed' } });
  });
  it('says why when there is nothing to keep', () => {
    const none = afterRecognition({ segments: [], complete: false, problem: { nl: 'model kapot', en: 'model broken' } });
    assert.equal(none.kind === 'nothing' && none.message.nl, 'Geen transcript: model kapot');
    const silent = afterRecognition({ segments: [], complete: true, problem: null });
    assert.match(silent.kind === 'nothing' ? silent.message.nl : '', /geen spraak/);
  });
});
