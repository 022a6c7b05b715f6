import * as path from 'node:path';
import { questionListCsv } from '../../core/export/questionListCsv';
import { questionListDocx } from '../../core/export/questionListDocx';
import { questionListMarkdown } from '../../core/export/questionListMarkdown';
import { questionBankForExport } from '../../core/export/questionListRows';
import type { PseudonymMode } from '../../core/export/pseudonymise';
import { findSessionFiles, readSessionFiles } from '../../node/sessionFiles';
import { writeOut } from '../writeOut';
import { CliError, cliLang, parseArgs, stringFlag, type CliCommand, type CliIo } from '../cliCommand';
import { t } from '../../core/text/lang';

const FORMATS = ['md', 'csv', 'json', 'docx'] as const;

export function pseudonymFlag(v: string | undefined, io: CliIo, cmd: string): PseudonymMode | null {
  if (v === undefined) return null;
  if (v === 'roles' || v === 'initials') return v;
  throw new CliError(t(cliLang(io.env), `klein-kijken ${cmd}: --pseudonymise moet roles of initials zijn`, `klein-kijken ${cmd}: --pseudonymise must be roles or initials`));
}

export function localeFlag(v: string | undefined, io: CliIo, cmd: string): 'nl' | 'en' {
  if (v === undefined || v === 'nl' || v === 'en') return v ?? 'nl';
  throw new CliError(t(cliLang(io.env), `klein-kijken ${cmd}: --locale moet nl of en zijn`, `klein-kijken ${cmd}: --locale must be nl or en`));
}


export const questionsCommand: CliCommand = {
  name: 'questions',
  summary: 'collect the good questions of many sessions into one list (md, csv, json, docx)',
  usage: 'klein-kijken questions <folder|session…> [--format md|csv|json|docx] [--out <file>] [--separator ";"|","] [--pseudonymise roles|initials] [--locale nl|en]',
  async run(args, io) {
    const p = parseArgs(args, ['format', 'out', 'separator', 'pseudonymise', 'locale']);
    const format = stringFlag(p, 'format') ?? 'md';
    if (!(FORMATS as readonly string[]).includes(format)) {
      throw new CliError(t(cliLang(io.env), `klein-kijken questions: onbekend formaat '${format}' (md, csv, json, docx)`, `klein-kijken questions: unknown format '${format}' (md, csv, json, docx)`));
    }
    if (p.positional.length === 0) throw new CliError(t(cliLang(io.env), 'klein-kijken questions: geef een map of sessiebestanden', 'klein-kijken questions: give a folder or session files'));
    const sep = stringFlag(p, 'separator') ?? ';';
    if (sep !== ';' && sep !== ',') throw new CliError(t(cliLang(io.env), 'klein-kijken questions: --separator moet ; of , zijn', 'klein-kijken questions: --separator must be ; or ,'));
    const mode = pseudonymFlag(stringFlag(p, 'pseudonymise'), io, 'questions');
    const locale = localeFlag(stringFlag(p, 'locale'), io, 'questions');
    const outFlag = stringFlag(p, 'out');
    const out = outFlag ? path.resolve(io.cwd, outFlag) : undefined;
    if (format === 'docx' && !out) throw new CliError(t(cliLang(io.env), 'klein-kijken questions: docx heeft --out nodig', 'klein-kijken questions: docx needs --out'));

    const found = await findSessionFiles(p.positional, io.cwd);
    if (out && found.files.includes(out)) throw new CliError(t(cliLang(io.env), 'klein-kijken questions: --out zou een sessiebestand overschrijven', 'klein-kijken questions: --out would overwrite a session file'));
    const read = await readSessionFiles(found.files);
    for (const pr of [...found.problems, ...read.problems]) {
      io.err(t(cliLang(io.env), `waarschuwing: ${pr.path}: ${pr.message.nl}`, `warning: ${pr.path}: ${pr.message.en}`));
    }
    const inputs = read.sessions.map((x) => ({ sessionPath: path.relative(io.cwd, x.sessionPath).split(path.sep).join('/') || x.sessionPath, session: x.session }));
    const bank = questionBankForExport(inputs, mode);
    let data: string | Uint8Array;
    if (format === 'md') data = questionListMarkdown(bank, { locale });
    else if (format === 'csv') data = questionListCsv(bank, { locale, separator: sep });
    else if (format === 'json') data = JSON.stringify({ format: 'klein-kijken/question-bank', version: 1, sessions: inputs.length, entries: bank }, null, 2) + '\n';
    else data = await questionListDocx(bank, { locale });
    if (out) {
      await writeOut(out, data);
      io.err(t(cliLang(io.env), `${bank.length} vragen uit ${inputs.length} sessies → ${out}`, `${bank.length} questions from ${inputs.length} sessions → ${out}`));
    } else io.out(data as string);
    return 0;
  },
};
