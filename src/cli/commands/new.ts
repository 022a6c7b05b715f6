import { CliError, type CliCommand } from '../cliCommand';

// Placeholder: the subcommand is built in its own issue.
export const newCommand: CliCommand = {
  name: 'new',
  summary: '(not yet available)',
  usage: 'klein-kijken new',
  async run() {
    throw new CliError('klein-kijken new: not yet available');
  },
};
