import { strict as assert } from 'node:assert';
import { existsSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { detailAnnotationValue, detailRangeMs, eafExport, POINT_MS } from '../../../src/core/export/eafExport';
import { eafTiersToDetails, eafTiersToTranscript, type EafTier } from '../../../src/core/export/eafImport';
import { detailsVtt } from '../../../src/core/export/detailsVtt';
import { applyEdit } from '../../../src/core/session/edits';
import { newSession } from '../../../src/core/session/newSession';
import { fixtureSession } from '../../fixtures/export/fixtureSession';
import { EAF_XSD, readEaf, xmllint } from './exportTestKit';

const DATE = '2024-03-12T15:00:00.000Z';
const ms = (x: number) => Math.round(x * 1000);

let usedParser = 'test reader';

/** The transcript engineer's parser when present, else our test reader. Times in seconds. */
async function parseTiers(xml: string): Promise<EafTier[]> {
  const dir = path.join(__dirname, '../../../src/core/transcript');
  const file = existsSync(dir) ? readdirSync(dir).find((f) => /^(parse)?eaf.*\.ts$/i.test(f)) : undefined;
  if (file) {
    // require, not import(): under mocha's tsx/cjs hook a dynamic import goes to the ESM loader.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = require(path.join(dir, file)) as Record<string, unknown>;
    if (typeof mod.parseEafTiers === 'function') {
      const r = (mod.parseEafTiers as (t: string) => unknown)(xml) as { ok?: boolean; tiers?: EafTier[] } | EafTier[];
      const tiers = Array.isArray(r) ? r : r.tiers;
      if (tiers) {
        usedParser = file;
        return tiers;
      }
    }
  }
  return readEaf(xml).map((t) => ({ id: t.id, participant: t.participant, annotations: t.annotations.map((a) => ({ start: a.start / 1000, end: a.end / 1000, value: a.value })) }));
}

describe('EAF export', () => {
  it('validates against the EAF 3.0 schema (xmllint)', () => {
    const r = xmllint(eafExport(fixtureSession(), { date: DATE }), EAF_XSD);
    assert.ok(r.ok, r.stderr);
  });

  it('an empty session and a session without recording still validate', () => {
    const s = newSession(null, 'leeg');
    assert.ok(xmllint(eafExport(s, { date: DATE }), EAF_XSD).ok);
    const f = fixtureSession();
    f.recording = null;
    f.participants.push({ id: 'p_dup', name: 'Bram Jansen', role: 'other', colour: '#000000', lens: [] });
    f.details.push({ ...f.details[0]!, id: 'd9', authorId: 'p_dup' }, { ...f.details[1]!, id: 'd10', authorId: null });
    const r = xmllint(eafExport(f, { date: DATE }), EAF_XSD);
    assert.ok(r.ok, r.stderr);
  });

  it('round-trips: same tiers, times (ms) and values', async function () {
    const s = fixtureSession();
    const tiers = await parseTiers(eafExport(s, { date: DATE }));
    const bram = tiers.find((t) => t.id === 'Details (Bram Jansen)')!;
    assert.equal(bram.participant, 'Bram Jansen');
    const mine = s.details.filter((d) => d.authorId === 'p_bram');
    assert.deepEqual(
      bram.annotations.map((a) => [ms(a.start), ms(a.end), a.value]),
      mine.map((d) => [...detailRangeMs(d), detailAnnotationValue(d, s, 'nl')]),
    );
    assert.equal(ms(bram.annotations[0]!.end) - ms(bram.annotations[0]!.start), POINT_MS, 'a point gets 1 s');
    const tags = tiers.find((t) => t.id === 'Uitgangspunten (Bram Jansen)')!;
    assert.deepEqual(tags.annotations.map((a) => a.value), ['(H)erken emoties', 'Vraag wat er precies gebeurde (verdiepen)', '"Leeg luisteren"']);
    const student = tiers.find((t) => t.id === 'Sanne Bakker')!;
    assert.equal(student.participant, 'Sanne Bakker');
    this.test!.title += ` (parser: ${usedParser})`;
    assert.deepEqual(student.annotations.map((a) => [ms(a.start), ms(a.end), a.value]), s.transcript.filter((g) => g.speakerId === 'sp_stu').map((g) => [Math.round(g.start * 1000), Math.round(g.end * 1000), g.text]));
  });

  it('holds the framework as a controlled vocabulary with Dutch and English values', () => {
    const xml = eafExport(fixtureSession(), { date: DATE });
    assert.match(xml, /<CONTROLLED_VOCABULARY CV_ID="uitgangspunten">/);
    assert.match(xml, /<CV_ENTRY_ML CVE_ID="u8">\s*<CVE_VALUE DESCRIPTION="Houding" LANG_REF="nld">NIVEA — Niet Invullen Voor Een Ander<\/CVE_VALUE>\s*<CVE_VALUE DESCRIPTION="Attitude" LANG_REF="eng">NIVEA — do not fill in for the other<\/CVE_VALUE>/);
    assert.match(xml, /CONTROLLED_VOCABULARY_REF="uitgangspunten"/);
    assert.match(xml, /RELATIVE_MEDIA_URL="\.\/opnames\/gesprek%20Sanne\.mp4"/);
  });
});

describe('EAF import', () => {
  it('reads our own details back: fields, tags, points', async () => {
    const s = fixtureSession();
    const tiers = await parseTiers(eafExport(s, { date: DATE }));
    const r = eafTiersToDetails(tiers, { tierId: 'Details (Bram Jansen)', tagTierId: 'Uitgangspunten (Bram Jansen)', framework: s.framework, authorId: 'p_bram', now: DATE });
    assert.ok(!('ok' in r), 'import failed');
    if ('ok' in r) return;
    const [d1, d2] = r.items;
    assert.equal(d1!.start, 12.4);
    assert.equal(d1!.end, null, 'a 1 s annotation comes back as a point');
    assert.equal(d1!.see, s.details[0]!.see);
    assert.equal(d1!.meaning, s.details[0]!.meaning);
    assert.equal(d1!.deepen, s.details[0]!.deepen);
    assert.deepEqual(d1!.tags, ['u2']);
    assert.deepEqual(d2!.tags, ['u3', 'u6']);
    assert.equal(d2!.end, 19);
    assert.deepEqual(r.unknownTags, []);
    // the edit applies to a session and adds both details
    const applied = applyEdit(newSession(null), r.edit);
    assert.equal(applied.session.details.length, 2);
  });

  it('takes a foreign value as the "see" text and reports unknown tags', () => {
    const s = fixtureSession();
    const tiers: EafTier[] = [
      { id: 'obs', participant: 'X', annotations: [{ start: 1.5, end: 4, value: 'kijkt naar de grond' }] },
      { id: 'codes', participant: 'X', annotations: [{ start: 1.5, end: 4, value: 'NIVEA — niet invullen voor een ander' }, { start: 2, end: 2.5, value: 'onbekend' }] },
    ];
    const r = eafTiersToDetails(tiers, { tierId: 'obs', tagTierId: 'codes', framework: s.framework, authorId: null, now: DATE });
    if ('ok' in r) throw new Error('import failed');
    assert.equal(r.items[0]!.see, 'kijkt naar de grond');
    assert.deepEqual(r.items[0]!.tags, ['u8']);
    assert.deepEqual(r.unknownTags, ['onbekend']);
    const missing = eafTiersToDetails(tiers, { tierId: 'nope', framework: s.framework, authorId: null });
    assert.ok('ok' in missing && !missing.ok);
  });

  it('reads tiers as a transcript, one speaker per tier', () => {
    const tiers: EafTier[] = [
      { id: 'A', participant: 'Begeleider', annotations: [{ start: 0, end: 1.2, value: 'Vertel.' }] },
      { id: 'B', participant: null, annotations: [{ start: 1.2, end: 3, value: 'Nou…' }, { start: 3, end: 3.1, value: '  ' }] },
    ];
    const r = eafTiersToTranscript(tiers);
    if ('ok' in r) throw new Error('import failed');
    assert.deepEqual(r.items.speakers.map((x) => x.name), ['Begeleider', 'B']);
    assert.deepEqual(r.items.segments.map((g) => [g.start, g.end, g.text]), [[0, 1.2, 'Vertel.'], [1.2, 3, 'Nou…']]);
    const applied = applyEdit(newSession(null), r.edit);
    assert.equal(applied.session.transcript.length, 2);
    assert.equal(applied.session.speakers.length, 2);
  });
});

describe('details as WebVTT', () => {
  it('one cue per detail, points 1 s, markup escaped, no blank line inside a cue', () => {
    const s = fixtureSession();
    s.details[0] = { ...s.details[0]!, see: 'regel 1\n\nregel 2 --> <b>x</b> & y' };
    const vtt = detailsVtt(s);
    assert.ok(vtt.startsWith('WEBVTT\n\n'));
    const cues = vtt.trim().split('\n\n').slice(1);
    assert.equal(cues.length, 3);
    assert.match(cues[0]!, /^d1\n00:00:12\.400 --> 00:00:13\.400\n/);
    assert.ok(cues[0]!.includes('regel 1 regel 2 --&gt; &lt;b&gt;x&lt;/b&gt; &amp; y'));
    assert.equal(vtt.split('-->').length - 1, 3, 'only the timing lines hold -->');
  });
});
