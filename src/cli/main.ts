import { CliError, cliLang, stripControl, type CliCommand, type CliIo } from './cliCommand';
import { t } from '../core/text/lang';
import { analyzeCommand } from './commands/analyze';
import { compareCommand } from './commands/compare';
import { exportCommand } from './commands/export';
import { newCommand } from './commands/new';
import { peaksCommand } from './commands/peaks';
import { probeCommand } from './commands/probe';
import { proxyCommand } from './commands/proxy';
import { questionsCommand } from './commands/questions';
import { speechCommand } from './commands/speech';
import { transcribeCommand } from './commands/transcribe';
import { transcriptCommand } from './commands/transcript';
import { validateCommand } from './commands/validate';

import { version as packageVersion } from '../../package.json';

export const COMMANDS: readonly CliCommand[] = [
  probeCommand,
  peaksCommand,
  proxyCommand,
  transcriptCommand,
  newCommand,
  validateCommand,
  analyzeCommand,
  compareCommand,
  questionsCommand,
  exportCommand,
  speechCommand,
  transcribeCommand,
];

function version(): string {
  return packageVersion;
}

function help(): string {
  const w = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    `klein-kijken ${version()} — review recorded loopbaangesprekken from the command line`,
    '',
    'Usage: klein-kijken <command> [options]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(w)}  ${c.summary}`),
    '',
    'Options:',
    '  --help      show this help (or `klein-kijken <command> --help`)',
    '  --version   print the version',
  ].join('\n');
}

export async function runCli(argv: string[], rawIo: CliIo): Promise<number> {
  // Messages repeat file names and text from files: a terminal must not get escape codes from them.
  const io: CliIo = { ...rawIo, out: (t) => rawIo.out(stripControl(t)), err: (t) => rawIo.err(stripControl(t)) };
  const [first, ...rest] = argv;
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    io.out(help());
    return first === undefined ? 2 : 0;
  }
  if (first === '--version' || first === '-v') {
    io.out(version());
    return 0;
  }
  const cmd = COMMANDS.find((c) => c.name === first);
  if (!cmd) {
    io.err(t(cliLang(io.env), `klein-kijken: onbekend commando '${first}' (zie --help)`, `klein-kijken: unknown command '${first}' (see --help)`));
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(`Usage: ${cmd.usage}\n\n${cmd.summary}`);
    return 0;
  }
  try {
    return await cmd.run(rest, io);
  } catch (e) {
    const text = e instanceof CliError ? e.message : `klein-kijken ${cmd.name}: ${(e as Error)?.message ?? String(e)}`;
    io.err(text.split('\n')[0]!);
    return 2;
  }
}

if (require.main === module) {
  const io: CliIo = {
    out: (t) => process.stdout.write(t.endsWith('\n') ? t : t + '\n'),
    err: (t) => process.stderr.write(t.endsWith('\n') ? t : t + '\n'),
    cwd: process.cwd(),
    env: process.env,
  };
  runCli(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      process.stderr.write(`klein-kijken: ${String(e)}\n`);
      process.exitCode = 2;
    },
  );
}
