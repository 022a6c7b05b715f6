import { CliError, cliLang, parseArgs, stringFlag, type CliCommand, type CliIo } from '../cliCommand';
import { t } from '../../core/text/lang';
import type { LocalText } from '../../core/session/model';
import { formatClock } from '../../core/text/time';
import { loadSherpa } from '../../speech/sherpaLoader';
import type { SherpaModule } from '../../speech/sherpaTypes';
import { detectSpeechInFile } from '../../speech/speechRegions';
import { cliTools, oneMediaArg } from './probe';

const USAGE = 'klein-kijken speech <recording> [--format text|json] [--ffmpeg <path>]';

/** A LocalText problem as the one stderr line of exit code 2. */
export function speechError(io: CliIo, command: string, p: LocalText): CliError {
  return new CliError(`klein-kijken ${command}: ${t(cliLang(io.env), p.nl, p.en)}`);
}

export function cliSherpa(io: CliIo, command: string): SherpaModule {
  const s = loadSherpa();
  if (!s.ok) throw speechError(io, command, s.problem);
  return s.sherpa;
}

const round = (t: number) => Math.round(t * 100) / 100;

/** `klein-kijken speech <recording>`: where someone speaks (Silero VAD), one region per line or JSON. */
export const speechCommand: CliCommand = {
  name: 'speech',
  summary: 'print the speech regions of a recording (voice activity detection, Silero VAD)',
  usage: USAGE,
  async run(argv, io) {
    const args = parseArgs(argv, ['format', 'ffmpeg']);
    const format = stringFlag(args, 'format') ?? 'text';
    if (format !== 'text' && format !== 'json') throw new CliError(t(cliLang(io.env), `klein-kijken speech: onbekend formaat '${format}' (text of json)`, `klein-kijken speech: unknown format '${format}' (text or json)`));
    const media = oneMediaArg(io, 'speech', args);
    const sherpa = cliSherpa(io, 'speech');
    const tools = await cliTools(io, 'speech', args);
    const r = await detectSpeechInFile(sherpa, media, tools.ffmpeg);
    if (!r.ok) throw speechError(io, 'speech', r.problem);
    const regions = r.value.map((x) => ({ start: round(x.start), end: round(x.end) }));
    if (format === 'json') io.out(JSON.stringify(regions));
    else io.out(regions.map((x) => `${formatClock(x.start, true)}\t${formatClock(x.end, true)}`).join('\n'));
    return 0;
  },
};
