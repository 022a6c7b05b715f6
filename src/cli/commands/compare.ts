import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { compareObservers, type CompareOptions, type CompareResult } from '../../core/compare/compareObservers';
import { compareSessions } from '../../core/compare/compareSessions';
import type { Session } from '../../core/session/model';
import { parseSessionText } from '../../core/session/sessionFile';
import { CliError, cliLang, parseArgs, stringFlag, type CliCommand, type CliIo } from '../cliCommand';
import { t } from '../../core/text/lang';
import { idRecord } from '../../core/session/ids';
import { parseClock } from '../../core/text/time';

/**
 * `klein-kijken compare <session> [<other-session>]` prints, as JSON:
 *
 * {
 *   "observers": [idB, idC],          participant ids (in file 1 and file 2 when two files)
 *   "names": [nameB, nameC],
 *   "tolerance": 3,                   seconds within which two moments match
 *   "binSize": 6,                     seconds per time bin for kappa
 *   "scope": { "source": "recording" | "details" | "ranges", "ranges": [{ "start", "end" }] },
 *   "perTag": { [tagId]: { "label", "matched", "onlyB", "onlyC", "share": number|null,
 *                          "kappa": number|null, "kappaNote"?: "notInBothLenses" | "noBins" |
 *                          "noMarks" | "oneSideEmpty" | "noVariation",
 *                          "bins", "agree", "expected", "inLens": { "b", "c" } } },
 *   "overall": { "detailsB", "detailsC", "matched", "sameTag", "differentTag", "onlyB", "onlyC",
 *                "kappa", "kappaNote"?, "bins", "agree", "expected" },
 *   "matches": { "pairs": [{ "b", "c", "distance", "sameTag", "sharedTags" }], "onlyB": [ids], "onlyC": [ids] },
 *   "sentences": [{ "about": "overall" | tagId, "figure": "matching" | "kappa", "text" }]
 * }
 * `label` and `text` are in the user's language (Dutch for an nl locale, else English; --lang
 * overrides). Bad input ends with exit code 2 and one line on stderr.
 */

const USAGE =
  'klein-kijken compare <session> [<other-session>] [--observers <b>,<c>] [--tolerance <s>] [--bin <s>] [--fragments] [--lang nl|en]';

function positiveNumber(io: CliIo, name: string, v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  // Seconds as a person types them: "1,5" (Dutch comma), "1.5" or "0:02" (src/core/text/time.ts).
  const n = parseClock(v);
  if (n === null) {
    throw new CliError(t(cliLang(io.env), `klein-kijken compare: --${name} moet een getal ≥ 0 zijn, niet '${v}'`, `klein-kijken compare: --${name} must be a number ≥ 0, not '${v}'`));
  }
  return n;
}

async function load(io: CliIo, file: string): Promise<Session> {
  let bytes: Buffer;
  try {
    bytes = await readFile(resolve(io.cwd, file));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? String(e);
    throw new CliError(t(cliLang(io.env), `klein-kijken compare: kan ${file} niet lezen (${code})`, `klein-kijken compare: cannot read ${file} (${code})`));
  }
  // The shared session parser: JSON errors come back with line and column, then migration and schema.
  const r = parseSessionText(bytes.toString('utf8'), bytes.length);
  if (!r.ok) {
    const { line, column, message } = r.problem;
    const where = line !== undefined ? `${file}:${line}:${column ?? 1}` : file;
    throw new CliError(`${where}: ${t(cliLang(io.env), message.nl, message.en)}`);
  }
  return r.session;
}

function project(r: CompareResult, lang: 'nl' | 'en'): unknown {
  const perTag = idRecord<unknown>();
  for (const [id, t] of Object.entries(r.perTag)) perTag[id] = { ...t, label: t.label[lang] };
  return {
    observers: r.observers,
    names: r.names,
    tolerance: r.tolerance,
    binSize: r.binSize,
    scope: r.scope,
    perTag,
    overall: r.overall,
    matches: { pairs: r.pairs, onlyB: r.onlyBIds, onlyC: r.onlyCIds },
    sentences: r.sentences.map((s) => ({ about: s.about, figure: s.figure, text: s[lang] })),
  };
}

export const compareCommand: CliCommand = {
  name: 'compare',
  summary: 'compare two observers (b and c, or two files): matching moments and kappa per uitgangspunt, as JSON',
  usage: USAGE,
  async run(args, io) {
    const p = parseArgs(args, ['observers', 'tolerance', 'bin', 'lang']);
    const unknown = [...p.flags.keys()].filter((k) => !['observers', 'tolerance', 'bin', 'fragments', 'lang'].includes(k));
    if (unknown.length > 0) {
      throw new CliError(t(cliLang(io.env), `klein-kijken compare: onbekende optie --${unknown[0]} (gebruik: ${USAGE})`, `klein-kijken compare: unknown option --${unknown[0]} (usage: ${USAGE})`));
    }
    if (p.positional.length < 1 || p.positional.length > 2) {
      throw new CliError(t(cliLang(io.env), `gebruik: ${USAGE}`, `usage: ${USAGE}`));
    }
    const langFlag = stringFlag(p, 'lang');
    if (langFlag !== undefined && langFlag !== 'nl' && langFlag !== 'en') {
      throw new CliError(t(cliLang(io.env), `klein-kijken compare: --lang is nl of en, niet '${langFlag}'`, `klein-kijken compare: --lang is nl or en, not '${langFlag}'`));
    }
    const lang: 'nl' | 'en' = (langFlag as 'nl' | 'en' | undefined) ?? cliLang(io.env);
    const opts: CompareOptions = {};
    const obs = stringFlag(p, 'observers');
    if (obs !== undefined) {
      const parts = obs.split(',').map((x) => x.trim());
      if (parts.length !== 2 || parts.some((x) => x === '')) {
        throw new CliError(t(cliLang(io.env), 'klein-kijken compare: --observers wil twee namen of ids, zoals --observers b1,c1', 'klein-kijken compare: --observers takes two names or ids, like --observers b1,c1'));
      }
      opts.observers = [parts[0]!, parts[1]!];
    }
    const tol = positiveNumber(io, 'tolerance', stringFlag(p, 'tolerance'));
    if (tol !== undefined) opts.tolerance = tol;
    const bin = positiveNumber(io, 'bin', stringFlag(p, 'bin'));
    if (bin !== undefined) {
      if (bin === 0) throw new CliError(t(cliLang(io.env), 'klein-kijken compare: --bin moet groter dan 0 zijn', 'klein-kijken compare: --bin must be more than 0'));
      opts.binSize = bin;
    }
    const [f1, f2] = p.positional as [string, string | undefined];
    const first = await load(io, f1);
    const second = f2 !== undefined ? await load(io, f2) : undefined;
    if (p.flags.get('fragments') === true) {
      const fr = [...first.fragments, ...(second?.fragments ?? [])];
      if (fr.length === 0) throw new CliError(t(cliLang(io.env), 'klein-kijken compare: --fragments, maar de sessie heeft geen fragmenten', 'klein-kijken compare: --fragments, but the session has no fragments'));
      opts.ranges = fr.map((f) => ({ start: f.start, end: f.end }));
    }
    const r = second ? compareSessions(first, second, opts) : compareObservers(first, opts);
    if (!r.ok) throw new CliError(`klein-kijken compare: ${t(cliLang(io.env), r.error.nl, r.error.en)}`);
    io.out(JSON.stringify(project(r.value, lang), null, 2));
    return 0;
  },
};
