import { CliError, type CliCommand } from '../cliCommand';

// Placeholder: the subcommand is built in its own issue.
export const probeCommand: CliCommand = {
  name: 'probe',
  summary: '(not yet available)',
  usage: 'klein-kijken probe',
  async run() {
    throw new CliError('klein-kijken probe: not yet available');
  },
};
