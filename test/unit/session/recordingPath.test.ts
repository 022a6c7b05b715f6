import assert from 'node:assert/strict';
import { checkRecordingPath, type RecordingPathReason } from '../../../src/core/session/recordingPath';

// Paths a hostile or careless session file could carry, in POSIX and Windows forms. Each must be
// refused on every platform: the file may be opened on either.
const HOSTILE: [string, RecordingPathReason][] = [
  ['', 'empty'],
  ['   ', 'empty'],
  ['./', 'empty'],
  ['/etc/passwd', 'absolute'],
  ['/dev/zero', 'absolute'],
  ['/dev/stdin', 'absolute'],
  ['/proc/self/fd/0', 'absolute'],
  ['\\Windows\\win.ini', 'absolute'],
  ['../outside.mp4', 'parent'],
  ['..', 'parent'],
  ['sub/../../outside.mp4', 'parent'],
  ['sub\\..\\..\\outside.mp4', 'parent'],
  ['..\\outside.mp4', 'parent'],
  ['.../x.mp4', 'parent'],
  ['.. /x.mp4', 'parent'],
  ['..\u0020\\x.mp4', 'parent'],
  ['C:\\Users\\x\\Videos\\a.mp4', 'drive'],
  ['c:/a.mp4', 'drive'],
  ['C:a.mp4', 'drive'],
  ['\\\\host\\share\\x.mp4', 'unc'],
  ['//host/share/x.mp4', 'unc'],
  ['\\/host/share/x.mp4', 'unc'],
  ['\\\\.\\PhysicalDrive0', 'device'],
  ['\\\\?\\C:\\x.mp4', 'device'],
  ['//./pipe/x', 'device'],
  ['\\??\\C:\\x.mp4', 'device'],
  ['NUL', 'device'],
  ['nul.mp4', 'device'],
  ['sub/CON.mp4', 'device'],
  ['COM1', 'device'],
  ['lpt9.wav', 'device'],
  ['CONIN$', 'device'],
  ['file:///etc/passwd', 'colon'],
  ['smb:host/x.mp4', 'colon'],
  ['x.mp4:stream', 'colon'],
  ['x\u0000.mp4', 'control'],
  ['x\n.mp4', 'control'],
  ['a/'.repeat(600) + 'x.mp4', 'tooLong'],
];

const FINE: [string, string[]][] = [
  ['gesprek.mp4', ['gesprek.mp4']],
  ['./gesprek.mp4', ['gesprek.mp4']],
  ['opnames/gesprek 1.mov', ['opnames', 'gesprek 1.mov']],
  ['opnames\\gesprek.mov', ['opnames', 'gesprek.mov']],
  ['..gesprek.mp4', ['..gesprek.mp4']],
  ['gesprek..mp4', ['gesprek..mp4']],
  ['console.mp4', ['console.mp4']],
  ['a//b/./c.wav', ['a', 'b', 'c.wav']],
  ['Één gesprek — ’t beste.m4a', ['Één gesprek — ’t beste.m4a']],
];

describe('recording path rule', () => {
  for (const [p, reason] of HOSTILE) {
    it(`refuses ${JSON.stringify(p.length > 40 ? p.slice(0, 40) + '…' : p)} (${reason})`, () => {
      assert.deepEqual(checkRecordingPath(p), { ok: false, reason });
    });
  }
  for (const [p, segments] of FINE) {
    it(`accepts ${JSON.stringify(p)}`, () => {
      assert.deepEqual(checkRecordingPath(p), { ok: true, segments });
    });
  }
});
