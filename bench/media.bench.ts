/**
 * Media pipeline figures on a generated 60-minute AAC recording (5 minutes in quick mode):
 * (a) peaks computation against ffmpeg's plain decode of the same PCM (the floor), interleaved
 *     A B A B A B so machine noise hits both alike; (b) the audio proxy with peaks in the same pass
 *     against ffmpeg's plain MP3 transcode; (c) the serialised peaks size.
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { median, type BenchContext, type BenchFigure } from './benchKit';
import { serializePeaks } from '../src/core/media/peaksData';
import { locateFfmpeg } from '../src/media/ffmpegLocator';
import { computePeaks } from '../src/media/peaks';
import { createProxy } from '../src/media/proxy';

function ffmpegTo(ffmpeg: string, args: string[], stdoutFile: string | null): Promise<void> {
  return new Promise((resolve, reject) => {
    const out = stdoutFile ? fs.openSync(stdoutFile, 'w') : 'ignore';
    const p = spawn(ffmpeg, args, { stdio: ['ignore', out, 'pipe'] });
    let err = '';
    p.stderr?.on('data', (d: Buffer) => (err += d.toString()));
    p.on('error', reject);
    p.on('close', (code) => {
      if (typeof out === 'number') fs.closeSync(out);
      if (code === 0) resolve();
      else reject(new Error(`ffmpeg ${args.join(' ')} exited ${code}: ${err.slice(-500)}`));
    });
  });
}

async function seconds(fn: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await fn();
  return (performance.now() - t) / 1000;
}

export async function run(ctx: BenchContext): Promise<BenchFigure[]> {
  const found = await locateFfmpeg();
  if (!found.ok) throw new Error(found.problem.message.en);
  const tools = found.value;
  const minutes = ctx.quick ? 5 : 60;
  const dur = minutes * 60;
  const input = path.join(ctx.tmpDir, `talk-${minutes}min.m4a`);
  ctx.log(`media: generating ${minutes} min AAC (sine + noise, 44.1 kHz mono, 64 kb/s)…`);
  await ffmpegTo(
    tools.ffmpeg,
    ['-v', 'error', '-y', '-f', 'lavfi', '-i', `sine=f=220:r=44100:d=${dur}`, '-f', 'lavfi', '-i', `anoisesrc=r=44100:a=0.1:d=${dur}`, '-filter_complex', 'amix=inputs=2:duration=shortest', '-ac', '1', '-c:a', 'aac', '-b:a', '64k', input],
    null,
  );

  // (a) interleaved A B A B A B, after one warm-up of each (JIT, disk cache), as medianMs does.
  const decodeArgs = ['-v', 'error', '-nostdin', '-i', input, '-vn', '-ac', '1', '-ar', '8000', '-f', 's16le', '-'];
  await computePeaks(input, tools, { durationSec: dur });
  await ffmpegTo(tools.ffmpeg, decodeArgs, '/dev/null');
  const ours: number[] = [];
  const plain: number[] = [];
  let peaksBytes = 0;
  let levels = '';
  for (let i = 0; i < 3; i++) {
    ours.push(
      await seconds(async () => {
        const r = await computePeaks(input, tools, { durationSec: dur });
        if (!r.ok) throw new Error(r.problem.message.en);
        const bytes = serializePeaks(r.value);
        peaksBytes = bytes.length;
        levels = r.value.levels.map((l) => l.min.length).join('/');
      }),
    );
    plain.push(await seconds(() => ffmpegTo(tools.ffmpeg, decodeArgs, '/dev/null')));
    ctx.log(`media: run ${i + 1}: peaks ${ours[i]!.toFixed(2)} s, plain decode ${plain[i]!.toFixed(2)} s`);
  }
  const oursMed = median(ours);
  const plainMed = median(plain);

  // (b) audio proxy (MP3 + peaks in one pass) vs plain MP3 transcode
  const proxyOut = path.join(ctx.tmpDir, 'proxy.mp3');
  const proxySec = await seconds(async () => {
    const r = await createProxy(input, proxyOut, { container: 'mp3', video: 'drop', audio: 'mp3' }, tools, { hasAudio: true, durationSec: dur });
    if (!r.ok) throw new Error(r.problem.message.en);
  });
  const plainMp3 = path.join(ctx.tmpDir, 'plain.mp3');
  const plainMp3Sec = await seconds(() => ffmpegTo(tools.ffmpeg, ['-v', 'error', '-nostdin', '-y', '-i', input, '-vn', '-c:a', 'libmp3lame', '-q:a', '4', plainMp3], null));

  const label = `${minutes} min`;
  return [
    {
      id: 'media.peaks.ratio',
      label: `peaks (${label} AAC) / plain ffmpeg decode`,
      value: +(oursMed / plainMed).toFixed(3),
      unit: 'x',
      budget: { max: 1.25 },
      detail: { peaksMedianSec: +oursMed.toFixed(3), plainDecodeMedianSec: +plainMed.toFixed(3), runs: 3, levels },
    },
    {
      id: 'media.proxy.audio60',
      label: `audio proxy MP3 + peaks in one pass (${label} AAC)`,
      value: +proxySec.toFixed(2),
      unit: 's',
      detail: { plainMp3TranscodeSec: +plainMp3Sec.toFixed(2), ratio: +(proxySec / plainMp3Sec).toFixed(3) },
    },
    {
      id: 'media.peaks.bytes',
      label: `serialised peaks, all levels (${label})`,
      value: peaksBytes,
      unit: 'bytes',
      detail: { bytesPerMinute: Math.round(peaksBytes / minutes) },
    },
  ];
}
