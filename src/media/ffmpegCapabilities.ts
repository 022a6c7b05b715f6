/** The codecs an ffmpeg binary has, from `-decoders` and `-encoders` (for the installation check). */
import { parseCodecList } from '../core/media/videoEncoders';
import { runProcess } from './runProcess';

export async function ffmpegCodecs(ffmpeg: string, timeoutMs = 10_000): Promise<{ decoders: Set<string>; encoders: Set<string> }> {
  const list = async (flag: string) => {
    const r = await runProcess(ffmpeg, ['-hide_banner', flag], { timeoutMs, maxStdoutBytes: 1024 * 1024 });
    return r.code === 0 ? parseCodecList(r.stdout.toString('utf8')) : new Set<string>();
  };
  const [decoders, encoders] = await Promise.all([list('-decoders'), list('-encoders')]);
  return { decoders, encoders };
}
