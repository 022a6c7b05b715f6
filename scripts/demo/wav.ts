/**
 * Just enough of RIFF/WAVE to read espeak-ng's output (16-bit PCM, mono) and write the
 * concatenated track. Durations are read from the header, so cue times come straight from the
 * synthesis instead of from a second tool.
 */

export interface PcmWav {
  sampleRate: number;
  channels: number;
  bitsPerSample: number;
  /** Interleaved little-endian samples. */
  data: Buffer;
}

export type WavParse = { ok: true; wav: PcmWav } | { ok: false; error: string };

export function parseWav(buf: Buffer): WavParse {
  if (buf.length < 12 || buf.toString('ascii', 0, 4) !== 'RIFF' || buf.toString('ascii', 8, 12) !== 'WAVE') {
    return { ok: false, error: 'not a RIFF/WAVE file' };
  }
  let fmt: Omit<PcmWav, 'data'> | null = null;
  let off = 12;
  while (off + 8 <= buf.length) {
    const id = buf.toString('ascii', off, off + 4);
    const declared = buf.readUInt32LE(off + 4);
    const body = off + 8;
    // espeak-ng writing to a pipe leaves the size as 0x7fffffff: clamp to what is there.
    const size = Math.min(declared, buf.length - body);
    if (id === 'fmt ') {
      if (size < 16) return { ok: false, error: 'fmt chunk too short' };
      const format = buf.readUInt16LE(body);
      if (format !== 1) return { ok: false, error: `not PCM (format ${format})` };
      fmt = {
        channels: buf.readUInt16LE(body + 2),
        sampleRate: buf.readUInt32LE(body + 4),
        bitsPerSample: buf.readUInt16LE(body + 14),
      };
    } else if (id === 'data') {
      if (!fmt) return { ok: false, error: 'data chunk before fmt chunk' };
      if (fmt.bitsPerSample !== 16) return { ok: false, error: `expected 16-bit samples, got ${fmt.bitsPerSample}` };
      const frame = fmt.channels * 2;
      const usable = size - (size % frame);
      return { ok: true, wav: { ...fmt, data: buf.subarray(body, body + usable) } };
    }
    off = body + size + (size % 2);
  }
  return { ok: false, error: 'no data chunk' };
}

export function frameCount(wav: PcmWav): number {
  return wav.data.length / (wav.channels * (wav.bitsPerSample / 8));
}

export function encodeWav(wav: PcmWav): Buffer {
  const header = Buffer.alloc(44);
  const blockAlign = wav.channels * (wav.bitsPerSample / 8);
  header.write('RIFF', 0, 'ascii');
  header.writeUInt32LE(36 + wav.data.length, 4);
  header.write('WAVE', 8, 'ascii');
  header.write('fmt ', 12, 'ascii');
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(wav.channels, 22);
  header.writeUInt32LE(wav.sampleRate, 24);
  header.writeUInt32LE(wav.sampleRate * blockAlign, 28);
  header.writeUInt16LE(blockAlign, 32);
  header.writeUInt16LE(wav.bitsPerSample, 34);
  header.write('data', 36, 'ascii');
  header.writeUInt32LE(wav.data.length, 40);
  return Buffer.concat([header, wav.data]);
}

/**
 * Cuts the silence espeak-ng puts before and after an utterance (about 0.3 s at the end), keeping
 * `marginMs` around the sound, so the gaps in the dialogue are the ones written in the script.
 * 16-bit mono only; a silent input returns an empty buffer.
 */
export function trimSilence(wav: PcmWav, threshold = 300, marginMs = 40): PcmWav {
  if (wav.channels !== 1 || wav.bitsPerSample !== 16) throw new Error('trimSilence: 16-bit mono only');
  const n = wav.data.length / 2;
  const loud = (i: number) => Math.abs(wav.data.readInt16LE(i * 2)) > threshold;
  let first = 0;
  while (first < n && !loud(first)) first++;
  if (first === n) return { ...wav, data: wav.data.subarray(0, 0) };
  let last = n - 1;
  while (last > first && !loud(last)) last--;
  const margin = Math.round((wav.sampleRate * marginMs) / 1000);
  const from = Math.max(0, first - margin);
  const to = Math.min(n, last + 1 + margin);
  return { ...wav, data: wav.data.subarray(from * 2, to * 2) };
}
