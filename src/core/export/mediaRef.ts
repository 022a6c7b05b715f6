/** How exports name the recording: by a relative reference only, never its contents. */

const MIME: Record<string, string> = {
  mp4: 'video/mp4',
  m4v: 'video/mp4',
  mov: 'video/quicktime',
  webm: 'video/webm',
  mkv: 'video/x-matroska',
  m4a: 'audio/mp4',
  mp3: 'audio/mpeg',
  wav: 'audio/x-wav',
  ogg: 'audio/ogg',
  opus: 'audio/ogg',
  aac: 'audio/aac',
  flac: 'audio/flac',
};

export function mediaMimeType(path: string): string {
  const ext = /\.([A-Za-z0-9]+)$/.exec(path)?.[1]?.toLowerCase() ?? '';
  return MIME[ext] ?? 'application/octet-stream';
}

export function isAudioPath(path: string): boolean {
  return mediaMimeType(path).startsWith('audio/');
}

/** The recording path as a relative URI reference: `/` separators, each segment percent-encoded. */
export function relativeMediaUrl(path: string): string {
  const segs = path.replace(/\\/g, '/').split('/').filter((s) => s !== '' && s !== '.');
  return './' + segs.map((s) => (s === '..' ? s : encodeURIComponent(s))).join('/');
}
