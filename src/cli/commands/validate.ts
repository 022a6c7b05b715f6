import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { checkRecordingPath, recordingPathReasonText } from '../../core/session/recordingPath';
import { parseSessionText } from '../../core/session/sessionFile';
import { CliError, cliLang, parseArgs, type CliCommand } from '../cliCommand';
import { t } from '../../core/text/lang';

export const validateCommand: CliCommand = {
  name: 'validate',
  summary: 'check session files against the schema: exit 0 when valid, 2 with the reasons when not',
  usage: 'klein-kijken validate <session>…',
  async run(args, io) {
    const files = parseArgs(args, []).positional;
    if (!files.length) throw new CliError(t(cliLang(io.env), 'gebruik: klein-kijken validate <sessie>…', 'usage: klein-kijken validate <session>…'));
    let bad = 0;
    for (const f of files) {
      const full = path.resolve(io.cwd, f);
      const buf = await fs.readFile(full).catch(() => null);
      if (!buf) {
        io.err(`${f}: ${t(cliLang(io.env), 'niet gevonden', 'not found')}`);
        bad++;
        continue;
      }
      const r = parseSessionText(buf.toString('utf8'), buf.length);
      const rec = r.ok ? r.session.recording : null;
      const recPath = rec ? checkRecordingPath(rec.path) : null;
      if (recPath && !recPath.ok) {
        // Valid JSON, but the path would reach outside the session's folder: the editor refuses it, so say so here.
        const why = recordingPathReasonText(recPath.reason);
        io.err(`${f}: recording.path: ${t(cliLang(io.env), `de opname moet in de map van de sessie staan; ${why.nl}`, `the recording must be in the session's folder; ${why.en}`)}`);
        bad++;
        continue;
      }
      if (r.ok) {
        io.out(`${f}: ${t(cliLang(io.env), 'geldig', 'valid')}${r.migratedFrom ? ` (${t(cliLang(io.env), 'formaat', 'format')} ${r.migratedFrom} → ${r.session.version})` : ''}`);
        continue;
      }
      bad++;
      const where = r.problem.line ? `:${r.problem.line}:${r.problem.column}` : '';
      io.err(`${f}${where}: ${t(cliLang(io.env), r.problem.message.nl, r.problem.message.en)}`);
      for (const reason of r.problem.reasons.slice(1)) io.err(`  ${reason}`);
    }
    return bad ? 2 : 0;
  },
};
