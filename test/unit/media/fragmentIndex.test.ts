// The index of the background copy's growing fragmented MP4 (core/media/fragmentIndex.ts), on
// synthetic boxes: only complete boxes count, fragments are found by time, and a file that is not
// a fragmented MP4 of ours throws. Also the tee muxer's file-name escaping (proxy.ts) and when a
// streamed picture moves to the copy and back (streamPlan.copySwitch).
import * as assert from 'node:assert/strict';
import { decodeTimeOf, FragmentIndex, timescaleOf, type ReadBytes } from '../../../src/core/media/fragmentIndex';
import { COPY_LEAD_SEC, COPY_STARVES_SEC, copySwitch, type CopyProgress } from '../../../src/core/media/streamPlan';
import { teeFileName } from '../../../src/media/proxy';

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function ascii(type: string): Uint8Array {
  assert.equal(type.length, 4);
  return Uint8Array.from(type, (c) => c.charCodeAt(0));
}

function u32(n: number): Uint8Array {
  const b = new Uint8Array(4);
  new DataView(b.buffer).setUint32(0, n);
  return b;
}

function u64(n: number): Uint8Array {
  const b = new Uint8Array(8);
  new DataView(b.buffer).setBigUint64(0, BigInt(n));
  return b;
}

/** A box with a 32-bit size. */
function box(type: string, ...payloads: Uint8Array[]): Uint8Array {
  const body = concat(payloads);
  return concat([u32(8 + body.length), ascii(type), body]);
}

/** A box with `size == 1` and a 64-bit largesize after the type. */
function largeBox(type: string, ...payloads: Uint8Array[]): Uint8Array {
  const body = concat(payloads);
  return concat([u32(1), ascii(type), u64(16 + body.length), body]);
}

/** A FullBox header: version and 24 bits of flags. */
function full(version: number): Uint8Array {
  return Uint8Array.of(version, 0, 0, 0);
}

function mdhd(version: 0 | 1, timescale: number): Uint8Array {
  if (version === 0) return box('mdhd', full(0), u32(0), u32(0), u32(timescale), u32(0), new Uint8Array(4));
  return box('mdhd', full(1), u64(0), u64(0), u32(timescale), u64(0), new Uint8Array(4));
}

function moov(timescale: number, version: 0 | 1 = 0): Uint8Array {
  return box('moov', box('mvhd', full(0), new Uint8Array(96)), box('trak', box('tkhd', full(0), new Uint8Array(80)), box('mdia', box('hdlr', full(0), new Uint8Array(20)), mdhd(version, timescale))));
}

function tfdt(version: 0 | 1, ticks: number): Uint8Array {
  return version === 0 ? box('tfdt', full(0), u32(ticks)) : box('tfdt', full(1), u64(ticks));
}

function moof(seq: number, ticks: number, version: 0 | 1 = 0): Uint8Array {
  return box('moof', box('mfhd', full(0), u32(seq)), box('traf', box('tfhd', full(0), u32(1)), tfdt(version, ticks), box('trun', full(0), u32(0))));
}

function mdat(bytes: number): Uint8Array {
  return box('mdat', new Uint8Array(bytes).fill(0xab));
}

const FTYP = box('ftyp', ascii('isom'), u32(512), ascii('isom'), ascii('iso6'));

/** Reads a file that has exactly `size` bytes so far. */
function reader(file: Uint8Array, size = file.length): ReadBytes {
  return (offset, length) => file.slice(offset, Math.min(size, offset + length));
}

/** Feeds the file as it grows, one byte at a time; returns the index after each size. */
function grow(file: Uint8Array, each: (index: FragmentIndex, size: number) => void): FragmentIndex {
  const index = new FragmentIndex();
  for (let size = 0; size <= file.length; size++) {
    index.update(size, reader(file, size));
    each(index, size);
  }
  return index;
}

describe('FragmentIndex: the pieces of a growing fragmented MP4', () => {
  it('finds the end of the init segment only once the moov box is complete', () => {
    const m = moov(12800);
    const file = concat([FTYP, m]);
    const initEnd = FTYP.length + m.length;
    grow(file, (index, size) => {
      assert.equal(index.initEnd, size >= initEnd ? initEnd : null, `at ${size} bytes`);
      assert.deepEqual(index.fragments, []);
    });
  });

  it('counts a fragment only once its mdat is entirely on disk, byte by byte around the boundaries', () => {
    const head = concat([FTYP, moov(1000)]);
    const f1 = moof(1, 0);
    const d1 = mdat(37);
    const f2 = moof(2, 2000);
    const d2 = mdat(5);
    const file = concat([head, f1, d1, f2, d2]);
    const end1 = head.length + f1.length + d1.length;
    const end2 = file.length;
    const index = grow(file, (idx, size) => {
      const expected = (size >= end1 ? 1 : 0) + (size >= end2 ? 1 : 0);
      assert.equal(idx.fragments.length, expected, `at ${size} bytes`);
    });
    assert.deepEqual(index.fragments, [
      { startSec: 0, offset: head.length, end: end1 },
      { startSec: 2, offset: end1, end: end2 },
    ]);
    assert.equal(index.initEnd, head.length);
    assert.equal(index.frontSec, 2);
  });

  it('does not lose a fragment when the size jumps over several boxes at once, and reads nothing twice', () => {
    const head = concat([FTYP, moov(90000)]);
    const frags = [0, 2, 4, 6].map((s, i) => concat([moof(i + 1, s * 90000), mdat(100 + i)]));
    const file = concat([head, ...frags]);
    const index = new FragmentIndex();
    const reads: number[] = [];
    const read: ReadBytes = (o, l) => (reads.push(o), file.slice(o, o + l));
    // Half of the second fragment, then everything.
    const cut = head.length + frags[0]!.length + 30;
    index.update(cut, read);
    assert.deepEqual(index.fragments.map((f) => f.startSec), [0]);
    index.update(file.length, read);
    assert.deepEqual(index.fragments.map((f) => f.startSec), [0, 2, 4, 6]);
    const again = reads.length;
    index.update(file.length, read);
    assert.equal(reads.length, again, 'nothing new: nothing read');
  });

  it('reads the timescale from mdhd version 0 and version 1, and the decode time from tfdt version 0 and 1', () => {
    const body = (b: Uint8Array) => b.subarray(8);
    assert.equal(timescaleOf(body(moov(12800, 0))), 12800);
    assert.equal(timescaleOf(body(moov(48000, 1))), 48000);
    assert.equal(timescaleOf(body(box('moov', box('mvhd', full(0))))), null, 'no track');
    assert.equal(decodeTimeOf(body(moof(1, 25600, 0))), 25600);
    assert.equal(decodeTimeOf(body(moof(1, 2 ** 33 + 5, 1))), 2 ** 33 + 5, 'beyond 32 bits');
    assert.equal(decodeTimeOf(body(box('moof', box('mfhd', full(0), u32(1))))), null, 'no traf');

    // The same through the index: a version-1 mdhd with version-1 tfdt, and a version-0 pair.
    for (const v of [0, 1] as const) {
      const file = concat([FTYP, moov(48000, v), moof(1, 48000 * 3, v), mdat(10), moof(2, 48000 * 5, v), mdat(10)]);
      const index = new FragmentIndex();
      index.update(file.length, reader(file));
      assert.deepEqual(index.fragments.map((f) => f.startSec), [3, 5], `version ${v}`);
    }
  });

  it('reads a box with a 64-bit size (size == 1 and a largesize)', () => {
    const head = concat([FTYP, moov(1000)]);
    const f1 = moof(1, 1000);
    const d1 = largeBox('mdat', new Uint8Array(40));
    const pad = largeBox('free', new Uint8Array(3));
    const f2 = moof(2, 3000);
    const d2 = mdat(9);
    const file = concat([head, f1, d1, pad, f2, d2]);
    const end1 = head.length + f1.length + d1.length;
    const index = grow(file, (idx, size) => {
      assert.equal(idx.fragments.length, (size >= end1 ? 1 : 0) + (size >= file.length ? 1 : 0), `at ${size} bytes`);
    });
    assert.deepEqual(index.fragments, [
      { startSec: 1, offset: head.length, end: end1 },
      { startSec: 3, offset: end1 + pad.length, end: file.length },
    ]);
  });

  it('skips boxes it does not know (free, sidx, mfra) wherever they stand', () => {
    const free = box('free', new Uint8Array(7));
    const head = concat([FTYP, free, moov(1000), box('sidx', full(0), new Uint8Array(20))]);
    const f1 = concat([moof(1, 0), mdat(4)]);
    const f2 = concat([moof(2, 2500), mdat(4)]);
    const file = concat([head, f1, free, f2, box('mfra', box('mfro', full(0), u32(16)))]);
    const index = new FragmentIndex();
    index.update(file.length, reader(file));
    assert.equal(index.initEnd, FTYP.length + free.length + moov(1000).length);
    assert.deepEqual(index.fragments, [
      { startSec: 0, offset: head.length, end: head.length + f1.length },
      { startSec: 2.5, offset: head.length + f1.length + free.length, end: head.length + f1.length + free.length + f2.length },
    ]);
  });

  it('picks the last fragment starting at or before a moment, and none before the first', () => {
    const head = concat([FTYP, moov(1000)]);
    const file = concat([head, ...[2, 4, 6, 8].map((s, i) => concat([moof(i + 1, s * 1000), mdat(3)]))]);
    const index = new FragmentIndex();
    assert.equal(index.fragmentFor(5), null, 'nothing indexed yet');
    assert.equal(index.frontSec, 0);
    index.update(file.length, reader(file));
    assert.equal(index.fragmentFor(0), null);
    assert.equal(index.fragmentFor(1.99), null);
    assert.equal(index.fragmentFor(2), 0);
    assert.equal(index.fragmentFor(3.9), 0);
    assert.equal(index.fragmentFor(4), 1);
    assert.equal(index.fragmentFor(5), 1);
    assert.equal(index.fragmentFor(7.999), 2);
    assert.equal(index.fragmentFor(8), 3);
    assert.equal(index.fragmentFor(1000), 3);
    assert.equal(index.frontSec, 8);
  });

  it('throws on a moof before the moov, and on a box whose size cannot be', () => {
    const early = concat([FTYP, moof(1, 0), mdat(4)]);
    assert.throws(() => new FragmentIndex().update(early.length, reader(early)), /moov/);

    for (const size of [0, 4, 7]) {
      const bad = concat([FTYP, u32(size), ascii('free'), new Uint8Array(8)]);
      assert.throws(() => new FragmentIndex().update(bad.length, reader(bad)), /impossible size/, `size ${size}`);
    }
    // A largesize smaller than its own 16-byte header.
    const badLarge = concat([FTYP, u32(1), ascii('mdat'), u64(12), new Uint8Array(8)]);
    assert.throws(() => new FragmentIndex().update(badLarge.length, reader(badLarge)), /impossible size/);

    const noScale = concat([FTYP, box('moov', box('mvhd', full(0)))]);
    assert.throws(() => new FragmentIndex().update(noScale.length, reader(noScale)), /timescale/);
  });
});

describe('teeFileName: a path inside ffmpeg\'s tee muxer argument', () => {
  it('escapes backslash, |, [, ] and \' with a backslash and leaves : and spaces alone', () => {
    assert.equal(teeFileName('file:/tmp/plain name.mp4'), 'file:/tmp/plain name.mp4');
    assert.equal(teeFileName('a|b'), 'a\\|b');
    assert.equal(teeFileName('[x]'), '\\[x\\]');
    assert.equal(teeFileName("it's"), "it\\'s");
    assert.equal(teeFileName('C:\\Users\\me'), 'C:\\\\Users\\\\me');
    assert.equal(teeFileName("file:/t/a [b] | c's\\d.mp4"), "file:/t/a \\[b\\] \\| c\\'s\\\\d.mp4");
  });
});

describe('copySwitch: when the picture moves to the background copy and back', () => {
  const ffmpeg = (from: number, at: number, done = false) => ({ from, at, done, fromCopy: false });
  const fromCopy = (from: number, at: number, done = false) => ({ from, at, done, fromCopy: true });
  const growing = (frontSec: number): CopyProgress => ({ frontSec, state: 'growing' });

  it('does nothing without a running producer or without a copy', () => {
    assert.equal(copySwitch(null, growing(100), 0), null);
    assert.equal(copySwitch(ffmpeg(0, 5), null, 0), null);
    assert.equal(copySwitch(ffmpeg(0, 5, true), { frontSec: 100, state: 'complete' }, 0), null, 'a done producer stays');
    assert.equal(copySwitch(fromCopy(0, 5, true), { frontSec: 0, state: 'gone' }, 0), null, 'a done producer stays');
  });

  it('moves to the copy once ffmpeg has delivered and the copy is COPY_LEAD_SEC ahead or complete', () => {
    assert.equal(copySwitch(ffmpeg(10, 10), growing(100), 10), null, 'nothing delivered yet: the start stays as fast as it is');
    assert.equal(copySwitch(ffmpeg(10, 10), { frontSec: 100, state: 'complete' }, 10), null);
    assert.equal(copySwitch(ffmpeg(10, 14), growing(14 + COPY_LEAD_SEC), 11), 'to-copy');
    assert.equal(copySwitch(ffmpeg(10, 14), growing(14 + COPY_LEAD_SEC - 0.01), 11), null);
    assert.equal(copySwitch(ffmpeg(10, 14), growing(6), 11), null, 'the copy is behind');
    assert.equal(copySwitch(ffmpeg(10, 14), { frontSec: 6, state: 'complete' }, 11), 'to-copy', 'complete: all of it is there');
    assert.equal(copySwitch(ffmpeg(10, 14), { frontSec: 100, state: 'gone' }, 11), null);
  });

  it('moves back to ffmpeg when the copy is gone, or when both it and the producer are about to run out', () => {
    assert.equal(copySwitch(fromCopy(10, 30), { frontSec: 100, state: 'gone' }, 11), 'to-ffmpeg');
    assert.equal(copySwitch(fromCopy(10, 10), { frontSec: 0, state: 'gone' }, 10), 'to-ffmpeg', 'even before it delivered');
    const t = 20;
    const near = t + COPY_STARVES_SEC - 0.01;
    assert.equal(copySwitch(fromCopy(10, near), growing(near), t), 'to-ffmpeg');
    assert.equal(copySwitch(fromCopy(10, near), growing(t + COPY_STARVES_SEC), t), null, 'the copy still has a margin');
    assert.equal(copySwitch(fromCopy(10, t + COPY_STARVES_SEC), growing(near), t), null, 'the producer still has a margin');
    assert.equal(copySwitch(fromCopy(10, near), { frontSec: near, state: 'complete' }, t), null, 'a complete copy never starves');
    assert.equal(copySwitch(fromCopy(10, 30), growing(200), t), null);
  });
});
