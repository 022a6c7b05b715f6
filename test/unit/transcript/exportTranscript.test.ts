import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import type { Segment, Speaker } from '../../../src/core/session/model';
import { toPlainText, toSrt, toWebVtt } from '../../../src/core/transcript/exportTranscript';
import { parsePlainText } from '../../../src/core/transcript/parsePlainText';
import { parseSrt } from '../../../src/core/transcript/parseSrt';
import { parseVtt } from '../../../src/core/transcript/parseVtt';
import { toSessionTranscript } from '../../../src/core/transcript/toSessionTranscript';

const FIX = join(__dirname, '../../fixtures/transcripts');

const speakers: Speaker[] = [
  { id: 'sp1', name: 'Anouk <coach> & co', role: 'begeleider', colour: '#E69F00' },
  { id: 'sp2', name: 'Daan', role: 'student', colour: '#56B4E9' },
];
const transcript: Segment[] = [
  { id: 'g1', start: 1.5, end: 4.25, speakerId: 'sp1', text: 'Wat gebeurde er --> precies? <b>echt</b> & zo' },
  { id: 'g2', start: 3725.001, end: 3730, speakerId: 'sp2', text: 'Ik baalde…\nheel erg 😶' },
  { id: 'g3', start: 3731, end: 3732, speakerId: null, text: '„stilte”' },
];

describe('transcript exports', () => {
  it('WebVTT: escapes text and voice names, writes voices and exact times', () => {
    const vtt = toWebVtt({ speakers, transcript });
    assert.ok(vtt.startsWith('WEBVTT\n\n'));
    assert.ok(vtt.includes('00:00:01.500 --> 00:00:04.250\n<v Anouk &lt;coach&gt; &amp; co>Wat gebeurde er --&gt; precies? &lt;b&gt;echt&lt;/b&gt; &amp; zo\n'));
    assert.ok(vtt.includes('01:02:05.001 --> 01:02:10.000\n<v Daan>Ik baalde…\nheel erg 😶\n'));
    const payloads = vtt.split('\n').filter((l) => !/^\d\d:\d\d:\d\d\.\d{3} --> /.test(l));
    assert.ok(payloads.every((l) => !l.includes('-->')), 'no arrow in a payload');
  });

  it('WebVTT round trip keeps times (ms), speakers and text', () => {
    const r = parseVtt(toWebVtt({ speakers, transcript }));
    assert.ok(r.ok);
    assert.deepEqual(
      r.transcript.segments,
      transcript.map((s) => ({ start: s.start, end: s.end, speaker: speakers.find((p) => p.id === s.speakerId)?.name ?? null, text: s.text })),
    );
  });

  it('WebVTT round trip of the fixture: file → model → file → model is stable', () => {
    const first = parseVtt(readFileSync(join(FIX, 'basic.vtt'), 'utf8'));
    assert.ok(first.ok);
    const model = toSessionTranscript(first.transcript);
    const again = parseVtt(toWebVtt({ speakers: model.speakers, transcript: model.segments }));
    assert.ok(again.ok);
    assert.deepEqual(again.transcript.segments, first.transcript.segments);
  });

  it('property: any text and names survive VTT export and import', () => {
    // Text as the model holds it after import: trimmed, no empty lines.
    const line = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }).map((s) => s.replace(/[\r\n]/g, ' ').trim()).filter((s) => s !== '');
    const text = fc.array(line, { minLength: 0, maxLength: 3 }).map((ls) => ls.join('\n'));
    const name = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 15 }).map((s) => s.replace(/\s+/g, ' ').trim()).filter((s) => s !== '');
    fc.assert(
      fc.property(fc.array(fc.record({ ms: fc.integer({ min: 0, max: 400 * 3600 * 1000 }), len: fc.integer({ min: 0, max: 100000 }), text, name: fc.option(name) }), { maxLength: 8 }), (rows) => {
        const sp: Speaker[] = [];
        const segs: Segment[] = rows.map((r, k) => {
          let speakerId: string | null = null;
          if (r.name !== null) {
            speakerId = `sp${k}`;
            sp.push({ id: speakerId, name: r.name, role: 'anders', colour: '#999999' });
          }
          return { id: `g${k}`, start: r.ms / 1000, end: (r.ms + r.len) / 1000, speakerId, text: r.text };
        });
        const back = parseVtt(toWebVtt({ speakers: sp, transcript: segs }));
        assert.ok(back.ok);
        assert.deepEqual(back.warnings, []);
        assert.deepEqual(
          back.transcript.segments,
          rows.map((r) => ({ start: r.ms / 1000, end: (r.ms + r.len) / 1000, speaker: r.name, text: r.text })),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('SRT: numbered cues with comma times and Naam: prefixes that read back', () => {
    const srt = toSrt({ speakers, transcript });
    assert.ok(srt.startsWith('1\n00:00:01,500 --> 00:00:04,250\nAnouk <coach> & co: Wat gebeurde er -> precies?'));
    assert.ok(srt.includes('\n2\n01:02:05,001 --> 01:02:10,000\nDaan: Ik baalde…\nheel erg 😶\n'));
    const two: Speaker[] = [{ ...speakers[0]!, name: 'Anouk' }, speakers[1]!];
    const r = parseSrt(toSrt({ speakers: two, transcript }));
    assert.ok(r.ok);
    assert.deepEqual(
      r.transcript.segments.map((s) => [s.start, s.end, s.speaker, s.text]),
      [
        [1.5, 4.25, 'Anouk', 'Wat gebeurde er -> precies? echt & zo'],
        [3725.001, 3730, 'Daan', 'Ik baalde…\nheel erg 😶'],
        [3731, 3732, null, '„stilte”'],
      ],
    );
  });

  it('plain text: [mm:ss] Naam: text, hours when needed, reads back', () => {
    const txt = toPlainText({ speakers: [speakers[1]!, { id: 'sp3', name: 'Anouk', role: 'begeleider', colour: '#000' }], transcript: [
      { id: 'a', start: 65.9, end: 70, speakerId: 'sp3', text: 'Wat gebeurde er?' },
      { id: 'b', start: 70, end: 80, speakerId: 'sp2', text: 'Ik weet het niet.\nEcht niet.' },
      { id: 'c', start: 3725, end: 3730, speakerId: 'sp3', text: 'Oké.' },
      { id: 'd', start: 3730, end: 3731, speakerId: 'sp2', text: 'Ja.' },
    ] });
    assert.equal(txt, '[01:05] Anouk: Wat gebeurde er?\n[01:10] Daan: Ik weet het niet. Echt niet.\n[1:02:05] Anouk: Oké.\n[1:02:10] Daan: Ja.\n');
    const r = parsePlainText(txt);
    assert.ok(r.ok);
    assert.deepEqual(r.transcript.segments.map((s) => [s.start, s.speaker]), [[65, 'Anouk'], [70, 'Daan'], [3725, 'Anouk'], [3730, 'Daan']]);
  });

  it('a speaker name cannot forge a cue or a line: line breaks, control characters and arrows are neutralised', () => {
    const hostile: Speaker[] = [
      { id: 'sp1', name: 'Anouk\n\n00:00:09.000 --> 00:00:10.000\nvals', role: 'begeleider', colour: '#E69F00' },
      { id: '__proto__', name: 'Daan\r\n99\u2028\u0000-->', role: 'student', colour: '#56B4E9' },
    ];
    const segs: Segment[] = [
      { id: 'g1', start: 1, end: 2, speakerId: 'sp1', text: 'een' },
      { id: 'g2', start: 3, end: 4, speakerId: '__proto__', text: '' },
      { id: 'g3', start: 5, end: 6, speakerId: '__proto__', text: 'drie' },
    ];
    const src = { speakers: hostile, transcript: segs };
    const vtt = parseVtt(toWebVtt(src));
    assert.ok(vtt.ok);
    assert.equal(vtt.transcript.segments.length, 3, 'exactly the three cues');
    const srt = parseSrt(toSrt(src));
    assert.ok(srt.ok);
    assert.equal(srt.transcript.segments.length, 3);
    assert.deepEqual(srt.transcript.segments.map((x) => x.start), [1, 3, 5]);
    const txt = toPlainText(src);
    assert.equal(txt.trimEnd().split('\n').length, 3, 'one line per segment');
    assert.ok(!/-->/.test(txt));
    assert.match(txt, /\] Daan 99 ->: drie/);
  });
});
