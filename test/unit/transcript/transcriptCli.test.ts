import { strict as assert } from 'node:assert';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CliIo } from '../../../src/cli/cliCommand';
import { runCli } from '../../../src/cli/main';
import { CP1252_TXT, notepadUnicode, SRT, VTT } from './encodedTranscripts';

const FIX = join(__dirname, '../../fixtures/transcripts');

async function cli(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (t) => out.push(t), err: (t) => err.push(t), cwd: FIX, env };
  const code = await runCli(['transcript', ...args], io);
  return { code, out, err };
}

describe('klein-kijken transcript', () => {
  it('prints the segments of an auto-detected file as JSON', async () => {
    const r = await cli(['basic.vtt']);
    assert.equal(r.code, 0);
    assert.equal(r.out.length, 1);
    const doc = JSON.parse(r.out[0]!) as { segments: { start: number; end: number; speaker: string | null; text: string }[] };
    assert.equal(doc.segments.length, 7);
    assert.deepEqual(doc.segments[0], { start: 1, end: 4.25, speaker: 'Anouk', text: 'Fijn dat je er bent, Daan. Wil je iets vertellen over je stage?' });
    assert.deepEqual(Object.keys(doc), ['segments']);
  });
  it('honours --format', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kk-transcript-'));
    const f = join(dir, 'ondertitels.dat');
    writeFileSync(f, '1\n00:00:01,000 --> 00:00:02,000\nHallo\n');
    const r = await cli([f, '--format', 'srt']);
    assert.equal(r.code, 0);
    assert.deepEqual(JSON.parse(r.out[0]!), { segments: [{ start: 1, end: 2, speaker: null, text: 'Hallo' }] });
    const r2 = await cli([f, '--format=vtt']);
    assert.equal(r2.code, 2);
    assert.match(r2.err[0]!, /line 1/);
  });
  it('exits 2 with "line N" on malformed input', async () => {
    // No valid cue at all (a file with some valid cues is read, with a warning).
    const dir = mkdtempSync(join(tmpdir(), 'kk-transcript-'));
    writeFileSync(join(dir, 'geen-geldige-cue.vtt'), 'WEBVTT\n\nNOTE een\ntwee\n\n00:00:05.000 --> 00:00:03.000\nDit kan niet.\n');
    const r = await cli([join(dir, 'geen-geldige-cue.vtt')]);
    assert.equal(r.code, 2);
    assert.equal(r.err.length, 1);
    assert.match(r.err[0]!, /line 6\b/);
    assert.ok(!r.err[0]!.includes('\n'));
    assert.equal(r.out.length, 0);
  });
  it('speaks Dutch when the locale is Dutch', async () => {
    const r = await cli(['missing-header.vtt'], { LANG: 'nl_NL.UTF-8' });
    assert.equal(r.code, 2);
    assert.match(r.err[0]!, /regel 1/);
  });
  it('exits 2 with a clear line for a missing file, an unknown format or no file', async () => {
    let r = await cli(['bestaat-niet.vtt']);
    assert.equal(r.code, 2);
    assert.match(r.err[0]!, /file not found: bestaat-niet\.vtt/);
    r = await cli(['basic.vtt', '--format', 'docx']);
    assert.equal(r.code, 2);
    assert.match(r.err[0]!, /unknown format 'docx'/);
    r = await cli([]);
    assert.equal(r.code, 2);
    assert.match(r.err[0]!, /usage/);
  });
  it('reads UTF-16 LE WebVTT and SRT and Windows-1252 text whole, naming the encoding on stderr', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kk-transcript-'));
    writeFileSync(join(dir, 'kladblok.vtt'), notepadUnicode(VTT));
    writeFileSync(join(dir, 'kladblok.srt'), notepadUnicode(SRT));
    writeFileSync(join(dir, 'oud.txt'), CP1252_TXT);
    const text = (out: string[]) => (JSON.parse(out[0]!) as { segments: { speaker: string | null; text: string }[] }).segments.map((s) => `${s.speaker}: ${s.text}`);

    const vtt = await cli([join(dir, 'kladblok.vtt')], { LANG: 'nl_NL.UTF-8' });
    assert.equal(vtt.code, 0, vtt.err.join('\n'));
    assert.deepEqual(text(vtt.out), ['Anouk: Hoe voelde je je daarbij, “eerlijk gezegd”?', 'Daan: Financiële zorgen… en mijn ĳsbaan-café 😶']);
    assert.deepEqual(vtt.err, [`let op: ${join(dir, 'kladblok.vtt')}: Gelezen als UTF-16 (little-endian): wat Kladblok en Word "Unicode" noemen.`]);

    const srt = await cli([join(dir, 'kladblok.srt')]);
    assert.equal(srt.code, 0, srt.err.join('\n'));
    assert.deepEqual(text(srt.out), ['Anouk: Wat maakt dat je twijfelt over je opleiding?', 'Daan: Ik weet het niet, ik vind het één grote ‘chaos’.']);
    assert.match(srt.err[0]!, /^note: .*kladblok\.srt: Read as UTF-16 \(little-endian\)/);

    const txt = await cli([join(dir, 'oud.txt')]);
    assert.equal(txt.code, 0, txt.err.join('\n'));
    assert.deepEqual(text(txt.out), ['Anouk: Vertel eens, hoe was je week?', 'Daan: Eerlijk gezegd “zwaar”: mijn coördinator was ziek, dus geen één gesprek.']);
    // First the encoding, then the parser's own warning (no time stamps in this text).
    assert.match(txt.err[0]!, /^note: .*oud\.txt: Read as Windows-1252/);
    assert.match(txt.err[1]!, /No timestamps found/);
  });
  it('exits 2 with a clear line for a UTF-16 file cut off mid-character', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kk-transcript-'));
    const whole = notepadUnicode(VTT);
    writeFileSync(join(dir, 'half.vtt'), whole.subarray(0, whole.length - 3));
    const r = await cli([join(dir, 'half.vtt')]);
    assert.equal(r.code, 2);
    assert.match(r.err.at(-1)!, /half\.vtt: line 7: The file stops in the middle of a character/);
    assert.equal(r.out.length, 0);
  });
  it('writes warnings to stderr, keeping stdout pure JSON', async () => {
    const r = await cli(['whisper.json']);
    assert.equal(r.code, 0);
    assert.equal(JSON.parse(r.out[0]!).segments.length, 3);
    assert.match(r.err[0]!, /warning: .*Segment 3/);
  });
});
