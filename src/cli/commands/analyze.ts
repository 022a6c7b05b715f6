/** `klein-kijken analyze <session> [--format json|md] [--pause <sec>] [--audio <file> --ffmpeg <path>]`: the Gespreksspiegel. */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { CliError, cliLang, parseArgs, stringFlag, type CliCommand } from '../cliCommand';
import { t } from '../../core/text/lang';
import { readAnalysisInput } from '../../core/analysis/analysisInput';
import { analyzeSession } from '../../core/analysis/conversationMirror';
import { mirrorToMarkdown } from '../../core/analysis/mirrorToMarkdown';
import { parseClock } from '../../core/text/time';
import { detectSilences } from '../../media/silence';

export const analyzeCommand: CliCommand = {
  name: 'analyze',
  summary: 'Gespreksspiegel: vragen, spreektijd, stiltes en emotiewoorden van een sessie / conversation mirror of a session',
  usage: 'klein-kijken analyze <session.kleinkijken.json> [--format json|md] [--pause <sec>] [--audio <media> [--ffmpeg <path>]]',
  async run(args, io) {
    const p = parseArgs(args, ['format', 'pause', 'audio', 'ffmpeg']);
    const file = p.positional[0];
    if (!file) throw new CliError(t(cliLang(io.env), 'klein-kijken analyze: geef een sessiebestand op', 'klein-kijken analyze: give a session file'));
    const format = stringFlag(p, 'format') ?? 'json';
    if (format !== 'json' && format !== 'md') throw new CliError(t(cliLang(io.env), `--format moet json of md zijn, niet '${format}'`, `--format must be json or md, not '${format}'`));
    const pauseText = stringFlag(p, 'pause');
    const pause = pauseText === undefined ? 2 : parseClock(pauseText);
    if (pause === null || pause <= 0) throw new CliError(t(cliLang(io.env), `--pause moet een positief aantal seconden zijn, niet '${pauseText}'`, `--pause must be a positive number of seconds, not '${pauseText}'`));

    const path = resolve(io.cwd, file);
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (e) {
      throw new CliError(t(cliLang(io.env), `kan ${file} niet lezen: ${(e as Error).message}`, `cannot read ${file}: ${(e as Error).message}`));
    }
    const input = readAnalysisInput(text);
    if (!input.ok) throw new CliError(`${file}: ${t(cliLang(io.env), input.message.nl, input.message.en)}`);

    let audioSilences;
    const audio = stringFlag(p, 'audio');
    if (audio) {
      const r = await detectSilences(resolve(io.cwd, audio), { ffmpegPath: stringFlag(p, 'ffmpeg') ?? 'ffmpeg', minSec: pause, timeoutMs: 10 * 60_000 });
      if (!r.ok) throw new CliError(t(cliLang(io.env), r.message.nl, r.message.en));
      audioSilences = r.silences;
    }
    const result = analyzeSession(input.session, { pauseMinSec: pause, audioSilences, corrections: input.session.spiegelCorrections });
    const lang = cliLang(io.env);
    io.out(format === 'md' ? mirrorToMarkdown(result, lang) : JSON.stringify(result, null, 2));
    return 0;
  },
};
