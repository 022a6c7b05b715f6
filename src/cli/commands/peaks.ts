import * as path from 'node:path';
import { CliError, cliLang, parseArgs, stringFlag, type CliCommand } from '../cliCommand';
import { t } from '../../core/text/lang';
import { serializePeaks, toWavesurferPeaks } from '../../core/media/peaksData';
import { computePeaks } from '../../media/peaks';
import { cliProbe, cliTools, oneMediaArg, problemError } from './probe';
import { writeOut } from '../writeOut';

export const peaksCommand: CliCommand = {
  name: 'peaks',
  summary: 'Compute the waveform peaks of a recording (binary cache format, or wavesurfer JSON for .json)',
  usage: 'klein-kijken peaks <media> --out <file.peaks|file.json> [--ffmpeg <path>]',
  async run(argv, io) {
    const args = parseArgs(argv, ['out', 'ffmpeg']);
    const media = oneMediaArg(io, 'peaks', args);
    const outFlag = stringFlag(args, 'out');
    if (!outFlag) throw new CliError(t(cliLang(io.env), 'klein-kijken peaks: --out <bestand> ontbreekt', 'klein-kijken peaks: --out <file> is missing'));
    const out = path.resolve(io.cwd, outFlag);
    const tools = await cliTools(io, 'peaks', args);
    const probe = await cliProbe(io, 'peaks', media, tools);
    if (!probe.audio) throw new CliError(t(cliLang(io.env), `klein-kijken peaks: '${media}' heeft geen geluid`, `klein-kijken peaks: '${media}' has no audio`));
    const r = await computePeaks(media, tools, { durationSec: probe.durationSec });
    if (!r.ok) throw problemError(io, 'peaks', r.problem);
    const peaks = r.value;
    // .json: what wavesurfer.js takes (finest level), for a quick look; anything else: binary.
    const body = out.toLowerCase().endsWith('.json') ? JSON.stringify(wavesurferJson(peaks)) : serializePeaks(peaks);
    await writeOut(out, body);
    io.out(JSON.stringify({ durationSec: peaks.durationSec, levels: peaks.levels.map((l) => ({ peaksPerSec: l.peaksPerSec, count: l.min.length })) }));
    return 0;
  },
};

function wavesurferJson(peaks: Parameters<typeof toWavesurferPeaks>[0]) {
  const ws = toWavesurferPeaks(peaks);
  return { duration: ws.duration, peaks: ws.peaks.map((ch) => Array.from(ch, (v) => Math.round(v * 1e4) / 1e4)) };
}
