import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { applyEdit, EditError, type Edit } from '../../../src/core/session/edits';
import type { Segment, Session, Speaker } from '../../../src/core/session/model';
import { newSession } from '../../../src/core/session/newSession';
import {
  importTranscriptEdit,
  insertSegmentEdit,
  mergeSegmentsEdit,
  retimeEdit,
  setSpeakerEdit,
  splitSegmentEdit,
} from '../../../src/core/transcript/segmentEdits';
import { guessRole, toSessionTranscript } from '../../../src/core/transcript/toSessionTranscript';
import { PALETTE } from '../../../src/core/framework/builtinFrameworks';

const SPEAKERS: Speaker[] = [
  { id: 'sp1', name: 'Anouk', role: 'begeleider', colour: '#E69F00' },
  { id: 'sp2', name: 'Daan', role: 'student', colour: '#56B4E9' },
];

function session(): Session {
  const s = newSession(null, 'Gesprek met Daan');
  s.speakers = structuredClone(SPEAKERS);
  s.transcript = [
    { id: 'g1', start: 0, end: 4, speakerId: 'sp1', text: 'Hoe ging je stage deze week?' },
    { id: 'g2', start: 4, end: 9, speakerId: 'sp2', text: 'Ik baalde. Echt waar.' },
    { id: 'g3', start: 9, end: 12, speakerId: null, text: '(stilte)' },
  ];
  s.details = [
    {
      id: 'd1', start: 4, end: null, tags: [], authorId: null, see: 'zucht', meaning: '', deepen: '', feedback: null, question: null,
      segmentIds: ['g2'], createdAt: '2024-01-01T00:00:00Z', updatedAt: '2024-01-01T00:00:00Z',
    },
  ];
  return s;
}

/** Applies the edit, checks that its inverse restores the session exactly, and returns the result. */
function roundTrip(s: Session, e: Edit): Session {
  const before = structuredClone(s);
  const r = applyEdit(s, e);
  assert.deepEqual(s, before, 'the session is not mutated');
  const back = applyEdit(r.session, r.inverse);
  assert.deepEqual(back.session, before, 'inverse restores the session');
  assert.deepEqual(applyEdit(back.session, back.inverse).session, r.session, 'redo gives the edit back');
  return r.session;
}

describe('transcript edits', () => {
  it('split: the first part keeps the id, the second follows it', () => {
    const s = roundTrip(session(), splitSegmentEdit(session(), 'g2', 6, 10));
    assert.equal(s.transcript.length, 4);
    assert.deepEqual(s.transcript[1], { id: 'g2', start: 4, end: 6, speakerId: 'sp2', text: 'Ik baalde.' });
    const second = s.transcript[2]!;
    assert.match(second.id, /^g/);
    assert.deepEqual({ ...second, id: '' }, { id: '', start: 6, end: 9, speakerId: 'sp2', text: 'Echt waar.' });
  });
  it('split refuses a time or a position outside the segment', () => {
    assert.throws(() => splitSegmentEdit(session(), 'g2', 10, 3), EditError);
    assert.throws(() => splitSegmentEdit(session(), 'g2', 5, 99), EditError);
    assert.throws(() => splitSegmentEdit(session(), 'nope', 5, 1), EditError);
  });
  it('merge: joins text and time, moves detail links to the first', () => {
    const s = roundTrip(session(), mergeSegmentsEdit(session(), 'g1', 'g2'));
    assert.deepEqual(s.transcript[0], { id: 'g1', start: 0, end: 9, speakerId: 'sp1', text: 'Hoe ging je stage deze week? Ik baalde. Echt waar.' });
    assert.equal(s.transcript.length, 2);
    assert.deepEqual(s.details[0]!.segmentIds, ['g1']);
    assert.throws(() => mergeSegmentsEdit(session(), 'g2', 'g1'), EditError);
    assert.throws(() => mergeSegmentsEdit(session(), 'g1', 'g1'), EditError);
  });
  it('insert: lands in time order and validates times and speaker', () => {
    const s = roundTrip(session(), insertSegmentEdit(session(), { start: 5, end: 6, speakerId: 'sp1', text: 'Hm-hm.' }));
    assert.deepEqual(s.transcript.map((x) => x.start), [0, 4, 5, 9]);
    assert.throws(() => insertSegmentEdit(session(), { start: -1, end: 2 }), EditError);
    assert.throws(() => insertSegmentEdit(session(), { start: 3, end: 2 }), EditError);
    assert.throws(() => insertSegmentEdit(session(), { start: 1, end: 2, speakerId: 'spX' }), EditError);
  });
  it('setSpeaker: sets and clears, refuses unknown speakers', () => {
    let s = roundTrip(session(), setSpeakerEdit(session(), 'g3', 'sp2'));
    assert.equal(s.transcript[2]!.speakerId, 'sp2');
    s = roundTrip(s, setSpeakerEdit(s, 'g3', null));
    assert.equal(s.transcript[2]!.speakerId, null);
    assert.throws(() => setSpeakerEdit(session(), 'g3', 'spX'), EditError);
  });
  it('retime: updates in place, or moves the segment to keep time order', () => {
    let s = roundTrip(session(), retimeEdit(session(), 'g2', 4.5, 8));
    assert.deepEqual(s.transcript[1], { id: 'g2', start: 4.5, end: 8, speakerId: 'sp2', text: 'Ik baalde. Echt waar.' });
    s = roundTrip(s, retimeEdit(s, 'g1', 10, 11));
    assert.deepEqual(s.transcript.map((x) => x.id), ['g2', 'g3', 'g1']);
    assert.throws(() => retimeEdit(session(), 'g1', 3, 2), EditError);
    assert.throws(() => retimeEdit(session(), 'g1', -1, 2), EditError);
    assert.throws(() => retimeEdit(session(), 'g1', 0, Number.NaN), EditError);
  });
  it('import: replaces the transcript, keeps and reuses speakers, adds new ones, in one step', () => {
    const e = importTranscriptEdit(session(), {
      segments: [
        { start: 2, end: 3, speaker: 'daan', text: 'Ja.' },
        { start: 0, end: 2, speaker: 'Begeleider Mo', text: 'Vertel.' },
        { start: 3, end: 4, speaker: null, text: '…' },
      ],
    });
    assert.equal(e.op, 'batch');
    const s = roundTrip(session(), e);
    assert.deepEqual(s.transcript.map((x) => x.text), ['Vertel.', 'Ja.', '…']);
    assert.equal(s.transcript[1]!.speakerId, 'sp2', 'name matched case-insensitively');
    assert.equal(s.speakers.length, 3);
    assert.equal(s.speakers[2]!.name, 'Begeleider Mo');
    assert.equal(s.speakers[2]!.role, 'begeleider');
    assert.deepEqual(s.details[0]!.segmentIds, []);
  });

  it('property: every edit followed by its inverse gives back the same session', () => {
    const text = fc.string({ maxLength: 30 });
    const segArb = fc.array(fc.record({ start: fc.integer({ min: 0, max: 100 }), len: fc.integer({ min: 0, max: 60 }), sp: fc.constantFrom(null, 'sp1', 'sp2'), text }), { minLength: 2, maxLength: 12 });
    const op = fc.record({
      kind: fc.constantFrom('split', 'merge', 'insert', 'speaker', 'retime', 'import'),
      a: fc.nat(),
      b: fc.nat(),
      t: fc.double({ min: 0, max: 1, noNaN: true }),
      t2: fc.integer({ min: 0, max: 150 }),
      extra: fc.array(fc.record({ start: fc.integer({ min: 0, max: 100 }), speaker: fc.constantFrom(null, 'Anouk', 'Sanne', 'student Kim'), text }), { maxLength: 5 }),
    });
    fc.assert(
      fc.property(segArb, fc.array(op, { minLength: 1, maxLength: 6 }), (raw, ops) => {
        let s = session();
        const segs: Segment[] = raw
          .map((r, k) => ({ id: `g${k}`, start: r.start, end: r.start + r.len, speakerId: r.sp, text: r.text }))
          .sort((x, y) => x.start - y.start);
        s = { ...s, transcript: segs, details: [] };
        for (const o of ops) {
          const l = s.transcript;
          if (l.length < 2 && o.kind !== 'insert' && o.kind !== 'import') continue;
          const i = o.a % Math.max(1, l.length);
          const seg = l[i];
          let e: Edit;
          switch (o.kind) {
            case 'split':
              e = splitSegmentEdit(s, seg!.id, seg!.start + (seg!.end - seg!.start) * o.t, Math.floor(seg!.text.length * o.t));
              break;
            case 'merge': {
              if (i + 1 >= l.length) continue;
              e = mergeSegmentsEdit(s, seg!.id, l[i + 1]!.id);
              break;
            }
            case 'insert':
              e = insertSegmentEdit(s, { start: o.t2, end: o.t2 + o.b % 10, speakerId: o.b % 2 ? 'sp1' : null, text: 'nieuw' });
              break;
            case 'speaker':
              e = setSpeakerEdit(s, seg!.id, o.b % 3 === 0 ? null : o.b % 3 === 1 ? 'sp1' : 'sp2');
              break;
            case 'retime':
              e = retimeEdit(s, seg!.id, o.t2, o.t2 + (o.b % 20));
              break;
            case 'import':
              e = importTranscriptEdit(s, { segments: o.extra.map((x) => ({ start: x.start, end: x.start + 1, speaker: x.speaker, text: x.text })) });
              break;
          }
          s = roundTrip(s, e);
          // the transcript stays in time order after every edit
          for (let k = 1; k < s.transcript.length; k++) assert.ok(s.transcript[k - 1]!.start <= s.transcript[k]!.start);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('toSessionTranscript guesses roles and takes colours from the palette', () => {
    const r = toSessionTranscript({ segments: [{ start: 0, end: 1, speaker: 'Docent', text: 'a' }, { start: 1, end: 2, speaker: 'Student', text: 'b' }, { start: 2, end: 3, speaker: 'Oma', text: 'c' }] });
    assert.deepEqual(r.speakers.map((s) => s.role), ['begeleider', 'student', 'anders']);
    assert.ok(r.speakers.every((s) => PALETTE.includes(s.colour)));
    assert.ok(r.speakers.every((s) => /^sp/.test(s.id)) && r.segments.every((s) => /^g/.test(s.id)));
    assert.equal(new Set(r.speakers.map((s) => s.colour)).size, 3);
    assert.equal(guessRole('Loopbaanbegeleider Sanne'), 'begeleider');
  });
});
