import { CliError, type CliCommand } from '../cliCommand';

// Placeholder: the subcommand is built in its own issue.
export const exportCommand: CliCommand = {
  name: 'export',
  summary: '(not yet available)',
  usage: 'klein-kijken export',
  async run() {
    throw new CliError('klein-kijken export: not yet available');
  },
};
