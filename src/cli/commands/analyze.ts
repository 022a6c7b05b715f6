import { CliError, type CliCommand } from '../cliCommand';

// Placeholder: the subcommand is built in its own issue.
export const analyzeCommand: CliCommand = {
  name: 'analyze',
  summary: '(not yet available)',
  usage: 'klein-kijken analyze',
  async run() {
    throw new CliError('klein-kijken analyze: not yet available');
  },
};
