import { strict as assert } from 'node:assert';
import { DOCUMENT_ACTION_IDS, PROBLEM_ACTION_IDS, RECORDING_ACTION_IDS, isDocumentAction } from '../../../src/protocol/messages';
import { validateViewMessage } from '../../../src/protocol/viewMessageSchema';

describe('banner action ids', () => {
  it('lets every declared action id through', () => {
    for (const actionId of PROBLEM_ACTION_IDS) {
      const r = validateViewMessage({ type: 'problem/action', problemId: 'ffmpeg-missing', actionId });
      assert.ok(r.ok, actionId);
    }
  });

  it('drops an action id that no banner offers, naming the field', () => {
    for (const actionId of ['formatDisk', 'saveas', '', '__proto__', 'constructor']) {
      const r = validateViewMessage({ type: 'problem/action', problemId: 'ffmpeg-missing', actionId });
      assert.equal(r.ok, false, actionId);
      assert.match(!r.ok ? r.reason : '', /^actionId: /, actionId);
    }
  });

  it('belongs either to the session file or to its recording, never to both', () => {
    assert.deepEqual(DOCUMENT_ACTION_IDS.filter((id) => (RECORDING_ACTION_IDS as readonly string[]).includes(id)), []);
    assert.deepEqual(PROBLEM_ACTION_IDS.filter(isDocumentAction), [...DOCUMENT_ACTION_IDS]);
    assert.equal(new Set(PROBLEM_ACTION_IDS).size, PROBLEM_ACTION_IDS.length);
  });
});
