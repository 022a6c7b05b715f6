import * as path from 'node:path';
import { detailsVtt } from '../../core/export/detailsVtt';
import { eafExport } from '../../core/export/eafExport';
import { qdcCodebook, qdpxProject } from '../../core/export/qdpx';
import { questionListCsv } from '../../core/export/questionListCsv';
import { questionBankForExport } from '../../core/export/questionListRows';
import { reviewReportDocx } from '../../core/export/reviewReportDocx';
import { reviewReportHtml } from '../../core/export/reviewReportHtml';
import { reviewReportMarkdown } from '../../core/export/reviewReportMarkdown';
import { readSessionFile } from '../../node/sessionFiles';
import { CliError, cliLang, parseArgs, stringFlag, type CliCommand } from '../cliCommand';
import { t } from '../../core/text/lang';
import { localeFlag, pseudonymFlag } from './questions';
import { writeOut } from '../writeOut';

const FORMATS = ['md', 'html', 'docx', 'csv', 'vtt', 'eaf', 'qdpx', 'qdc'] as const;
type Format = (typeof FORMATS)[number];
const BINARY: readonly Format[] = ['docx', 'qdpx'];

export const exportCommand: CliCommand = {
  name: 'export',
  summary: 'export one session: review report (md, html, docx), questions (csv), details (vtt), ELAN (eaf), REFI-QDA (qdpx, qdc)',
  usage: 'klein-kijken export <session> --format md|html|docx|csv|vtt|eaf|qdpx|qdc [--out <file>] [--pseudonymise roles|initials] [--locale nl|en]',
  async run(args, io) {
    const p = parseArgs(args, ['format', 'out', 'pseudonymise', 'locale', 'separator']);
    const format = stringFlag(p, 'format') as Format | undefined;
    if (!format || !FORMATS.includes(format)) {
      throw new CliError(t(cliLang(io.env), `klein-kijken export: --format moet een van ${FORMATS.join(', ')} zijn`, `klein-kijken export: --format must be one of ${FORMATS.join(', ')}`));
    }
    if (p.positional.length !== 1) throw new CliError(t(cliLang(io.env), 'klein-kijken export: geef precies één sessiebestand', 'klein-kijken export: give exactly one session file'));
    const input = path.resolve(io.cwd, p.positional[0]!);
    const mode = pseudonymFlag(stringFlag(p, 'pseudonymise'), io, 'export');
    const locale = localeFlag(stringFlag(p, 'locale'), io, 'export');
    const outFlag = stringFlag(p, 'out');
    const out = outFlag ? path.resolve(io.cwd, outFlag) : undefined;
    if (out === input) throw new CliError(t(cliLang(io.env), 'klein-kijken export: --out is het sessiebestand zelf; kies een ander bestand', 'klein-kijken export: --out is the session file itself; choose another file'));
    if (!out && BINARY.includes(format)) throw new CliError(t(cliLang(io.env), `klein-kijken export: ${format} heeft --out nodig`, `klein-kijken export: ${format} needs --out`));
    const sep = stringFlag(p, 'separator') ?? ';';
    if (sep !== ';' && sep !== ',') throw new CliError(t(cliLang(io.env), 'klein-kijken export: --separator moet ; of , zijn', 'klein-kijken export: --separator must be ; or ,'));

    const r = await readSessionFile(input);
    if (!r.ok) throw new CliError(t(cliLang(io.env), `klein-kijken export: ${input}: ${r.problem.message.nl}`, `klein-kijken export: ${input}: ${r.problem.message.en}`));
    const s = r.session;
    const opts = { locale, pseudonymise: mode };
    let data: string | Uint8Array;
    switch (format) {
      case 'md':
        data = reviewReportMarkdown(s, opts);
        break;
      case 'html':
        data = reviewReportHtml(s, opts);
        break;
      case 'docx':
        data = await reviewReportDocx(s, opts);
        break;
      case 'csv':
        data = questionListCsv(questionBankForExport([{ sessionPath: path.basename(input), session: s }], mode), { locale, separator: sep });
        break;
      case 'vtt':
        data = detailsVtt(s, opts);
        break;
      case 'eaf':
        data = eafExport(s, opts);
        break;
      case 'qdpx':
        data = qdpxProject(s, opts).zip;
        break;
      case 'qdc':
        data = qdcCodebook(s, opts);
        break;
    }
    if (out) {
      await writeOut(out, data);
      io.err(t(cliLang(io.env), `geschreven: ${out}`, `written: ${out}`));
    } else io.out(data as string);
    return 0;
  },
};
