import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { cliLang } from '../../../src/cli/cliCommand';
import { localText, t } from '../../../src/core/text/lang';

const root = join(__dirname, '../../..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? sources(full) : full.endsWith('.ts') ? [full] : [];
  });
}

describe('one t()', () => {
  it('picks the Dutch or the English text', () => {
    assert.equal(t('nl', 'Opslaan', 'Save'), 'Opslaan');
    assert.equal(t('en', 'Opslaan', 'Save'), 'Save');
    assert.equal(localText('nl', { nl: 'Houding', en: 'Attitude' }), 'Houding');
    assert.equal(localText('en', { nl: 'Houding', en: 'Attitude' }), 'Attitude');
  });

  it('is the only function that chooses between a Dutch and an English text', () => {
    // A second picker (a local `t`, `tr` or `msg`) is how host, CLI and exports drifted apart.
    const pickers = [...sources(join(root, 'src')), ...sources(join(root, 'webview'))]
      .filter((f) => /\?\s*nl\s*:\s*en\b/.test(readFileSync(f, 'utf8')))
      .map((f) => relative(root, f).split('\\').join('/'));
    assert.deepEqual(pickers, ['src/core/text/lang.ts']);
  });

  it('the CLI speaks Dutch when the locale is Dutch (LC_ALL before LC_MESSAGES before LANG)', () => {
    assert.equal(cliLang({ LANG: 'nl_NL.UTF-8' }), 'nl');
    assert.equal(cliLang({ LANG: 'nl_BE.UTF-8', LC_ALL: 'en_GB.UTF-8' }), 'en');
    assert.equal(cliLang({ LANG: 'en_US.UTF-8', LC_MESSAGES: 'nl_NL' }), 'nl');
    assert.equal(cliLang({}), 'en');
    assert.equal(t(cliLang({ LANG: 'nl_NL.UTF-8' }), 'geldig', 'valid'), 'geldig');
  });
});
