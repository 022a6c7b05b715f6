import { strict as assert } from 'node:assert';
import { parseTranscriptFile, type TranscriptFileResult } from '../../../src/core/transcript';
import { CP1252_TXT, notepadUnicode, SRT, VTT } from './encodedTranscripts';

function texts(r: TranscriptFileResult): { speaker: string | null; text: string }[] {
  assert.ok(r.ok, r.ok ? '' : r.error.message.en);
  return r.transcript.segments.map((s) => ({ speaker: s.speaker, text: s.text }));
}

describe('parseTranscriptFile (bytes → segments)', () => {
  it('reads a UTF-16 LE WebVTT (Notepad "Unicode") with its Dutch text whole', () => {
    const r = parseTranscriptFile(notepadUnicode(VTT), 'gesprek.vtt');
    assert.equal(r.encoding, 'utf-16le');
    assert.deepEqual(texts(r), [
      { speaker: 'Anouk', text: 'Hoe voelde je je daarbij, “eerlijk gezegd”?' },
      { speaker: 'Daan', text: 'Financiële zorgen… en mijn ĳsbaan-café 😶' },
    ]);
  });

  it('reads a UTF-16 LE SRT, also without a BOM and when the name says nothing', () => {
    const expected = [
      { speaker: 'Anouk', text: 'Wat maakt dat je twijfelt over je opleiding?' },
      { speaker: 'Daan', text: 'Ik weet het niet, ik vind het één grote ‘chaos’.' },
    ];
    assert.deepEqual(texts(parseTranscriptFile(notepadUnicode(SRT), 'gesprek.srt')), expected);
    const noBom = parseTranscriptFile(Buffer.from(SRT, 'utf16le'), 'ondertitels');
    assert.equal(noBom.encoding, 'utf-16le');
    assert.deepEqual(texts(noBom), expected);
  });

  it('reads a Windows-1252 plain text as Windows-1252, and says so', () => {
    const r = parseTranscriptFile(CP1252_TXT, 'gesprek.txt');
    assert.equal(r.encoding, 'windows-1252');
    assert.deepEqual(texts(r), [
      { speaker: 'Anouk', text: 'Vertel eens, hoe was je week?' },
      { speaker: 'Daan', text: 'Eerlijk gezegd “zwaar”: mijn coördinator was ziek, dus geen één gesprek.' },
    ]);
  });

  it('reads a UTF-16 ELAN file that declares encoding="UTF-16"', () => {
    const eaf = `<?xml version="1.0" encoding="UTF-16"?>
<ANNOTATION_DOCUMENT AUTHOR="" DATE="2026-01-01T00:00:00+01:00" FORMAT="3.0" VERSION="3.0">
<HEADER MEDIA_FILE="" TIME_UNITS="milliseconds"/>
<TIME_ORDER><TIME_SLOT TIME_SLOT_ID="ts1" TIME_VALUE="1000"/><TIME_SLOT TIME_SLOT_ID="ts2" TIME_VALUE="3000"/></TIME_ORDER>
<TIER LINGUISTIC_TYPE_REF="default-lt" PARTICIPANT="Daan" TIER_ID="Daan">
<ANNOTATION><ALIGNABLE_ANNOTATION ANNOTATION_ID="a1" TIME_SLOT_REF1="ts1" TIME_SLOT_REF2="ts2"><ANNOTATION_VALUE>Ik vond het één grote chaos.</ANNOTATION_VALUE></ALIGNABLE_ANNOTATION></ANNOTATION>
</TIER>
<LINGUISTIC_TYPE GRAPHIC_REFERENCES="false" LINGUISTIC_TYPE_ID="default-lt" TIME_ALIGNABLE="true"/>
</ANNOTATION_DOCUMENT>
`;
    const r = parseTranscriptFile(notepadUnicode(eaf), 'gesprek.eaf');
    assert.equal(r.encoding, 'utf-16le');
    assert.deepEqual(texts(r).map((s) => s.text), ['Ik vond het één grote chaos.']);
  });

  it('says so when a UTF-16 file is cut off, in Dutch and English, with the line', () => {
    const cut = notepadUnicode(VTT).subarray(0, notepadUnicode(VTT).length - 3);
    const r = parseTranscriptFile(cut, 'gesprek.vtt');
    assert.ok(!r.ok);
    assert.equal(r.error.line, 7);
    assert.match(r.error.message.nl, /midden in een teken/);
    assert.match(r.error.message.en, /not copied completely/);
  });

  it('leaves UTF-8 as it was (and names it)', () => {
    const r = parseTranscriptFile(Buffer.from(SRT, 'utf8'), 'gesprek.srt');
    assert.equal(r.encoding, 'utf-8');
    assert.equal(texts(r)[1]!.text, 'Ik weet het niet, ik vind het één grote ‘chaos’.');
  });
});
