import { strict as assert } from 'node:assert';
import { highlightText } from '../../../webview/panels/transcript/highlightText';
import { sampleSession } from '../session/sessionFixtures';
import { mountHarness } from './webviewTestKit';

describe('transcript panel helpers', () => {
  it('builds highlighted text only from text nodes', () => {
    const hs = mountHarness(sampleSession());
    try {
      const doc = hs.window.document;
      const div = doc.createElement('div');
      div.append(...highlightText(doc, '<b>bang</b> en blij', [[3, 7]], [[0, 11], [15, 19]], 'signaal'));
      assert.equal(div.textContent, '<b>bang</b> en blij');
      assert.equal(div.querySelectorAll('b').length, 0);
      assert.deepEqual([...div.querySelectorAll('mark')].map((x) => [x.textContent, x.className]), [['bang', 'kk-tr-emotion']]);
      assert.deepEqual([...div.querySelectorAll('span.kk-tr-emotion')].map((x) => x.textContent), ['<b>', '</b>', 'blij']);
    } finally {
      hs.cleanup();
    }
  });
});
