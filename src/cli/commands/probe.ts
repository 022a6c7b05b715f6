import * as path from 'node:path';
import { CliError, cliLang, parseArgs, stringFlag, type CliCommand, type CliIo, type ParsedArgs } from '../cliCommand';
import { t } from '../../core/text/lang';
import type { MediaProblem, ProbedMedia } from '../../core/media/mediaInfo';
import { planPlayback } from '../../core/media/playbackPlan';
import { locateFfmpeg, type FfmpegTools } from '../../media/ffmpegLocator';
import { probeMedia } from '../../media/probe';

/** A media problem as the one stderr line of exit code 2. */
export function problemError(io: CliIo, command: string, p: MediaProblem): CliError {
  return new CliError(`klein-kijken ${command}: ${t(cliLang(io.env), p.message.nl, p.message.en)}${p.detail ? ` (${p.detail})` : ''}`);
}

/** `--ffmpeg <path>` or KLEIN_KIJKEN_FFMPEG plays the role of the extension's setting. */
export async function cliTools(io: CliIo, command: string, args: ParsedArgs): Promise<FfmpegTools> {
  const found = await locateFfmpeg({ settingPath: stringFlag(args, 'ffmpeg') ?? io.env.KLEIN_KIJKEN_FFMPEG ?? null, env: io.env });
  if (!found.ok) throw problemError(io, command, found.problem);
  return found.value;
}

export function oneMediaArg(io: CliIo, command: string, args: ParsedArgs): string {
  const [media, extra] = args.positional;
  if (media === undefined || extra !== undefined) {
    throw new CliError(t(cliLang(io.env), `klein-kijken ${command}: geef precies één mediabestand`, `klein-kijken ${command}: give exactly one media file`));
  }
  return path.resolve(io.cwd, media);
}

export async function cliProbe(io: CliIo, command: string, media: string, tools: FfmpegTools): Promise<ProbedMedia> {
  const probed = await probeMedia(media, tools);
  if (!probed.ok) throw problemError(io, command, probed.problem);
  return probed.value;
}

export const probeCommand: CliCommand = {
  name: 'probe',
  summary: 'Describe a recording (codecs, size, duration) and whether VS Code can play it as it is',
  usage: 'klein-kijken probe <media> [--ffmpeg <path>]',
  async run(argv, io) {
    const args = parseArgs(argv, ['ffmpeg']);
    const media = oneMediaArg(io, 'probe', args);
    const tools = await cliTools(io, 'probe', args);
    const p = await cliProbe(io, 'probe', media, tools);
    const plan = planPlayback(p);
    // A cover image in an audio file is not video (see playbackPlan).
    const v = p.video && !p.video.isAttachedPic ? p.video : null;
    io.out(
      JSON.stringify({
        durationSec: p.durationSec,
        video: v ? { codec: v.codec, width: v.width, height: v.height } : null,
        audio: p.audio ? { codec: p.audio.codec, sampleRate: p.audio.sampleRate, channels: p.audio.channels } : null,
        plan: { video: plan.video, audio: plan.audio },
      }),
    );
    return 0;
  },
};
