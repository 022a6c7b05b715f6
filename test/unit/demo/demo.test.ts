import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Session } from '../../../src/core/session/model';
import { parseSessionText } from '../../../src/core/session/sessionFile';
import { parseVtt } from '../../../src/core/transcript';
import { quickHash } from '../../../src/media/quickHash';

/** Checks the committed demo outputs in media/demo (regenerate: npx tsx scripts/make-demo.ts). */

const DIR = resolve(__dirname, '..', '..', '..', 'media', 'demo');
const MP4 = join(DIR, 'demo.mp4');
const VTT = join(DIR, 'demo.vtt');
const JSON_FILE = join(DIR, 'demo.mp4.kleinkijken.json');
const FILES = [MP4, VTT, JSON_FILE, join(DIR, 'README.md')];

function ffprobe(args: string[]): string {
  const r = spawnSync('ffprobe', ['-v', 'error', ...args], { encoding: 'utf8' });
  if (r.error) throw new Error(`ffprobe not found (${r.error.message}); install with: sudo apt-get install -y ffmpeg`);
  if (r.status !== 0) throw new Error(`ffprobe failed: ${r.stderr}`);
  return r.stdout;
}

function loadSession(): Session {
  const parsed = parseSessionText(readFileSync(JSON_FILE, 'utf8'));
  if (!parsed.ok) throw new Error(`demo session invalid: ${parsed.problem.reasons.join('; ') || parsed.problem.message.en}`);
  return parsed.session;
}

const ms = (s: number) => Math.round(s * 1000);

function vttMs(t: string): number {
  const m = /^(\d\d):(\d\d):(\d\d)\.(\d\d\d)$/.exec(t);
  if (!m) throw new Error(`bad VTT time ${t}`);
  return ((Number(m[1]) * 60 + Number(m[2])) * 60 + Number(m[3])) * 1000 + Number(m[4]);
}

describe('demo outputs (media/demo)', () => {
  it('exist and together stay under 3 MB', () => {
    for (const f of FILES) assert.ok(existsSync(f), `missing ${f}; run: npx tsx scripts/make-demo.ts`);
    const total = FILES.reduce((sum, f) => sum + statSync(f).size, 0);
    assert.ok(total < 3 * 1024 * 1024, `demo outputs are ${total} bytes`);
  });

  it('is an H.264 + AAC MP4 of 2 to 4 minutes', () => {
    const streams = ffprobe(['-show_entries', 'stream=codec_type,codec_name', '-of', 'csv=p=0', MP4])
      .trim()
      .split('\n')
      .map((l) => l.trim())
      .sort();
    assert.deepEqual(streams, ['aac,audio', 'h264,video']);
    const duration = Number(ffprobe(['-show_entries', 'format=duration', '-of', 'default=nw=1:nk=1', MP4]).trim());
    assert.ok(duration >= 120 && duration <= 240, `duration ${duration} s`);
    assert.ok(Math.abs(duration - (loadSession().recording?.durationSec ?? -1)) < 0.05, 'durationSec matches ffprobe');
  });

  it('has a WebVTT transcript: header, ascending cues, a voice on every cue', () => {
    const text = readFileSync(VTT, 'utf8');
    assert.match(text, /^WEBVTT(\s|$)/);
    const timing = /^(\S+) --> (\S+)$/;
    const lines = text.split('\n');
    let prevStart = -1;
    let cues = 0;
    lines.forEach((line, i) => {
      const m = timing.exec(line);
      if (!m) return;
      cues++;
      const [start, end] = [vttMs(m[1]!), vttMs(m[2]!)];
      assert.ok(start > prevStart && end > start, `cue at line ${i + 1} not ascending`);
      assert.match(lines[i + 1] ?? '', /^<v [^>]+>\S/, `cue at line ${i + 1} has no <v Name>`);
      prevStart = start;
    });
    assert.ok(cues >= 25 && cues <= 40, `${cues} cues`);
  });

  it('has VTT cues equal to the session transcript (times to the ms, speakers, text)', () => {
    const parsed = parseVtt(readFileSync(VTT, 'utf8'));
    assert.ok(parsed.ok, 'parseVtt accepts demo.vtt');
    assert.equal(parsed.warnings.length, 0);
    const s = loadSession();
    const nameOf = new Map(s.speakers.map((sp) => [sp.id, sp.name]));
    assert.equal(parsed.transcript.segments.length, s.transcript.length);
    parsed.transcript.segments.forEach((cue, i) => {
      const seg = s.transcript[i]!;
      assert.equal(ms(cue.start), ms(seg.start), `start of cue ${i + 1}`);
      assert.equal(ms(cue.end), ms(seg.end), `end of cue ${i + 1}`);
      assert.equal(cue.speaker, nameOf.get(seg.speakerId ?? ''), `speaker of cue ${i + 1}`);
      assert.equal(cue.text, seg.text, `text of cue ${i + 1}`);
    });
  });

  it('plants the moments to spot: a waarom-vraag, signal words, one 3–4 s silence, short gaps otherwise', () => {
    const s = loadSession();
    const role = new Map(s.speakers.map((sp) => [sp.id, sp.role]));
    const by = (r: string) => s.transcript.filter((g) => role.get(g.speakerId ?? '') === r).map((g) => g.text.toLowerCase()).join(' ');
    assert.match(by('begeleider'), /\bwaarom\b/);
    for (const w of ['ik weet het niet', 'baalde', 'eigenlijk', 'bang']) assert.ok(by('student').includes(w), `student says "${w}"`);
    const gaps = s.transcript.slice(1).map((g, i) => ms(g.start) - ms(s.transcript[i]!.end));
    const long = gaps.filter((g) => g > 800);
    assert.equal(long.length, 1, `one long silence, gaps: ${gaps.join(',')}`);
    assert.ok(long[0]! >= 3000 && long[0]! <= 4000, `silence ${long[0]} ms`);
    assert.ok(gaps.every((g) => g > 800 || g >= 300), 'short gaps are 0.3–0.8 s');
  });

  it('has a session whose references all resolve', () => {
    const s = loadSession();
    const segIds = new Set(s.transcript.map((g) => g.id));
    const tagIds = new Set(s.framework.tags.map((t) => t.id));
    const people = new Map(s.participants.map((p) => [p.id, p]));
    const detailIds = new Set(s.details.map((d) => d.id));
    assert.ok(s.details.length >= 4 && s.details.length <= 6, `${s.details.length} details`);
    for (const d of s.details) {
      assert.ok(d.segmentIds.length > 0 && d.segmentIds.every((id) => segIds.has(id)), `segments of ${d.id}`);
      assert.ok(d.tags.length > 0 && d.tags.every((t) => tagIds.has(t)), `tags of ${d.id}`);
      const author = people.get(d.authorId ?? '');
      assert.ok(author && (author.role === 'b' || author.role === 'c'), `author of ${d.id} is an observer`);
      assert.ok(d.see && d.meaning && d.deepen && d.feedback, `${d.id} answers the three prompts with feedback`);
    }
    assert.deepEqual(s.participants.map((p) => [p.role, p.lens]), [['a', []], ['b', ['u2', 'u6']], ['c', ['u3', 'u4', 'u8']]]);
    assert.equal(s.questions.length, 3);
    for (const q of s.questions) {
      assert.ok(q.type === 'verbredend' || q.type === 'verdiepend');
      assert.ok(q.detailId === null || detailIds.has(q.detailId), `detail of ${q.id}`);
      assert.ok(q.tags.every((t) => tagIds.has(t)));
    }
    assert.deepEqual(s.notes.map((n) => n.kind), ['feedforward']);
    // The feedforward is what an observer gives a (toolkit: "B en c geven feedback"), not a's own note.
    const ffBy = s.participants.find((p) => p.id === s.notes[0]!.authorId);
    assert.ok(ffBy && ['b', 'c'].includes(ffBy.role), `feedforward given by b or c, not ${ffBy?.role}`);
    assert.ok(s.review.leervraag.length > 0 && s.review.context.opleiding.length > 0);
  });

  it('points at the committed recording: size and quick hash match the file', async () => {
    const rec = loadSession().recording;
    assert.ok(rec);
    assert.equal(rec.path, 'demo.mp4');
    assert.equal(rec.size, statSync(MP4).size);
    assert.equal(rec.quickHash, (await quickHash(MP4)).hash);
  });

  it('is pretty-printed JSON with a trailing newline', () => {
    const text = readFileSync(JSON_FILE, 'utf8');
    assert.equal(text, JSON.stringify(JSON.parse(text), null, 2) + '\n');
  });
});
