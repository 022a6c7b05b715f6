// Root hooks for the e2e run (mocha --require): a screenshot of every open workbench when a test
// fails, and the server and browsers stopped when the run ends.
import type { Context } from 'mocha';
import { stopAll } from '../../scripts/vscode-server.mjs';
import { openPages, screenshot } from './workbench';

export const mochaHooks = {
  async afterEach(this: Context): Promise<void> {
    const t = this.currentTest;
    if (t?.state !== 'failed') return;
    const name = `failed-${t.fullTitle().replace(/[^\w-]+/g, '-').slice(0, 80)}`;
    let i = 0;
    for (const page of openPages) {
      // A page that crashed with the test cannot be photographed: say so, the test's own error stands.
      await screenshot(page, openPages.size > 1 ? `${name}-${++i}` : name).then(
        (file) => console.log(`      screenshot: ${file}`),
        (e: unknown) => console.log(`      no screenshot: ${(e as Error)?.message ?? e}`),
      );
    }
  },
  async afterAll(): Promise<void> {
    await stopAll();
  },
};
