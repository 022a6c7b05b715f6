import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { SESSION_FILE_SUFFIX } from '../../core/session/model';
import { newSession } from '../../core/session/newSession';
import { serializeSession } from '../../core/session/sessionFile';
import { applyEdit } from '../../core/session/edits';
import { importTranscriptEdit, parseTranscriptFile } from '../../core/transcript';
import { encodingNote } from '../../protocol/strings/transcript';
import { quickHash } from '../../media/quickHash';
import { CliError, cliLang, parseArgs, stringFlag, type CliCommand } from '../cliCommand';
import { t } from '../../core/text/lang';
import { writeOut } from '../writeOut';

export const newCommand: CliCommand = {
  name: 'new',
  summary: 'create a session file beside a recording (optionally with a transcript) and print its path',
  usage: 'klein-kijken new <media> [--transcript <file>] [--force]',
  async run(args, io) {
    const p = parseArgs(args, ['transcript']);
    const media = p.positional[0];
    if (!media || p.positional.length > 1) throw new CliError(t(cliLang(io.env), 'gebruik: klein-kijken new <opname> [--transcript <bestand>]', 'usage: klein-kijken new <media> [--transcript <file>]'));
    const mediaPath = path.resolve(io.cwd, media);
    const stat = await fs.stat(mediaPath).catch(() => null);
    if (!stat?.isFile()) throw new CliError(t(cliLang(io.env), `opname niet gevonden: ${media}`, `recording not found: ${media}`));
    const sessionPath = mediaPath + SESSION_FILE_SUFFIX;
    const { hash, size } = await quickHash(mediaPath);
    let session = newSession({ path: path.basename(mediaPath), size, quickHash: hash, durationSec: null }, path.basename(mediaPath).replace(/\.[^.]+$/, ''));
    const tFile = stringFlag(p, 'transcript');
    if (tFile) {
      const bytes = await fs.readFile(path.resolve(io.cwd, tFile)).catch(() => {
        throw new CliError(t(cliLang(io.env), `transcript niet gevonden: ${tFile}`, `transcript not found: ${tFile}`));
      });
      const parsed = parseTranscriptFile(bytes, tFile);
      const note = parsed.encoding && encodingNote(parsed.encoding);
      if (note) io.err(`${tFile}: ${t(cliLang(io.env), ...note)}`);
      if (!parsed.ok) {
        const e = parsed.error;
        throw new CliError(`${tFile}: ${t(cliLang(io.env), `regel ${e.line}`, `line ${e.line}`)}${e.column ? `, ${t(cliLang(io.env), 'kolom', 'column')} ${e.column}` : ''}: ${t(cliLang(io.env), e.message.nl, e.message.en)}`);
      }
      session = applyEdit(session, importTranscriptEdit(session, parsed.transcript)).session;
      for (const w of parsed.warnings) io.err(`${tFile}: ${t(cliLang(io.env), `regel ${w.line}`, `line ${w.line}`)}: ${t(cliLang(io.env), w.message.nl, w.message.en)}`);
    }
    try {
      // Never overwrite a session: it holds someone's work.
      if (p.flags.has('force')) await writeOut(sessionPath, serializeSession(session));
      else await fs.writeFile(sessionPath, serializeSession(session), { flag: 'wx' });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EEXIST') throw new CliError(t(cliLang(io.env), `bestaat al: ${sessionPath} (niet overschreven)`, `already exists: ${sessionPath} (not overwritten)`));
      throw e;
    }
    io.out(sessionPath);
    return 0;
  },
};
