import { strict as assert } from 'node:assert';
import { applyEdit, type Edit } from '../../../src/core/session/edits';
import { highlightText } from '../../../webview/panels/transcript/highlightText';
import { saveSegmentEdit, splitPoint } from '../../../webview/panels/transcript/segmentActions';
import { sampleSession } from '../session/sessionFixtures';
import { mountHarness } from './webviewTestKit';

describe('transcript panel helpers', () => {
  it('splits at the playhead inside a segment, else proportionally at a word boundary', () => {
    const seg = { id: 'g', start: 10, end: 20, speakerId: null, text: 'een twee drie vier' };
    assert.deepEqual(splitPoint(seg, seg.text, 4, 15), { atSec: 15, atChar: 4 });
    const mid = splitPoint(seg, seg.text, null, 30);
    assert.equal(seg.text[mid.atChar], ' ');
    assert.ok(mid.atSec > 10 && mid.atSec < 20);
    assert.deepEqual(splitPoint(seg, seg.text, 0, 30), { atSec: 10, atChar: 0 });
  });

  it('moves a segment whose new start changes the order, keeping the new text', () => {
    const s = sampleSession();
    const e = saveSegmentEdit(s, 'g1', { text: 'Later gezegd.', speakerId: 'spB', start: 14, end: 15 }) as Extract<Edit, { op: 'batch' }>;
    assert.equal(e.op, 'batch');
    const after = applyEdit(s, e).session.transcript;
    assert.deepEqual(after.map((x) => x.id), ['g2', 'g3', 'g1']);
    assert.equal(after[2]!.text, 'Later gezegd.');
    assert.equal(saveSegmentEdit(s, 'g2', { text: s.transcript[1]!.text, speakerId: 'spS', start: 5, end: 12 }), null);
  });

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
