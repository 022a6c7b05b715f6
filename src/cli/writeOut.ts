import { atomicWrite } from '../node/atomicWrite';

/**
 * Writes next to the target and renames, so a crash never leaves half a file. The temp file has
 * a random name and is created exclusively (never through an existing file or symlink), and a
 * symlink at the target is replaced, not followed.
 */
export async function writeOut(file: string, data: string | Uint8Array): Promise<void> {
  await atomicWrite(file, data, {}, process.platform, { followSymlink: false });
}
