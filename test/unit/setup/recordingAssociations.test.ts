import * as assert from 'node:assert/strict';
import { withRecordingAssociations } from '../../../src/core/setup/recordingAssociations';

describe('recording editor associations', () => {
  it('adds ours for each extension, keeping the user\'s other associations', () => {
    assert.deepEqual(withRecordingAssociations({ '*.md': 'vscode.markdown.preview.editor' }, ['mp4', 'm4a'], 'kk.rec', true), {
      '*.md': 'vscode.markdown.preview.editor',
      '*.mp4': 'kk.rec',
      '*.m4a': 'kk.rec',
    });
  });

  it('never takes a pattern the user gave to another editor', () => {
    assert.deepEqual(withRecordingAssociations({ '*.mp4': 'other.player' }, ['mp4'], 'kk.rec', true), { '*.mp4': 'other.player' });
  });

  it('switching off removes only ours', () => {
    assert.deepEqual(withRecordingAssociations({ '*.mp4': 'kk.rec', '*.mov': 'other.player', '*.md': 'x' }, ['mp4', 'mov'], 'kk.rec', false), { '*.mov': 'other.player', '*.md': 'x' });
    assert.deepEqual(withRecordingAssociations(undefined, ['mp4'], 'kk.rec', false), {});
  });
});
