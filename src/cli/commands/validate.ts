import { CliError, type CliCommand } from '../cliCommand';

// Placeholder: the subcommand is built in its own issue.
export const validateCommand: CliCommand = {
  name: 'validate',
  summary: '(not yet available)',
  usage: 'klein-kijken validate',
  async run() {
    throw new CliError('klein-kijken validate: not yet available');
  },
};
