import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { isAbortError } from '../../../src/core/media/mediaInfo';
import { PeaksAccumulator } from '../../../src/core/media/peaksData';
import { locateFfmpeg, type FfmpegTools } from '../../../src/media/ffmpegLocator';
import { MediaCache } from '../../../src/media/mediaCache';
import { preparePlayback } from '../../../src/media/preparePlayback';
import { quickHash } from '../../../src/media/quickHash';
import { FIXTURE_SECONDS, INSTALL_FFMPEG, sharedMediaFixtures, type MediaFixtures } from '../../fixtures/media/generateMedia';

const H = (c: string) => c.repeat(64);

function somePeaks(n: number) {
  const acc = new PeaksAccumulator();
  acc.push(new Uint8Array(n * 160).map((_, i) => i % 251));
  return acc.finish();
}

/** A logger that counts the processes started (runProcess logs each command line with `$ `). */
function spyLog() {
  const lines: string[] = [];
  return { lines, log: (l: string) => lines.push(l), runs: () => lines.filter((l) => l.startsWith('$ ')).length };
}

describe('mediaCache', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kk-cache-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('stores and returns peaks; a damaged peaks file is dropped, not returned', async () => {
    const c = new MediaCache(dir, 10_000_000);
    const p = somePeaks(50);
    await c.putPeaks(H('a'), p);
    const back = await c.getPeaks(H('a'));
    assert.deepEqual(back?.levels[0]!.max, p.levels[0]!.max);
    fs.writeFileSync(c.peaksPath(H('a')), 'kapot');
    assert.equal(await c.getPeaks(H('a')), null);
    assert.equal(fs.existsSync(c.peaksPath(H('a'))), false);
    assert.equal(await c.getPeaks(H('b')), null);
  });

  it('prunes least recently used first; touching an entry keeps it', async () => {
    const c = new MediaCache(dir, 2500);
    for (const k of ['a', 'b', 'c']) {
      fs.writeFileSync(c.proxyPath(H(k), 'mp3'), Buffer.alloc(1000));
      await c.add(c.proxyPath(H(k), 'mp3'));
    }
    // Three files of 1000 bytes > 2500: the oldest (a) went when c was added.
    assert.deepEqual(await c.entries(), [`${H('b')}.proxy.mp3`, `${H('c')}.proxy.mp3`]);
    assert.equal(await c.touch(c.proxyPath(H('b'), 'mp3')), true);
    fs.writeFileSync(c.proxyPath(H('d'), 'mp3'), Buffer.alloc(1000));
    await c.add(c.proxyPath(H('d'), 'mp3'));
    assert.deepEqual(await c.entries(), [`${H('b')}.proxy.mp3`, `${H('d')}.proxy.mp3`]);
    assert.equal(fs.existsSync(c.proxyPath(H('c'), 'mp3')), false);
    assert.ok((await c.totalBytes()) <= 2500);
  });

  it('rebuilds a corrupt or missing index from the folder, and keeps LRU order from mtimes', async () => {
    const c1 = new MediaCache(dir, 1e9);
    for (const k of ['a', 'b']) {
      fs.writeFileSync(c1.proxyPath(H(k), 'mp4'), Buffer.alloc(100));
      await c1.add(c1.proxyPath(H(k), 'mp4'));
    }
    fs.writeFileSync(path.join(dir, 'index.json'), '{"version": 1, "lastUsed": [kapot');
    const old = new Date(Date.now() - 3600_000);
    fs.utimesSync(c1.proxyPath(H('b'), 'mp4'), old, old);
    fs.writeFileSync(path.join(dir, 'notes.txt'), 'not ours');
    const c2 = new MediaCache(dir, 150);
    assert.deepEqual(await c2.entries(), [`${H('a')}.proxy.mp4`, `${H('b')}.proxy.mp4`]);
    await c2.prune();
    assert.deepEqual(await c2.entries(), [`${H('a')}.proxy.mp4`]);
    assert.ok(fs.existsSync(path.join(dir, 'notes.txt')), 'files that are not cache entries are left alone');
    assert.equal(JSON.parse(fs.readFileSync(path.join(dir, 'index.json'), 'utf8')).version, 1);
    fs.rmSync(path.join(dir, 'index.json'));
    assert.deepEqual(await new MediaCache(dir, 1e9).entries(), [`${H('a')}.proxy.mp4`]);
  });

  it('clear() removes every entry', async () => {
    const c = new MediaCache(dir, 1e9);
    await c.putPeaks(H('a'), somePeaks(5));
    await c.clear();
    assert.deepEqual(await c.entries(), []);
    assert.equal(fs.existsSync(c.peaksPath(H('a'))), false);
  });

  it('shares one job per key; the job is cancelled only when every waiter cancelled', async () => {
    const c = new MediaCache(dir, 1e9);
    let started = 0;
    let jobSignal: AbortSignal | null = null;
    const job = (s: AbortSignal) => {
      started++;
      jobSignal = s;
      return new Promise<string>((resolve, reject) => {
        const t = setTimeout(() => resolve('klaar'), 100);
        s.addEventListener('abort', () => {
          clearTimeout(t);
          reject(new Error('aborted'));
        });
      });
    };
    const a1 = new AbortController();
    const a2 = new AbortController();
    const p1 = c.share('k', job, a1.signal);
    const p2 = c.share('k', job, a2.signal);
    a1.abort();
    await assert.rejects(p1, (e) => isAbortError(e));
    assert.equal(jobSignal!.aborted, false);
    assert.equal(await p2, 'klaar');
    assert.equal(started, 1);
    const b1 = new AbortController();
    const p3 = c.share('k', job, b1.signal);
    b1.abort();
    await assert.rejects(p3, (e) => isAbortError(e));
    assert.equal(jobSignal!.aborted, true);
    assert.equal(started, 2);
  });
});

describe('quickHash', () => {
  it('depends on content and size, reading the first, middle and last MiB', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kk-hash-'));
    try {
      const big = Buffer.alloc(5 * 1024 * 1024, 7);
      const f = path.join(dir, 'a.bin');
      fs.writeFileSync(f, big);
      const h1 = await quickHash(f);
      assert.equal(h1.size, big.length);
      assert.match(h1.hash, /^[0-9a-f]{64}$/);
      big[big.length >> 1] = 8;
      fs.writeFileSync(f, big);
      const h2 = await quickHash(f);
      assert.notEqual(h2.hash, h1.hash, 'a change in the middle MiB is noticed');
      big[big.length >> 1] = 7;
      big[1024 * 1024 + 10] = 9; // outside the three sampled regions
      fs.writeFileSync(f, big);
      assert.equal((await quickHash(f)).hash, h1.hash);
      fs.writeFileSync(f, 'kort');
      assert.notEqual((await quickHash(f)).hash, h1.hash);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('preparePlayback', function () {
  this.timeout(60_000);
  let fx: MediaFixtures;
  let t: FfmpegTools;
  let dir: string;
  before(async () => {
    fx = sharedMediaFixtures();
    const found = await locateFfmpeg();
    if (!found.ok) throw new Error(INSTALL_FFMPEG);
    t = found.value;
  });
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kk-prep-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('plays a WAV directly with peaks, and the second call comes from the cache without running ffmpeg', async () => {
    const cache = new MediaCache(dir, 1e9);
    const spy = spyLog();
    const phases = new Set<string>();
    const r1 = await preparePlayback(fx.wav, { ffmpeg: t, cache, log: spy.log, onProgress: (p) => phases.add(p.phase) });
    assert.ok(r1.ok);
    assert.equal(r1.value.playPath, fx.wav);
    assert.equal(r1.value.fromCache, false);
    assert.equal(r1.value.peaks!.levels[0]!.min.length, FIXTURE_SECONDS * 100);
    assert.equal(spy.runs(), 2, 'ffprobe + one decode');
    assert.deepEqual([...phases].sort(), ['peaks', 'probe']);
    const r2 = await preparePlayback(fx.wav, { ffmpeg: t, cache, log: spy.log });
    assert.ok(r2.ok);
    assert.equal(r2.value.fromCache, true);
    assert.equal(spy.runs(), 2, 'no process ran for the cached call');
    assert.deepEqual(r2.value.peaks!.levels[0]!.max, r1.value.peaks!.levels[0]!.max);
    assert.equal(r2.value.hash, (await quickHash(fx.wav)).hash);
  });

  it('makes a proxy for H.264 + AAC in one ffmpeg pass, then reuses it', async () => {
    const cache = new MediaCache(dir, 1e9);
    const spy = spyLog();
    const r1 = await preparePlayback(fx.h264AacMp4, { ffmpeg: t, cache, log: spy.log });
    assert.ok(r1.ok);
    assert.deepEqual([r1.value.plan.video, r1.value.plan.audio], ['direct', 'proxy']);
    assert.equal(r1.value.playPath, cache.proxyPath(r1.value.hash, 'mp4'));
    assert.ok(fs.statSync(r1.value.playPath).size > 0);
    assert.ok(r1.value.peaks);
    assert.equal(spy.runs(), 2, 'ffprobe + one ffmpeg pass for proxy and peaks');
    const r2 = await preparePlayback(fx.h264AacMp4, { ffmpeg: t, cache, log: spy.log });
    assert.ok(r2.ok && r2.value.fromCache && r2.value.playPath === r1.value.playPath);
    assert.equal(spy.runs(), 2);
  });

  it('forceProxy takes the fallback path for a file that would play directly', async () => {
    const cache = new MediaCache(dir, 1e9);
    const r = await preparePlayback(fx.mp3, { ffmpeg: t, cache, forceProxy: true });
    assert.ok(r.ok);
    assert.notEqual(r.value.playPath, fx.mp3);
    assert.match(r.value.playPath, /\.proxy\.mp3$/);
    const direct = await preparePlayback(fx.mp3, { ffmpeg: t, cache });
    assert.ok(direct.ok && direct.value.playPath === fx.mp3);
  });

  it('two requests for the same recording share one ffmpeg job', async () => {
    const cache = new MediaCache(dir, 1e9);
    const spy = spyLog();
    const [a, b] = await Promise.all([
      preparePlayback(fx.aacM4a, { ffmpeg: t, cache, log: spy.log }),
      preparePlayback(fx.aacM4a, { ffmpeg: t, cache, log: spy.log }),
    ]);
    assert.ok(a.ok && b.ok && a.value.playPath === b.value.playPath);
    assert.equal(spy.lines.filter((l) => l.startsWith('$ ') && l.includes('libmp3lame')).length, 1);
  });

  it('video without audio has no peaks; bad input is a typed problem; cancel rejects and leaves no partial file', async () => {
    const cache = new MediaCache(dir, 1e9);
    const silent = await preparePlayback(fx.videoOnlyMp4, { ffmpeg: t, cache });
    assert.ok(silent.ok && silent.value.peaks === null && silent.value.playPath === fx.videoOnlyMp4);
    const bad = await preparePlayback(fx.truncatedMp4, { ffmpeg: t, cache });
    assert.ok(!bad.ok && bad.problem.id === 'media-unreadable');
    const ac = new AbortController();
    const job = preparePlayback(fx.hevcAacMov, { ffmpeg: t, cache, signal: ac.signal, onProgress: (p) => p.phase === 'proxy' && ac.abort() });
    setTimeout(() => ac.abort(), 50);
    await assert.rejects(job, (e) => isAbortError(e));
    assert.deepEqual(fs.readdirSync(dir).filter((n) => n.includes('.partial-') || n.includes('.proxy.')), []);
  });
});
