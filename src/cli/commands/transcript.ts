import { CliError, type CliCommand } from '../cliCommand';

// Placeholder: the subcommand is built in its own issue.
export const transcriptCommand: CliCommand = {
  name: 'transcript',
  summary: '(not yet available)',
  usage: 'klein-kijken transcript',
  async run() {
    throw new CliError('klein-kijken transcript: not yet available');
  },
};
