import { CliError, type CliCommand } from '../cliCommand';

// Placeholder: the subcommand is built in its own issue.
export const compareCommand: CliCommand = {
  name: 'compare',
  summary: '(not yet available)',
  usage: 'klein-kijken compare',
  async run() {
    throw new CliError('klein-kijken compare: not yet available');
  },
};
