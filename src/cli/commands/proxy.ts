import { CliError, type CliCommand } from '../cliCommand';

// Placeholder: the subcommand is built in its own issue.
export const proxyCommand: CliCommand = {
  name: 'proxy',
  summary: '(not yet available)',
  usage: 'klein-kijken proxy',
  async run() {
    throw new CliError('klein-kijken proxy: not yet available');
  },
};
