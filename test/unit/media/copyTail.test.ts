// The background copy's picture as a growing fragmented MP4 (proxy.ts `videoTail`, ffmpeg's tee
// muxer), watched by a CopyTail and played from by a TailStream, with real ffmpeg: one encode
// gives the whole-file copy (picture and sound) and a video-only fragmented MP4 with a fragment
// every COPY_KEYFRAME_SEC, which a stream from any moment reads from the key frame before it.
import * as assert from 'node:assert/strict';
import { execFileSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { FragmentIndex, type CopyTailState } from '../../../src/core/media/fragmentIndex';
import type { ProxyRecipe } from '../../../src/core/media/playbackPlan';
import { planPlayback } from '../../../src/core/media/playbackPlan';
import { CopyTail } from '../../../src/media/copyTail';
import { locateFfmpeg, type FfmpegTools } from '../../../src/media/ffmpegLocator';
import { COPY_KEYFRAME_SEC, createProxy } from '../../../src/media/proxy';
import { probeMedia } from '../../../src/media/probe';
import type { StreamEnd } from '../../../src/media/streamer';
import { TailStream } from '../../../src/media/tailStream';
import { INSTALL_FFMPEG } from '../../fixtures/media/generateMedia';
import { until } from './until';

const CLIP_SEC = 12;


/** Lets a few turns of the event loop pass (TailStream sends one chunk per turn). */
async function turns(n: number): Promise<void> {
  for (let i = 0; i < n; i++) await new Promise((r) => setImmediate(r));
}

interface Seen {
  fragments: number;
  state: CopyTailState;
  /** Whether ffmpeg was still making the copy. */
  running: boolean;
  /** covers(0, 0) and covers(0, COPY_KEYFRAME_SEC) then. */
  covers: [boolean, boolean];
}

/** The state letter of a process in /proc (T: stopped, Z: exited), or null once it is reaped. */
function processState(pid: number): string | null {
  let stat: string;
  try {
    stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
  return /\) (\S) /.exec(stat)?.[1] ?? null;
}

/** After SIGSTOP: whether the process stopped, or had exited already (a zombie also takes a signal). */
async function stoppedNotExited(pid: number): Promise<boolean> {
  const state = await until('the process stopped or exited', () => {
    const s = processState(pid);
    return s === null ? 'gone' : s === 'T' || s === 't' || s === 'Z' ? s : null;
  });
  return state === 'T' || state === 't';
}

interface Streams {
  streams: { codec_type: string; codec_name: string }[];
}

function ffprobeStreams(tools: FfmpegTools, file: string): Streams['streams'] {
  const out = execFileSync(tools.ffprobe ?? 'ffprobe', ['-v', 'error', '-show_entries', 'stream=codec_type,codec_name', '-of', 'json', file], { encoding: 'utf8' });
  return (JSON.parse(out) as Streams).streams;
}

/**
 * Decode times of the key frames of the first video stream, by ffprobe (a fragment's tfdt is the
 * decode time of its first sample; with B-frames the key frame is shown two frames later).
 */
function keyFrameTimes(tools: FfmpegTools, file: string): number[] {
  const out = execFileSync(tools.ffprobe ?? 'ffprobe', ['-v', 'error', '-select_streams', 'v:0', '-show_entries', 'packet=dts_time,flags', '-of', 'csv=p=0', file], { encoding: 'utf8' });
  return out
    .trim()
    .split('\n')
    .map((l) => l.split(','))
    .filter(([, flags]) => flags?.startsWith('K'))
    .map(([t]) => Number(t));
}

/** Collects a TailStream's bytes and its end. */
function collect(tail: CopyTail, startSec: number) {
  const chunks: Uint8Array[] = [];
  let ended: StreamEnd | null = null;
  const stream = new TailStream({ tail, startSec, onData: (c) => chunks.push(Uint8Array.from(c)), onEnd: (e) => (ended = e) });
  return {
    stream,
    chunks,
    bytes: () => Buffer.concat(chunks),
    ended: () => ended,
  };
}

describe('CopyTail and TailStream: the background copy\'s picture while it is made (real ffmpeg)', function () {
  this.timeout(120_000);
  let tools: FfmpegTools;
  let dir: string;
  let clip: string;
  let recipe: ProxyRecipe;
  let durationSec: number;
  const tails: CopyTail[] = [];

  /**
   * One copy with its picture written to `tailFile`, watched while ffmpeg works. With `hold`, the
   * ffmpeg is stopped (SIGSTOP, as the background copy does while a stream fills) as soon as its
   * first fragment is on disk, until the CopyTail has seen it: a 12-s clip is encoded faster than
   * the tail's quarter-second look, and the test is about what the tail shows while ffmpeg works.
   */
  async function makeCopy(out: string, tailFile: string, hold = false) {
    const tail = new CopyTail(tailFile);
    tails.push(tail);
    /** ffmpeg has not exited yet. */
    let running = true;
    const seen: Seen[] = [];
    tail.onChange(() => seen.push({ fragments: tail.index.fragments.length, state: tail.current, running, covers: [tail.covers(0, 0), tail.covers(0, COPY_KEYFRAME_SEC)] }));
    let child: ChildProcess | null = null;
    const onSpawn = (c: ChildProcess) => {
      child = c;
      c.once('exit', () => (running = false));
    };
    const made = createProxy(clip, out, recipe, tools, { hasAudio: true, durationSec, videoTail: tailFile, hardware: { enabled: false }, onSpawn });
    // How many complete fragments were on disk when ffmpeg, still working, was stopped (with `hold`).
    let onDiskWhileRunning: number | null = null;
    if (hold) {
      const mine = new FragmentIndex();
      const firstFragment = () => {
        if (!fs.existsSync(tailFile)) return false;
        const bytes = fs.readFileSync(tailFile);
        mine.update(bytes.length, (o, l) => bytes.subarray(o, o + l));
        return mine.fragments.length > 0;
      };
      const deadline = Date.now() + 60_000;
      while (running && Date.now() < deadline && !firstFragment()) await new Promise((r) => setImmediate(r));
      const c = child as ChildProcess | null;
      if (running && c?.pid && mine.fragments.length > 0 && c.kill('SIGSTOP')) {
        try {
          if (await stoppedNotExited(c.pid)) onDiskWhileRunning = mine.fragments.length;
          if (onDiskWhileRunning !== null) await until('the tail saw the first fragment while ffmpeg works', () => seen.length > 0);
        } finally {
          c.kill('SIGCONT');
        }
      }
    }
    const r = await made;
    assert.ok(r.ok, r.ok ? '' : `${r.problem.message.en} ${r.problem.detail ?? ''}`);
    return { tail, seen, onDiskWhileRunning };
  }

  before(async () => {
    const t = await locateFfmpeg();
    if (!t.ok) throw new Error(INSTALL_FFMPEG);
    tools = t.value;
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kk-copy-tail-'));
    clip = path.join(dir, 'phone.mov');
    execFileSync(tools.ffmpeg, ['-v', 'error', '-y', '-f', 'lavfi', '-i', `testsrc2=s=320x180:r=25:d=${CLIP_SEC}`, '-f', 'lavfi', '-i', `sine=d=${CLIP_SEC}`, '-c:v', 'libx265', '-preset', 'ultrafast', '-x265-params', 'log-level=error', '-tag:v', 'hvc1', '-c:a', 'aac', '-shortest', clip]);
    const probe = await probeMedia(clip, tools);
    assert.ok(probe.ok);
    durationSec = probe.value.durationSec ?? CLIP_SEC;
    const plan = planPlayback(probe.value);
    assert.ok(plan.proxy, 'HEVC needs a copy');
    recipe = plan.proxy;
    assert.equal(recipe.container, 'mp4');
    assert.equal(recipe.video, 'h264');
  });

  after(() => {
    for (const t of tails) t.dispose();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  describe('one copy and its picture', () => {
    let tail: CopyTail;
    let seen: Seen[];
    let onDiskWhileRunning: number | null;
    let tailFile: string;
    let out: string;

    before(async () => {
      out = path.join(dir, 'copy.mp4');
      tailFile = path.join(dir, 'copy.tail.mp4');
      ({ tail, seen, onDiskWhileRunning } = await makeCopy(out, tailFile, true));
    });

    it('writes the whole-file copy with picture and sound, and the tail as video-only H.264 fragmented MP4', () => {
      const copyStreams = ffprobeStreams(tools, out).map((s) => `${s.codec_type}:${s.codec_name}`);
      assert.deepEqual(copyStreams.sort(), ['audio:mp3', 'video:h264']);
      assert.ok(fs.existsSync(tailFile), 'the tail stays until the caller deletes it');
      assert.deepEqual(ffprobeStreams(tools, tailFile).map((s) => `${s.codec_type}:${s.codec_name}`), ['video:h264']);
      const bytes = fs.readFileSync(tailFile);
      assert.equal(bytes.subarray(4, 8).toString('latin1'), 'ftyp');
      assert.ok(bytes.includes(Buffer.from('moof')) && bytes.includes(Buffer.from('mvex')), 'fragmented');
    });

    it('has a fragment every COPY_KEYFRAME_SEC, each starting with a key frame, and the index finds them all', () => {
      assert.equal(tail.current, 'growing', 'not finished yet');
      const expected: number[] = [];
      for (let s = 0; s < durationSec - 0.01; s += COPY_KEYFRAME_SEC) expected.push(s);
      // The index is up to date at the next poll; the file no longer grows.
      const index = tail.index;
      return until('the whole tail indexed', () => index.fragments.length >= expected.length).then(() => {
        assert.deepEqual(index.fragments.map((f) => Math.round(f.startSec * 1000) / 1000), expected);
        assert.deepEqual(keyFrameTimes(tools, tailFile).map((t) => Math.round(t * 1000) / 1000), expected, 'ffprobe sees a key frame at each');
        assert.equal(index.frontSec, expected[expected.length - 1]);
        assert.ok(index.initEnd !== null && index.initEnd < index.fragments[0]!.offset + 1);
        for (let i = 1; i < index.fragments.length; i++) assert.ok(index.fragments[i]!.offset >= index.fragments[i - 1]!.end, 'in file order, not overlapping');
        assert.ok(index.fragments[index.fragments.length - 1]!.end <= fs.statSync(tailFile).size);
      });
    });

    it('has its fragments on disk while ffmpeg is still writing, and tells its listeners', () => {
      // Without a flush per fragment, ffmpeg keeps the tail in its write buffer until the end.
      const total = tail.index.fragments.length;
      assert.notEqual(onDiskWhileRunning, null, 'no complete fragment in the tail file while ffmpeg was making the copy');
      assert.ok(onDiskWhileRunning! < total, `the tail reached the disk only at the end of the copy (all ${total} fragments at once), not fragment by fragment`);
      const whileRunning = seen.filter((s) => s.running && s.state === 'growing');
      assert.ok(whileRunning.length >= 1, JSON.stringify(seen));
      const first = whileRunning[0]!;
      assert.ok(first.fragments > 0 && first.fragments < tail.index.fragments.length, `part of the picture: ${JSON.stringify(seen)}`);
      assert.ok(first.covers[0], 'the first fragment is there');
      if (first.fragments === 1) assert.equal(first.covers[1], false, 'growing, and not yet COPY_KEYFRAME_SEC ahead of 0');
      for (let i = 1; i < seen.length; i++) assert.ok(seen[i]!.fragments >= seen[i - 1]!.fragments, 'the count only grows');
    });

    it('covers a moment only when its fragment is there and the copy is far enough ahead, or complete', () => {
      const n = tail.index.fragments.length;
      assert.ok(n >= 2);
      assert.ok(tail.covers(0, 2), 'growing, and the front is 2 s ahead of 0');
      assert.equal(tail.covers(0, 1000), false, 'growing and not that far');
      let changes = 0;
      const off = tail.onChange(() => changes++);
      tail.finish(true);
      off();
      assert.equal(tail.current, 'complete');
      assert.equal(changes, 1);
      assert.ok(tail.covers(0, 1000) && tail.covers(durationSec - 0.5, 1000), 'complete: every moment');
      assert.equal(tail.index.fragments.length, n, 'nothing lost at the finish');
      tail.finish(false);
      assert.equal(tail.current, 'complete', 'a second finish changes nothing');
      assert.ok(fs.existsSync(tailFile));
    });

    it('streams from the key frame before the moment: the init segment, then the fragments to the end, and ends done', async () => {
      assert.equal(tail.current, 'complete');
      const file = fs.readFileSync(tailFile);
      const index = tail.index;
      const at = index.fragmentFor(5)!;
      assert.equal(index.fragments[at]!.startSec, 4);
      const last = index.fragments[index.fragments.length - 1]!;
      const expected = Buffer.concat([file.subarray(0, index.initEnd!), file.subarray(index.fragments[at]!.offset, last.end)]);
      const s = collect(tail, 5);
      const end = await s.stream.finished;
      assert.deepEqual(end, { kind: 'done' });
      await until('onEnd called', () => s.ended());
      assert.deepEqual(s.ended(), { kind: 'done' });
      assert.equal(s.bytes().length, expected.length);
      assert.ok(s.bytes().equals(expected), 'exactly the init segment and the fragments from 4 s');
      assert.equal(s.chunks[0]!.length, index.initEnd, 'the init segment comes first, alone');
      // A copy with no fragment on disk yet has nothing to stream from.
      const empty = new CopyTail(path.join(dir, 'nog-niet-begonnen.mp4'));
      tails.push(empty);
      assert.throws(() => collect(empty, 0), /no picture/);
    });

    it('sends nothing while paused and everything once resumed', async () => {
      const s = collect(tail, 0);
      s.stream.setPaused(true);
      await turns(20);
      assert.equal(s.chunks.length, 0, 'paused before its first turn');
      assert.equal(s.ended(), null);
      s.stream.setPaused(false);
      assert.deepEqual(await s.stream.finished, { kind: 'done' });
      const index = tail.index;
      assert.equal(s.bytes().length, index.initEnd! + index.fragments[index.fragments.length - 1]!.end - index.fragments[0]!.offset);
    });

    it('dispose: the picture is gone, its file deleted, and a running stream ends stopped', async () => {
      const s = collect(tail, 0);
      s.stream.setPaused(true);
      await turns(5);
      assert.equal(s.ended(), null);
      tail.dispose();
      assert.equal(tail.current, 'gone');
      assert.equal(fs.existsSync(tailFile), false, 'the file is deleted');
      assert.deepEqual(await s.stream.finished, { kind: 'stopped' });
      assert.equal(tail.covers(0, 0), false);
    });

    it('finish(false): a copy that stopped takes its picture away, and the stream at its front ends stopped', async () => {
      // A tail that is still growing as far as it knows: the copy stops before the end.
      const again = path.join(dir, 'stopped.tail.mp4');
      const { tail: t2 } = await makeCopy(path.join(dir, 'stopped.mp4'), again);
      const n = await until('indexed', () => t2.index.fragments.length >= 6 && t2.index.fragments.length);
      const s = collect(t2, 0);
      const index = t2.index;
      const total = index.initEnd! + index.fragments[n - 1]!.end - index.fragments[0]!.offset;
      await until('all that is there was sent', () => s.bytes().length === total);
      await turns(5);
      assert.equal(s.ended(), null, 'at the front of a growing copy it waits for more');
      const states: CopyTailState[] = [];
      t2.onChange(() => states.push(t2.current));
      t2.finish(false);
      assert.equal(t2.current, 'gone');
      assert.deepEqual(states, ['gone']);
      assert.equal(fs.existsSync(again), false, 'the file is deleted');
      assert.deepEqual(await s.stream.finished, { kind: 'stopped' });
      assert.equal(t2.covers(0, 0), false);
      assert.throws(() => t2.read(0, 8), /not open/);
    });
  });

  it('writes the copy and its picture under names the tee muxer would otherwise split: [ ] | \' and a space', async () => {
    const odd = path.join(dir, "odd [take 1] | it's");
    fs.mkdirSync(odd);
    const out = path.join(odd, "copy [v] | 'q' 10:30.mp4");
    const tailFile = path.join(odd, "tail [v] | 'q'.mp4");
    const { tail } = await makeCopy(out, tailFile);
    assert.ok(fs.existsSync(out) && fs.existsSync(tailFile));
    assert.deepEqual(fs.readdirSync(odd).sort(), [path.basename(out), path.basename(tailFile)].sort(), 'no stray files at a split name');
    assert.deepEqual(ffprobeStreams(tools, out).map((s) => s.codec_type).sort(), ['audio', 'video']);
    assert.deepEqual(ffprobeStreams(tools, tailFile).map((s) => s.codec_type), ['video']);
    tail.finish(true);
    assert.equal(tail.current, 'complete');
    assert.ok(tail.index.fragments.length >= 6 && tail.covers(CLIP_SEC - 1, 100));
    tail.dispose();
    assert.equal(fs.existsSync(tailFile), false);
  });
});
