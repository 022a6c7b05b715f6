/**
 * The one list of recording file types Klein Kijken opens. The manifest (the custom editor's
 * filenamePattern and the explorer menu's `when`) is checked against it by a test
 * (test/unit/lint/manifest.test.ts), so code, menu and editor agree.
 */
export const VIDEO_EXTENSIONS = ['mp4', 'mov', 'm4v', 'webm', 'mkv', 'avi', '3gp'] as const;
export const AUDIO_EXTENSIONS = ['m4a', 'mp3', 'wav', 'ogg', 'oga', 'opus', 'flac', 'aac', 'amr', 'wma'] as const;
export const MEDIA_EXTENSIONS: string[] = [...VIDEO_EXTENSIONS, ...AUDIO_EXTENSIONS];

function extensionOf(path: string): string {
  return /\.([A-Za-z0-9]+)$/.exec(path)?.[1]?.toLowerCase() ?? '';
}

export function isMediaPath(path: string): boolean {
  return MEDIA_EXTENSIONS.includes(extensionOf(path));
}

/** By name only (a video file may hold only sound; the probe knows better once it ran). */
export function isVideoPath(path: string): boolean {
  return (VIDEO_EXTENSIONS as readonly string[]).includes(extensionOf(path));
}

/** The custom editor's selector: glob matching is case-sensitive on Linux, so both cases. */
export function manifestFilenamePattern(): string {
  return `*.{${[...MEDIA_EXTENSIONS, ...MEDIA_EXTENSIONS.map((e) => e.toUpperCase())].join(',')}}`;
}

/** The explorer menu's `when` clause. */
export function manifestWhenClause(): string {
  return `resourceExtname =~ /^\\.(${MEDIA_EXTENSIONS.join('|')})$/i`;
}
