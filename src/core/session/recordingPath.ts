/**
 * The rule for `recording.path` in a session file. A session file is shared (a USB stick, a team
 * folder, a colleague's mail), so the path in it is untrusted: opening a session must never make
 * Klein Kijken hash, probe or play a file the sender chose elsewhere on this computer (a device,
 * a network share that leaks the user's credentials, `/etc/passwd`). Only a relative path that
 * stays inside the session's folder is accepted; anything else needs the user to pick the file.
 *
 * Pure and lexical: this decides on the text alone, before anything touches the disk. The node
 * side (src/node/recordingLocation.ts) then resolves symlinks and checks for a regular file.
 * Both POSIX and Windows forms are rejected on every platform: the file may be opened on either.
 */

export type RecordingPathReason =
  | 'empty'
  | 'control'
  | 'absolute'
  | 'drive'
  | 'unc'
  | 'device'
  | 'colon'
  | 'parent'
  | 'tooLong';

export type RecordingPathVerdict = { ok: true; segments: string[] } | { ok: false; reason: RecordingPathReason };

/** Windows reserves these names in every folder, with any extension (`NUL.mp4` is the null device). */
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$|clock\$)(\.[^.]*)*$/i;

/** A path longer than any real recording path; the schema allows 4096, this is stricter. */
export const MAX_RECORDING_PATH = 1024;

export function checkRecordingPath(p: string): RecordingPathVerdict {
  if (p.trim() === '') return { ok: false, reason: 'empty' };
  if (p.length > MAX_RECORDING_PATH) return { ok: false, reason: 'tooLong' };
  // NUL truncates paths in C APIs; other control characters have no place in a file name we wrote.
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  if (/[\u0000-\u001f\u007f]/.test(p)) return { ok: false, reason: 'control' };
  // Device namespaces before UNC: `\\.\PhysicalDrive0`, `\\?\C:\x`, `//./pipe/x`, `\??\`.
  if (/^[\\/]{2}[.?][\\/]/.test(p) || /^\\\?\?\\/.test(p)) return { ok: false, reason: 'device' };
  if (/^[\\/]{2}/.test(p)) return { ok: false, reason: 'unc' };
  if (/^[A-Za-z]:/.test(p)) return { ok: false, reason: 'drive' };
  if (/^[\\/]/.test(p)) return { ok: false, reason: 'absolute' };
  // A colon is a URL scheme (`file:`, `smb:`) or an NTFS stream (`x.mp4:evil`); our own paths never hold one.
  if (p.includes(':')) return { ok: false, reason: 'colon' };
  const segments: string[] = [];
  for (const raw of p.split(/[\\/]/)) {
    if (raw === '' || raw === '.') continue;
    // Windows drops trailing dots and spaces, so `.. ` and `...` can climb a folder there.
    const win = raw.replace(/[. ]+$/, '');
    if (/^\.\.[. ]*$/.test(raw) || (win === '' && raw.length > 1)) return { ok: false, reason: 'parent' };
    if (WINDOWS_DEVICE.test(win) || WINDOWS_DEVICE.test(raw)) return { ok: false, reason: 'device' };
    segments.push(raw);
  }
  if (segments.length === 0) return { ok: false, reason: 'empty' };
  return { ok: true, segments };
}

/** Why a path was refused, for banners and `klein-kijken validate`. */
export function recordingPathReasonText(reason: RecordingPathReason | 'outside' | 'notFile'): { nl: string; en: string } {
  switch (reason) {
    case 'empty':
      return { nl: 'het pad is leeg', en: 'the path is empty' };
    case 'control':
      return { nl: 'het pad bevat stuurtekens', en: 'the path contains control characters' };
    case 'absolute':
      return { nl: 'het pad is absoluut (begint bij de hoofdmap van de computer)', en: 'the path is absolute (starts at the root of the computer)' };
    case 'drive':
      return { nl: 'het pad wijst naar een schijf (zoals C:)', en: 'the path names a drive (such as C:)' };
    case 'unc':
      return { nl: 'het pad wijst naar een andere computer in het netwerk', en: 'the path points to another computer on the network' };
    case 'device':
      return { nl: 'het pad wijst naar een apparaat, niet naar een bestand', en: 'the path names a device, not a file' };
    case 'colon':
      return { nl: 'het pad bevat een dubbele punt (een adres of een verborgen datastroom)', en: 'the path contains a colon (an address or a hidden data stream)' };
    case 'parent':
      return { nl: 'het pad gaat met .. naar een map boven de sessie', en: 'the path climbs with .. above the session folder' };
    case 'tooLong':
      return { nl: 'het pad is te lang', en: 'the path is too long' };
    case 'outside':
      return { nl: 'het bestand ligt (via een snelkoppeling) buiten de map van de sessie', en: "the file lies (through a link) outside the session's folder" };
    case 'notFile':
      return { nl: 'het is geen gewoon bestand', en: 'it is not a regular file' };
  }
}
