import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { CliError, cliLang, parseArgs, stringFlag, type CliCommand } from '../cliCommand';
import { t } from '../../core/text/lang';
import { parseTranscriptFile } from '../../core/transcript/parseTranscriptFile';
import { MAX_INPUT_CHARS, TRANSCRIPT_FORMATS, type TranscriptFormat } from '../../core/transcript/parseResult';
import { encodingNote } from '../../protocol/strings/transcript';

const USAGE = 'klein-kijken transcript <file> [--format vtt|srt|eaf|otr|json|txt]';

/** `klein-kijken transcript <file> [--format …]`: parses a transcript and prints its segments as JSON. */
export const transcriptCommand: CliCommand = {
  name: 'transcript',
  summary: 'parse a transcript (vtt, srt, eaf, otr, json, txt) and print its segments as JSON',
  usage: USAGE,
  async run(args, io) {
    const p = parseArgs(args, ['format']);
    const file = p.positional[0];
    const env = io.env;
    if (file === undefined || p.positional.length > 1) {
      throw new CliError(t(cliLang(env), `gebruik: ${USAGE}`, `usage: ${USAGE}`));
    }
    const fmtFlag = stringFlag(p, 'format');
    if (p.flags.has('format') && (fmtFlag === undefined || !(TRANSCRIPT_FORMATS as readonly string[]).includes(fmtFlag))) {
      throw new CliError(t(cliLang(env), `klein-kijken transcript: onbekend formaat '${String(fmtFlag ?? '')}' (kies uit ${TRANSCRIPT_FORMATS.join(', ')})`, `klein-kijken transcript: unknown format '${String(fmtFlag ?? '')}' (choose from ${TRANSCRIPT_FORMATS.join(', ')})`));
    }
    const path = resolve(io.cwd, file);
    let bytes: Uint8Array;
    try {
      const st = await stat(path);
      if (!st.isFile()) throw new CliError(t(cliLang(env), `klein-kijken transcript: ${file} is geen bestand`, `klein-kijken transcript: ${file} is not a file`));
      // Bytes are at least as many as characters, so a larger file can be refused before reading.
      if (st.size > MAX_INPUT_CHARS * 4) throw new CliError(t(cliLang(env), `klein-kijken transcript: ${file} is te groot`, `klein-kijken transcript: ${file} is too large`));
      bytes = await readFile(path);
    } catch (e) {
      if (e instanceof CliError) throw e;
      const code = (e as NodeJS.ErrnoException)?.code;
      if (code === 'ENOENT') throw new CliError(t(cliLang(env), `klein-kijken transcript: bestand niet gevonden: ${file}`, `klein-kijken transcript: file not found: ${file}`));
      throw new CliError(t(cliLang(env), `klein-kijken transcript: kan ${file} niet lezen (${code ?? String(e)})`, `klein-kijken transcript: cannot read ${file} (${code ?? String(e)})`));
    }
    const r = parseTranscriptFile(bytes, file, fmtFlag as TranscriptFormat | undefined);
    // On stderr, like the warnings: stdout stays pure JSON.
    const note = r.encoding && encodingNote(r.encoding);
    if (note) io.err(t(cliLang(env), `let op: ${file}: ${note[0]}`, `note: ${file}: ${note[1]}`));
    if (!r.ok) {
      const { line, column } = r.error;
      const nl = `regel ${line}${column !== undefined ? `, kolom ${column}` : ''}`;
      const en = `line ${line}${column !== undefined ? `, column ${column}` : ''}`;
      throw new CliError(
        t(cliLang(env), `klein-kijken transcript: ${file}: ${nl}: ${r.error.message.nl}`, `klein-kijken transcript: ${file}: ${en}: ${r.error.message.en}`).replace(/[\r\n]+/g, ' '),
      );
    }
    for (const w of r.warnings) {
      io.err(t(cliLang(env), `waarschuwing: ${file}: regel ${w.line}: ${w.message.nl}`, `warning: ${file}: line ${w.line}: ${w.message.en}`).replace(/[\r\n]+/g, ' '));
    }
    const segments = r.transcript.segments.map((s) => ({ start: s.start, end: s.end, speaker: s.speaker, text: s.text }));
    io.out(JSON.stringify({ segments }));
    return 0;
  },
};
