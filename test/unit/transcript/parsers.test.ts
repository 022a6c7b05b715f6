import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectFormat, parseTranscript } from '../../../src/core/transcript/detectFormat';
import { parseEaf, parseEafTiers, eafTranscript, transcriptTierCandidates } from '../../../src/core/transcript/parseEaf';
import { parseOtr } from '../../../src/core/transcript/parseOtr';
import { parsePlainText } from '../../../src/core/transcript/parsePlainText';
import { MAX_INPUT_CHARS, MAX_SEGMENTS, type ParseResult, type ParsedSegment } from '../../../src/core/transcript/parseResult';
import { parseSrt } from '../../../src/core/transcript/parseSrt';
import { parseVtt } from '../../../src/core/transcript/parseVtt';
import { parseWhisperJson } from '../../../src/core/transcript/parseWhisperJson';
import { backtrackingInputs } from './hostileInputs';

const FIX = join(__dirname, '../../fixtures/transcripts');
const fixture = (name: string): string => readFileSync(join(FIX, name), 'utf8');

function segs(r: ParseResult): ParsedSegment[] {
  if (!r.ok) assert.fail(`expected ok, got error at line ${r.error.line}: ${r.error.message.en}`);
  return r.transcript.segments;
}
function err(r: ParseResult): { line: number; column?: number; en: string; nl: string } {
  if (r.ok) assert.fail('expected an error');
  return { line: r.error.line, column: r.error.column, en: r.error.message.en, nl: r.error.message.nl };
}

describe('transcript parsers', () => {
  describe('WebVTT', () => {
    it('reads voices, strips tags, decodes entities and skips NOTE/STYLE/REGION', () => {
      const r = parseVtt(fixture('basic.vtt'));
      assert.ok(r.ok);
      assert.deepEqual(r.warnings, []);
      const s = segs(r);
      assert.equal(s.length, 7);
      assert.deepEqual(s[0], { start: 1, end: 4.25, speaker: 'Anouk', text: 'Fijn dat je er bent, Daan. Wil je iets vertellen over je stage?' });
      // <v.loud Daan>, omitted hours, <i> stripped, ellipsis kept
      assert.deepEqual(s[1], { start: 4.25, end: 9.8, speaker: 'Daan', text: 'Ja… ik moest eerlijk zijn: ik baalde best wel.' });
      assert.equal(s[3]!.text, 'Mijn begeleider zei: „Dat is niet goed genoeg” & ik wist niet wat ik moest zeggen 😶');
      assert.equal(s[4]!.text, 'Hoe voelde dat, toen hij dat zei?\nNeem je tijd.');
      assert.equal(s[5]!.text, 'Machteloos. Ik dacht: ‘ik kan dit niet’ <zucht>\u00a0…');
    });
    it('gives the same result for CRLF + BOM and for CR-only line ends', () => {
      const base = segs(parseVtt(fixture('basic.vtt')));
      assert.deepEqual(segs(parseVtt(fixture('crlf-bom.vtt'))), base);
      assert.deepEqual(segs(parseVtt(fixture('cr-only.vtt'))), base);
    });
    it('reads hours above 99 and minutes without hours', () => {
      const s = segs(parseVtt(fixture('long-hours.vtt')));
      assert.equal(s[0]!.start, 123 * 3600);
      assert.equal(s[0]!.end, 123 * 3600 + 2.5);
      assert.equal(s[1]!.start, 310);
      assert.equal(s[1]!.end, 4500);
      assert.equal(s[1]!.speaker, null);
    });
    it('fails at line 1 without the WEBVTT header', () => {
      const e = err(parseVtt(fixture('missing-header.vtt')));
      assert.equal(e.line, 1);
      assert.match(e.en, /WEBVTT/);
      assert.match(e.nl, /WEBVTT/);
    });
    it('keeps the valid cues of a file with a cue that ends before it starts, and names the skipped line', () => {
      const r = parseVtt(fixture('end-before-start.vtt'));
      assert.ok(r.ok);
      assert.deepEqual(r.transcript.segments.map((x) => x.text), ['Hallo.']);
      assert.equal(r.warnings.length, 1);
      assert.equal(r.warnings[0]!.line, 6);
      assert.match(r.warnings[0]!.message.nl, /1 cue\(s\) overgeslagen.*regel 6/);
    });
    it('keeps the valid cues of a file with a broken time', () => {
      const r = parseVtt(fixture('bad-time.vtt'));
      assert.ok(r.ok);
      assert.equal(r.transcript.segments.length, 1);
      assert.equal(r.warnings[0]!.line, 6);
    });
    it('a file without one valid cue is an error naming the line and column', () => {
      const e = err(parseVtt('WEBVTT\n\n00:00:0x.000 --> 00:00:03.000\nKapot.\n\n00:00:05.000 --> 00:00:03.000\nOok kapot.\n'));
      assert.equal(e.line, 3);
      assert.equal(e.column, 1);
      const e2 = err(parseVtt('WEBVTT\n\n00:00:05.000 --> 00:00:03.000\nDit kan niet.\n'));
      assert.equal(e2.line, 3);
      assert.match(e2.en, /ends before it starts/);
    });
    it('as browsers do (web-platform-tests file-parsing): skips a cue id holding -->, turns NUL into U+FFFD, lists every skipped line once', () => {
      const text = [
        'WEBVTT',
        '',
        'id --> met pijl',
        '00:00:01.000 --> 00:00:02.000',
        'overgeslagen: de id-regel is de tijdregel',
        '',
        '00:00:03.000 --> 00:00:04.000',
        'een\u0000twee',
        '',
        '00:00:05.000 --> 00:00:0x.000',
        'slechte eindtijd',
        '',
        '00:00:06.000 --> 00:00:07.000',
        'drie',
        '',
      ].join('\n');
      const r = parseVtt(text);
      assert.ok(r.ok);
      assert.deepEqual(r.transcript.segments.map((x) => [x.start, x.text]), [[3, 'een\ufffdtwee'], [6, 'drie']]);
      assert.equal(r.warnings.length, 1, 'one warning for all skipped cues');
      assert.match(r.warnings[0]!.message.en, /Skipped 2 cue\(s\).*line 3, 10/);
    });
    it('warns about a block without times and a cue with two voices', () => {
      const r = parseVtt('WEBVTT\n\nzomaar tekst\n\n00:01.000 --> 00:02.000\n<v Anouk>Ja?\n<v Daan>Nee.\n');
      assert.ok(r.ok);
      assert.equal(r.transcript.segments.length, 1);
      assert.equal(r.transcript.segments[0]!.speaker, 'Anouk');
      assert.equal(r.warnings.length, 2);
      assert.equal(r.warnings[0]!.line, 3);
    });
    it('decodes an escaped voice name', () => {
      const s = segs(parseVtt('WEBVTT\n\n00:01.000 --> 00:02.000\n<v Jan &amp; Piet>Hoi\n'));
      assert.equal(s[0]!.speaker, 'Jan & Piet');
    });
  });

  describe('SRT', () => {
    it('handles BOM, CRLF, comma or dot, wrong numbering, trailing spaces and blank lines inside a cue', () => {
      const r = parseSrt(fixture('basic.srt'));
      assert.ok(r.ok);
      const s = r.transcript.segments;
      assert.equal(s.length, 6);
      assert.deepEqual(s[1], { start: 4.25, end: 9.8, speaker: 'Daan', text: 'Ja… eerlijk gezegd baalde ik.' });
      assert.equal(s[2]!.start, 9.8);
      assert.equal(s[3]!.text, 'Mijn begeleider zei: „Dat is niet goed genoeg”.\nIk wist niet wat ik moest zeggen 😶');
      assert.deepEqual(s[4], { start: 21.5, end: 26, speaker: 'Anouk', text: 'Hoe voelde dat?' });
      // "Ik dacht:" occurs once while real names recur: not a speaker
      assert.deepEqual(s[5], { start: 26, end: 31, speaker: null, text: 'Ik dacht: ‘ik kan dit niet’…' });
      assert.ok(r.warnings.length >= 1, 'the numbering is reported');
    });
    it('takes no speakers when prefixes are not the convention', () => {
      const s = segs(parseSrt(fixture('no-speakers.srt')));
      assert.ok(s.every((x) => x.speaker === null));
      assert.equal(s[0]!.text, 'Let op: dit is geen spreker.');
    });
    it('names the line of a cue that ends before it starts', () => {
      assert.equal(err(parseSrt(fixture('end-before-start.srt'))).line, 6);
    });
  });

  describe('ELAN', () => {
    it('reads tiers, participants, interpolates unaligned slots and follows REF annotations', () => {
      const r = parseEaf(fixture('basic.eaf'));
      assert.ok(r.ok);
      const s = r.transcript.segments;
      assert.equal(s.length, 5);
      assert.deepEqual(s[0], { start: 1, end: 4.25, speaker: 'Anouk', text: 'Fijn dat je er bent, Daan. Vertel eens over je stage?' });
      assert.deepEqual(s[1], { start: 1, end: 4.25, speaker: 'Anouk', text: 'Good that you are here, Daan.' });
      // ts4 has no value: halfway between 4250 and 15000 → 9625 ms; tier without PARTICIPANT → TIER_ID
      assert.deepEqual(s[2], { start: 4.25, end: 9.625, speaker: 'Daan', text: 'Ik baalde best wel & ik wist het niet… 😶' });
      assert.equal(s[3]!.start, 9.625);
      assert.ok(r.warnings.some((w) => /interpolated/.test(w.message.en)));
    });
    it('returns tiers separately for importing them as details', () => {
      const r = parseEafTiers(fixture('basic.eaf'));
      assert.ok(r.ok);
      assert.deepEqual(
        r.tiers.map((t) => [t.id, t.participant, t.annotations.length]),
        [
          ['begeleider', 'Anouk', 1],
          ['Daan', null, 2],
          ['begeleider-en', 'Anouk', 1],
          ['begeleider-2', 'Anouk', 1],
        ],
      );
      assert.deepEqual(r.tiers[3]!.annotations[0], { start: 15, end: 21.5, value: 'Wat gebeurde er toen precies?' });
    });
    it('builds the transcript from the chosen tiers only, each with the speaker the user named', () => {
      const r = parseEafTiers(fixture('basic.eaf'));
      assert.ok(r.ok);
      assert.deepEqual(transcriptTierCandidates(r.tiers).map((t) => t.id), ['begeleider', 'Daan', 'begeleider-en', 'begeleider-2']);
      // The English translation tier is left out; Daan's tier gets a speaker name of the user's choice.
      const t = eafTranscript(r.tiers, r.warnings, [
        { tierId: 'begeleider', speaker: 'Anouk' },
        { tierId: 'Daan', speaker: 'Daan (student)' },
        { tierId: 'begeleider-2', speaker: 'Anouk' },
      ]);
      assert.ok(t.ok);
      assert.ok(!t.transcript.segments.some((x) => x.text === 'Good that you are here, Daan.'), 'the translation tier is not in the transcript');
      assert.deepEqual(t.transcript.segments.map((x) => x.speaker), ['Anouk', 'Daan (student)', 'Daan (student)', 'Anouk']);
      assert.deepEqual(t.transcript.segments.map((x) => x.start), [...t.transcript.segments.map((x) => x.start)].sort((a, b) => a - b));
      const none = eafTranscript(r.tiers, [], [{ tierId: 'Daan', speaker: null }]);
      assert.ok(none.ok && none.transcript.segments.every((x) => x.speaker === null));
    });
    it('reports a nesting error with line and column', () => {
      const e = err(parseEaf(fixture('broken.eaf')));
      // saxes names the place where it saw the mismatch: the end of the stray end tag.
      assert.equal(e.line, 7);
      assert.equal(e.column, 22);
      assert.match(e.nl, /eindtag/);
    });
    it('never expands a declared entity (no XXE)', () => {
      const e = err(parseEaf(fixture('xxe.eaf')));
      assert.equal(e.line, 5);
      assert.match(e.en, /entity/i);
    });
    it('refuses a document that is not EAF', () => {
      assert.match(err(parseEaf('<html><body/></html>')).en, /ANNOTATION_DOCUMENT/);
    });
  });

  describe('oTranscribe', () => {
    it('cuts at timestamp markers, drops their labels, decodes entities, finds speakers', () => {
      const r = parseOtr(fixture('basic.otr'));
      assert.ok(r.ok);
      const s = r.transcript.segments;
      assert.deepEqual(s[0], { start: 0, end: 1, speaker: null, text: 'Voor de opname: proefgesprek.' });
      assert.deepEqual(s[2], { start: 4.25, end: 9.8, speaker: 'Daan', text: 'Ja… ik baalde best wel & ik wist het niet.\nEcht niet.' });
      assert.equal(s[3]!.text, 'Wat gebeurde er ‘precies’?');
      assert.equal(s[4]!.start, 15);
      assert.ok(s[4]!.end > 15, 'the last end is estimated');
      assert.equal(r.warnings.length, 1);
    });
    it('reports bad JSON with a line', () => {
      const e = err(parseOtr('{\n "text": "<p>hoi</p>",\n oeps\n}'));
      assert.equal(e.line, 3);
    });
  });

  describe('Whisper JSON', () => {
    it('reads segments, trims text and skips a broken one with a warning', () => {
      const r = parseWhisperJson(fixture('whisper.json'));
      assert.ok(r.ok);
      assert.equal(r.transcript.segments.length, 3);
      assert.deepEqual(r.transcript.segments[1], { start: 4.25, end: 9.8, speaker: 'SPEAKER_01', text: 'Ja… ik baalde best wel 😶' });
      assert.equal(r.transcript.segments[2]!.speaker, null);
      assert.match(r.warnings[0]!.message.en, /Segment 3/);
    });
    it('reads a bare array', () => {
      assert.deepEqual(segs(parseWhisperJson(fixture('whisper-array.json')))[1], { start: 2, end: 3.5, speaker: 'Daan', text: 'Môgge!' });
    });
    it('refuses JSON without segments', () => {
      assert.match(err(parseWhisperJson('{"tekst": 1}')).en, /segments/);
    });
  });

  describe('plain text', () => {
    it('reads [mm:ss], (mm:ss), bare hh:mm:ss and [h:mm:ss] stamps with speakers; unstamped lines continue', () => {
      const r = parsePlainText(fixture('basic.txt'));
      assert.ok(r.ok);
      const s = r.transcript.segments;
      assert.deepEqual(s[0], { start: 0, end: 1, speaker: null, text: 'Gesprek met Daan, week 12' });
      assert.deepEqual(s[2], { start: 4, end: 9, speaker: 'Daan', text: 'Ja… ik moest eerlijk zijn: ik baalde.\nHet voelde „machteloos”.' });
      assert.deepEqual(s[3], { start: 9, end: 15, speaker: 'Anouk', text: 'Wat gebeurde er precies?' });
      assert.equal(s[4]!.start, 15);
      assert.equal(s[5]!.start, 21);
      assert.equal(s[5]!.end, 21 + 1.2, 'last end = start + 3 words / 2.5 words a second');
      assert.equal(r.warnings.length, 1);
    });
    it('estimates times for a file without stamps, with a warning', () => {
      const r = parsePlainText(fixture('no-stamps.txt'));
      assert.ok(r.ok);
      assert.deepEqual(
        r.transcript.segments.map((x) => x.speaker),
        ['Anouk', 'Daan', 'Anouk'],
      );
      assert.equal(r.transcript.segments[1]!.start, r.transcript.segments[0]!.end);
      assert.match(r.warnings[0]!.message.en, /estimated/);
    });
  });

  describe('limits', () => {
    it('refuses input over the size limit with a clear message', () => {
      const big = 'WEBVTT\n\n' + 'a'.repeat(MAX_INPUT_CHARS);
      for (const f of ['vtt', 'srt', 'eaf', 'otr', 'json', 'txt'] as const) {
        const e = err(parseTranscript(big, f));
        assert.match(e.en, /too large/);
        assert.match(e.nl, /te groot/);
      }
    });
    it('refuses more than the maximum number of segments', () => {
      const cues: string[] = ['WEBVTT', ''];
      for (let i = 0; i <= MAX_SEGMENTS; i++) cues.push('00:01.000 --> 00:02.000', 'x', '');
      assert.match(err(parseVtt(cues.join('\n'))).en, /Too many segments/);
      const lines: string[] = [];
      for (let i = 0; i <= MAX_SEGMENTS; i++) lines.push('[00:01] A: x');
      assert.match(err(parsePlainText(lines.join('\n'))).en, /Too many segments/);
    });
    it('reads or refuses input made to make regexes backtrack, with a line for every error', () => {
      // Its time, linear in the input's size, is the bench figure parsers.backtracking100k.
      for (const { name, text } of backtrackingInputs(200_000)) {
        for (const f of ['vtt', 'srt', 'eaf', 'otr', 'json', 'txt'] as const) {
          const r = parseTranscript(text, f);
          if (!r.ok) assert.ok(r.error.line >= 1 && r.error.message.nl && r.error.message.en, `${name} as ${f}`);
          else assert.ok(r.transcript.segments.length <= MAX_SEGMENTS, `${name} as ${f}`);
        }
      }
    });
  });

  describe('detectFormat', () => {
    it('trusts known extensions and sniffs the rest', () => {
      assert.equal(detectFormat('a.vtt', 'geen header'), 'vtt');
      assert.equal(detectFormat('a.SRT', ''), 'srt');
      assert.equal(detectFormat('a.eaf', ''), 'eaf');
      assert.equal(detectFormat('a.json', fixture('basic.otr')), 'otr');
      assert.equal(detectFormat('a.otr', fixture('whisper.json')), 'json');
      assert.equal(detectFormat('a.json', fixture('whisper.json')), 'json');
      assert.equal(detectFormat('a.txt', fixture('basic.vtt')), 'vtt');
      assert.equal(detectFormat('', fixture('basic.srt')), 'srt');
      assert.equal(detectFormat('x', fixture('basic.eaf')), 'eaf');
      assert.equal(detectFormat('x', fixture('basic.txt')), 'txt');
      assert.equal(detectFormat('x', fixture('whisper-array.json')), 'json');
    });
    it('parseTranscript uses the sniffed format', () => {
      assert.equal(segs(parseTranscript(fixture('basic.srt'))).length, 6);
    });
  });
});
