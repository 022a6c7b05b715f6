/**
 * Where the pieces of a growing fragmented MP4 are (ISO/IEC 14496-12): the initialisation
 * segment (`ftyp` + `moov`) and each fragment (`moof` + its `mdat`) with the time it starts.
 * The background copy writes its picture as such a file while it works (proxy.ts, `videoTail`);
 * the stream reads it from the fragment that holds the playhead, so the recording is transcoded
 * once instead of twice (issue 15, playback.backgroundRatio).
 *
 * Only what is complete on disk counts: a box is read when all its bytes are there, so a reader
 * never hands the webview half a fragment. One track per file (the copy writes only its video).
 */

/** A growing copy's picture: still being written, written to the end, or no longer there. */
export type CopyTailState = 'growing' | 'complete' | 'gone';

export interface Fragment {
  /** The time of the fragment's first sample, in seconds (`tfdt` ÷ the track's timescale). */
  startSec: number;
  /** Byte offset of its `moof`. */
  offset: number;
  /** Byte offset just past its `mdat`. */
  end: number;
}

/** Reads `length` bytes at `offset` (fewer only at the end of the file). */
export type ReadBytes = (offset: number, length: number) => Uint8Array;

/** Boxes bigger than this are not what ffmpeg writes for a fragment: the file is not ours. */
const MAX_BOX_READ = 16 * 1024 * 1024;

interface BoxHeader {
  type: string;
  size: number;
  headerSize: number;
}

function readHeader(bytes: Uint8Array, at: number): BoxHeader | null {
  if (bytes.length - at < 8) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let size = view.getUint32(at);
  const type = String.fromCharCode(bytes[at + 4]!, bytes[at + 5]!, bytes[at + 6]!, bytes[at + 7]!);
  let headerSize = 8;
  if (size === 1) {
    if (bytes.length - at < 16) return null;
    size = Number(view.getBigUint64(at + 8));
    headerSize = 16;
  }
  // size 0 ("to the end of the file") never occurs in a fragment stream that still grows.
  if (size < headerSize) throw new Error(`box "${type}" with an impossible size ${size}`);
  return { type, size, headerSize };
}

/** The child boxes of a container box's payload. */
function* children(payload: Uint8Array): Generator<{ type: string; body: Uint8Array }> {
  let at = 0;
  while (at + 8 <= payload.length) {
    const h = readHeader(payload, at);
    if (!h || at + h.size > payload.length) return;
    yield { type: h.type, body: payload.subarray(at + h.headerSize, at + h.size) };
    at += h.size;
  }
}

function child(payload: Uint8Array, path: string[]): Uint8Array | null {
  let cur: Uint8Array | null = payload;
  for (const name of path) {
    let next: Uint8Array | null = null;
    for (const c of children(cur)) {
      if (c.type === name) {
        next = c.body;
        break;
      }
    }
    if (!next) return null;
    cur = next;
  }
  return cur;
}

const view = (b: Uint8Array) => new DataView(b.buffer, b.byteOffset, b.byteLength);

/** The media timescale from `moov/trak/mdia/mdhd` (ticks per second). */
export function timescaleOf(moov: Uint8Array): number | null {
  const mdhd = child(moov, ['trak', 'mdia', 'mdhd']);
  if (!mdhd || mdhd.length < 24) return null;
  const v = view(mdhd);
  // FullBox: version (1 byte) + flags (3); version 1 has 64-bit creation and modification times.
  const scale = mdhd[0] === 1 ? (mdhd.length >= 32 ? v.getUint32(20) : 0) : v.getUint32(12);
  return scale > 0 ? scale : null;
}

/** The decode time of a fragment's first sample from `moof/traf/tfdt`, in timescale ticks. */
export function decodeTimeOf(moof: Uint8Array): number | null {
  const tfdt = child(moof, ['traf', 'tfdt']);
  if (!tfdt || tfdt.length < 8) return null;
  const v = view(tfdt);
  if (tfdt[0] === 1) return tfdt.length >= 12 ? Number(v.getBigUint64(4)) : null;
  return v.getUint32(4);
}

/**
 * The index of one growing file. `update` reads the boxes that became complete since the last
 * call; nothing is read twice (a `moof` is read whole, an `mdat` only by its header).
 */
export class FragmentIndex {
  /** Byte offset just past the `moov`: the initialisation segment is [0, initEnd). */
  initEnd: number | null = null;
  readonly fragments: Fragment[] = [];
  private timescale: number | null = null;
  /** Offset of the next top-level box not yet read. */
  private next = 0;
  /** A `moof` read, waiting for its `mdat` to be complete. */
  private pending: { offset: number; startSec: number } | null = null;

  /** Reads what is complete in the first `size` bytes. Throws when the file is not a fragmented MP4. */
  update(size: number, read: ReadBytes): void {
    while (size - this.next >= 8) {
      const head = read(this.next, 16);
      const h = readHeader(head, 0);
      if (!h || this.next + h.size > size) return;
      if (h.type === 'moov' || h.type === 'moof') {
        if (h.size > MAX_BOX_READ) throw new Error(`a "${h.type}" box of ${h.size} bytes`);
        const body = read(this.next + h.headerSize, h.size - h.headerSize);
        if (body.length < h.size - h.headerSize) return;
        if (h.type === 'moov') {
          this.timescale = timescaleOf(body);
          if (!this.timescale) throw new Error('no track timescale in the moov box');
          this.initEnd = this.next + h.size;
        } else {
          const ticks = decodeTimeOf(body);
          if (ticks === null || !this.timescale) throw new Error('a fragment without its decode time, or before the moov box');
          this.pending = { offset: this.next, startSec: ticks / this.timescale };
        }
      } else if (h.type === 'mdat' && this.pending) {
        this.fragments.push({ ...this.pending, end: this.next + h.size });
        this.pending = null;
      }
      this.next += h.size;
    }
  }

  /** The time up to which the picture is complete on disk: the start of the newest fragment. */
  get frontSec(): number {
    const last = this.fragments[this.fragments.length - 1];
    return last ? last.startSec : 0;
  }

  /**
   * The index of the fragment to start from so that `t` is shown: the last one starting at or
   * before `t` (the copy starts every fragment with a key frame). Null before the first fragment.
   */
  fragmentFor(t: number): number | null {
    let lo = 0;
    let hi = this.fragments.length - 1;
    let found: number | null = null;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.fragments[mid]!.startSec <= t + 1e-6) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }
}
