import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parseEaf } from '../../../src/core/transcript/parseEaf';
import { parseOtr } from '../../../src/core/transcript/parseOtr';
import { parsePlainText } from '../../../src/core/transcript/parsePlainText';
import type { ParseResult } from '../../../src/core/transcript/parseResult';
import { parseSrt } from '../../../src/core/transcript/parseSrt';
import { parseVtt } from '../../../src/core/transcript/parseVtt';
import { parseWhisperJson } from '../../../src/core/transcript/parseWhisperJson';

/**
 * Fuzzing: for every parser 10,000 inputs, part random text, most of them valid fixtures with lines
 * and characters inserted, deleted and duplicated. No exception may escape, every result must be
 * well-formed. Time linear in the input is a figure in `npm run bench -- --only=parsers`.
 */
const FIX = join(__dirname, '../../fixtures/transcripts');
const fixture = (name: string): string => readFileSync(join(FIX, name), 'utf8');

const RUNS = 10_000;
const RANDOM_SHARE = 0.3;

/** Fragments that matter to one format or another, so mutations hit the interesting paths. */
const FRAGMENTS = [
  '-->', ' --> ', '<v ', '<v.loud A>', '>', '<', '&', '&amp;', '&#x1F600;', '&#0;', '&bogus;', '\r', '\n', '\r\n', '', ':', 'Naam: ',
  '00:00:01.000', '99:59:59,999', '00:01', '[00:01]', '(00:02)', 'NOTE', 'WEBVTT', 'STYLE', '1', '"', "'", '{', '}', '[', ']', ',',
  '<TIME_SLOT TIME_SLOT_ID="ts9"/>', '</TIER>', '<TIER TIER_ID="x">', 'ANNOTATION_REF="a1"', '<![CDATA[', ']]>', '<!--', '-->',
  '<span class="timestamp" data-timestamp="3">', '</span>', '<br>', '"segments":', '"start":', 'null', '-1', '1e308', '😶', 'ĳ', '\uFEFF', '\u0000',
];

type Mutation = { kind: number; at: number; frag: number; ch: string };

function mutate(text: string, muts: Mutation[]): string {
  let lines = text.split('\n');
  for (const m of muts) {
    const i = lines.length === 0 ? 0 : m.at % lines.length;
    const line = lines[i] ?? '';
    const frag = FRAGMENTS[m.frag % FRAGMENTS.length]!;
    const col = line.length === 0 ? 0 : m.at % (line.length + 1);
    switch (m.kind) {
      case 0: lines.splice(i, 0, frag); break; // insert a line
      case 1: lines.splice(i, 1); break; // delete a line
      case 2: lines.splice(i, 0, line); break; // duplicate a line
      case 3: lines[i] = line.slice(0, col) + frag + line.slice(col); break; // insert characters
      case 4: lines[i] = line.slice(0, col) + line.slice(col + 1 + (m.at % 3)); break; // delete characters
      case 5: lines[i] = line.slice(0, col) + m.ch + line.slice(col); break; // insert a random character
      default: lines = lines.concat(lines.slice(0, 1 + (m.at % 5))); // repeat the head
    }
  }
  return lines.join('\n');
}

const mutationArb = fc.record({ kind: fc.integer({ min: 0, max: 6 }), at: fc.nat(), frag: fc.nat(), ch: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) });

function checkResult(r: ParseResult): void {
  if (r.ok) {
    for (const s of r.transcript.segments) {
      assert.ok(Number.isFinite(s.start) && Number.isFinite(s.end), 'finite times');
      assert.ok(s.start >= 0 && s.end >= s.start, `0 <= start <= end (${s.start}, ${s.end})`);
      assert.equal(typeof s.text, 'string');
      assert.ok(s.speaker === null || typeof s.speaker === 'string');
    }
    for (const w of r.warnings) assert.ok(Number.isInteger(w.line) && w.line >= 1 && w.message.nl && w.message.en);
  } else {
    assert.ok(Number.isInteger(r.error.line) && r.error.line >= 1, 'error line >= 1');
    assert.ok(r.error.message.nl !== '' && r.error.message.en !== '');
  }
}

const cases: [string, (t: string) => ParseResult, string[]][] = [
  ['parseVtt', parseVtt, ['basic.vtt', 'long-hours.vtt', 'crlf-bom.vtt']],
  ['parseSrt', parseSrt, ['basic.srt', 'no-speakers.srt']],
  ['parseEaf', parseEaf, ['basic.eaf']],
  ['parseOtr', parseOtr, ['basic.otr']],
  ['parseWhisperJson', parseWhisperJson, ['whisper.json', 'whisper-array.json']],
  ['parsePlainText', parsePlainText, ['basic.txt', 'no-stamps.txt']],
];

describe('transcript parser fuzzing', function () {
  this.timeout(60_000);
  for (const [name, parse, fixtures] of cases) {
    it(`${name}: ${RUNS} random and mutated inputs, no throw, well-formed results`, () => {
      const seeds = fixtures.map(fixture);
      const randomArb = fc.string({ unit: fc.constantFrom(...'0123456789:.,-> <v&;[]()"{}\n\r\tWEBVTTNOTEabc'.split(''), ...FRAGMENTS), maxLength: 200 });
      const mutatedArb = fc.record({ seed: fc.nat({ max: seeds.length - 1 }), muts: fc.array(mutationArb, { minLength: 1, maxLength: 8 }) }).map(({ seed, muts }) => mutate(seeds[seed]!, muts));
      const input = fc.oneof({ arbitrary: randomArb, weight: Math.round(RANDOM_SHARE * 10) }, { arbitrary: mutatedArb, weight: Math.round((1 - RANDOM_SHARE) * 10) });
      let oks = 0;
      fc.assert(
        fc.property(input, (text) => {
          let r: ParseResult;
          try {
            r = parse(text);
          } catch (e) {
            assert.fail(`${name} threw ${String(e)}`);
          }
          if (r.ok) oks++;
          checkResult(r);
        }),
        { numRuns: RUNS },
      );
      // The mutated fixtures must exercise the success path too, not only errors.
      assert.ok(oks > RUNS / 50, `only ${oks} inputs parsed`);
    });
  }
});

/**
 * Invalid input must be rejected, not just survived: each property builds inputs that are invalid
 * for a reason the parser must see, and expects an error naming a line in the input.
 */
describe('transcript parser fuzzing: invalid input is rejected', () => {
  const noise = fc.string({ unit: fc.constantFrom(...'abc 0123456789:.,-<>&;[]()\n\t'.split(''), ...FRAGMENTS.filter((f) => !/WEBVTT|-->|\{|\}/.test(f))), maxLength: 300 });
  const lineCount = (t: string) => t.split(/\r\n|\r|\n/).length;
  const rejected = (r: ParseResult, text: string) => {
    assert.ok(!r.ok, `accepted: ${JSON.stringify(text.slice(0, 120))}`);
    assert.ok(r.error.line >= 1 && r.error.line <= lineCount(text), `line ${r.error.line} is in the input`);
    assert.ok(r.error.message.nl && r.error.message.en);
  };

  it('WebVTT without the WEBVTT header is rejected at line 1', () => {
    fc.assert(fc.property(noise, (t) => {
      const text = 'X' + t;
      const r = parseVtt(text);
      rejected(r, text);
      assert.equal(!r.ok && r.error.line, 1);
    }), { numRuns: 2000 });
  });

  it('WebVTT whose cues all have broken timings is rejected (it has no valid cue)', () => {
    const badTiming = fc.constantFrom('00:00:0x.000 --> 00:00:03.000', '00:00:05.000 --> 00:00:03.000', 'id --> x', '--> 00:00:01.000', '00:00:01.000 -->');
    fc.assert(fc.property(fc.array(fc.tuple(badTiming, fc.string({ unit: fc.constantFrom(...'abc xyz'.split('')), maxLength: 20 })), { minLength: 1, maxLength: 10 }), (cues) => {
      const text = 'WEBVTT\n\n' + cues.map(([timing, payload]) => `${timing}\n${payload}`).join('\n\n') + '\n';
      rejected(parseVtt(text), text);
    }), { numRuns: 1000 });
  });

  it('SRT without a single cue with times is rejected', () => {
    fc.assert(fc.property(noise.filter((t) => t.trim() !== ''), (t) => {
      const text = 'geen ondertitel ' + t;
      rejected(parseSrt(text), text);
    }), { numRuns: 2000 });
  });

  it('ELAN that is not XML is rejected', () => {
    fc.assert(fc.property(noise, (t) => {
      const text = 'geen xml ' + t.replace(/</g, '');
      rejected(parseEaf(text), text);
    }), { numRuns: 2000 });
  });

  it('Whisper JSON and oTranscribe that do not parse as JSON are rejected', () => {
    fc.assert(fc.property(noise, (t) => {
      const text = '{"segments": [' + t.replace(/[\]}]/g, '');
      rejected(parseWhisperJson(text), text);
      rejected(parseOtr(text), text);
    }), { numRuns: 2000 });
  });
});

