import { CliError, type CliCommand } from '../cliCommand';

// Placeholder: the subcommand is built in its own issue.
export const peaksCommand: CliCommand = {
  name: 'peaks',
  summary: '(not yet available)',
  usage: 'klein-kijken peaks',
  async run() {
    throw new CliError('klein-kijken peaks: not yet available');
  },
};
