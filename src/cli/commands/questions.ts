import { CliError, type CliCommand } from '../cliCommand';

// Placeholder: the subcommand is built in its own issue.
export const questionsCommand: CliCommand = {
  name: 'questions',
  summary: '(not yet available)',
  usage: 'klein-kijken questions',
  async run() {
    throw new CliError('klein-kijken questions: not yet available');
  },
};
