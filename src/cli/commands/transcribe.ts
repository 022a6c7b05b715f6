import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { CliError, cliLang, parseArgs, stringFlag, type CliCommand } from '../cliCommand';
import { t } from '../../core/text/lang';
import { speechToTranscript } from '../../core/speech/speechTranscript';
import { toWebVtt } from '../../core/transcript/exportTranscript';
import { transcribeInWorker } from '../../speech/speechJob';
import { cliProbe, cliTools, oneMediaArg } from './probe';
import { speechError } from './speech';

const USAGE = 'klein-kijken transcribe <recording> --model <folder> [--speaker-model <folder>] [--speakers 1-4] [--out <file.vtt|file.json>] [--ffmpeg <path>]';

/** The one line (exit 2) when no model is given: where the extension keeps it and how to get one. */
export const NO_MODEL = {
  nl: 'klein-kijken transcribe: geen spraakmodel gekozen — geef --model <map> (of KK_SPEECH_MODEL); in VS Code is dat de instelling kleinKijken.spraak.model, en een model haal je met het commando "Klein Kijken: Spraakmodel downloaden…"',
  en: 'klein-kijken transcribe: no speech model chosen — give --model <folder> (or KK_SPEECH_MODEL); in VS Code that is the setting kleinKijken.spraak.model, and the command "Klein Kijken: Spraakmodel downloaden…" gets one',
};

/**
 * `klein-kijken transcribe`: the whole local pipeline (speech worker) on one recording. Writes
 * WebVTT with `<v Spreker N>` voices (stdout or --out .vtt) or JSON segments (--out .json).
 * Ctrl-C stops and still writes what was recognised.
 */
export const transcribeCommand: CliCommand = {
  name: 'transcribe',
  summary: 'make a transcript with speakers from a recording, locally (needs a speech model folder)',
  usage: USAGE,
  async run(argv, io) {
    const args = parseArgs(argv, ['model', 'speaker-model', 'speakers', 'out', 'ffmpeg']);
    const media = oneMediaArg(io, 'transcribe', args);
    const modelArg = stringFlag(args, 'model') ?? io.env.KK_SPEECH_MODEL;
    if (!modelArg) throw new CliError(t(cliLang(io.env), NO_MODEL.nl, NO_MODEL.en));
    const speakerArg = stringFlag(args, 'speaker-model') ?? io.env.KK_SPEECH_SPEAKER_MODEL;
    const speakersFlag = stringFlag(args, 'speakers') ?? '2';
    const speakers = Number(speakersFlag);
    if (!Number.isInteger(speakers) || speakers < 1 || speakers > 4) {
      throw new CliError(t(cliLang(io.env), `klein-kijken transcribe: --speakers is 1, 2, 3 of 4 (niet '${speakersFlag}')`, `klein-kijken transcribe: --speakers is 1, 2, 3 or 4 (not '${speakersFlag}')`));
    }
    const outFlag = stringFlag(args, 'out');
    const out = outFlag ? path.resolve(io.cwd, outFlag) : null;
    if (out && !/\.(vtt|json)$/i.test(out)) throw new CliError(t(cliLang(io.env), 'klein-kijken transcribe: --out eindigt op .vtt of .json', 'klein-kijken transcribe: --out ends in .vtt or .json'));
    const tools = await cliTools(io, 'transcribe', args);
    // The length sizes the sample buffer once (see audioDecode.ts) and drives progress.
    const probe = await cliProbe(io, 'transcribe', media, tools);
    if (!probe.audio) throw new CliError(t(cliLang(io.env), `klein-kijken transcribe: '${media}' heeft geen geluid`, `klein-kijken transcribe: '${media}' has no audio`));

    const controller = new AbortController();
    const onSigint = () => controller.abort();
    process.once('SIGINT', onSigint);
    let r;
    try {
      r = await transcribeInWorker(
        { recording: media, ffmpeg: tools.ffmpeg, model: path.resolve(io.cwd, modelArg), speakerModel: speakerArg ? path.resolve(io.cwd, speakerArg) : null, speakers, durationSec: probe.durationSec },
        {},
        controller.signal,
      );
    } finally {
      process.removeListener('SIGINT', onSigint);
    }
    if (r.problem && r.segments.length === 0) throw speechError(io, 'transcribe', r.problem);
    const body = out?.toLowerCase().endsWith('.json') ? JSON.stringify(r.segments, null, 1) + '\n' : toWebVtt(speechToTranscript(r.segments));
    if (out) await fs.writeFile(out, body);
    else io.out(body);
    if (r.speakerNote) io.err(`klein-kijken transcribe: ${t(cliLang(io.env), r.speakerNote.nl, r.speakerNote.en)}`);
    if (r.problem) io.err(`klein-kijken transcribe: ${t(cliLang(io.env), r.problem.nl, r.problem.en)}`);
    else if (!r.complete) io.err(t(cliLang(io.env), 'klein-kijken transcribe: afgebroken; wat herkend was, is geschreven', 'klein-kijken transcribe: cancelled; what was recognised has been written'));
    return r.complete ? 0 : 1;
  },
};
