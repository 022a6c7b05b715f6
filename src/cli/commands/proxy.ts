import * as path from 'node:path';
import { CliError, cliLang, parseArgs, type CliCommand } from '../cliCommand';
import { t } from '../../core/text/lang';
import { planPlayback } from '../../core/media/playbackPlan';
import { createProxy } from '../../media/proxy';
import { cliProbe, cliTools, oneMediaArg, problemError } from './probe';
import { stringFlag } from '../cliCommand';

/**
 * Writes the playback proxy. When VS Code could play the recording as it is, the proxy is still
 * written (the same recipe `forceProxy` gives the extension) and stderr says so: the command
 * is asked for a file, and a copy of the original would not show what the proxy path does.
 */
export const proxyCommand: CliCommand = {
  name: 'proxy',
  summary: 'Write the playback copy VS Code can play (MP3 for audio, H.264/MP3 MP4 for video)',
  usage: 'klein-kijken proxy <media> --out <file.mp3|file.mp4|file.webm> [--ffmpeg <path>]',
  async run(argv, io) {
    const args = parseArgs(argv, ['out', 'ffmpeg']);
    const media = oneMediaArg(io, 'proxy', args);
    const outFlag = stringFlag(args, 'out');
    if (!outFlag) throw new CliError(t(cliLang(io.env), 'klein-kijken proxy: --out <bestand> ontbreekt', 'klein-kijken proxy: --out <file> is missing'));
    const out = path.resolve(io.cwd, outFlag);
    const tools = await cliTools(io, 'proxy', args);
    const probe = await cliProbe(io, 'proxy', media, tools);
    let plan = planPlayback(probe);
    if (!plan.proxy) {
      io.err(t(cliLang(io.env), 'klein-kijken proxy: VS Code speelt dit bestand zoals het is; er wordt toch een afspeelkopie geschreven.', 'klein-kijken proxy: VS Code plays this file as it is; a playback copy is written anyway.'));
      plan = planPlayback(probe, { forceProxy: true });
    }
    const recipe = plan.proxy!;
    if (path.extname(out).toLowerCase() !== `.${recipe.container}`) {
      throw new CliError(t(cliLang(io.env), `klein-kijken proxy: de afspeelkopie van dit bestand is ${recipe.container.toUpperCase()}; laat --out eindigen op .${recipe.container}`, `klein-kijken proxy: this recording's playback copy is ${recipe.container.toUpperCase()}; make --out end in .${recipe.container}`));
    }
    if (out === media) throw new CliError(t(cliLang(io.env), 'klein-kijken proxy: --out mag het origineel niet zijn', 'klein-kijken proxy: --out must not be the original'));
    const r = await createProxy(media, out, recipe, tools, { hasAudio: probe.audio !== null, durationSec: probe.durationSec });
    if (!r.ok) throw problemError(io, 'proxy', r.problem);
    io.out(JSON.stringify({ out, recipe, plan: { video: plan.video, audio: plan.audio } }));
    return 0;
  },
};
