// An ffmpeg stand-in for the hardware-encoding tests (issue 15): a shell script that lists a
// hardware encoder, fails what it is told to fail, and otherwise runs the real ffmpeg.
import * as fs from 'node:fs';
import * as path from 'node:path';

const NVENC_LINE = ' V....D h264_nvenc           NVIDIA NVENC H.264 encoder (codec h264)';

/**
 * Writes an ffmpeg stand-in: `-encoders` prints the real list without hardware H.264 encoders plus
 * h264_nvenc; `-hwaccels` lists none; a call using h264_nvenc fails (`failTrial`: also the ten-frame
 * trial on lavfi, else the trial passes and only a real recording fails); anything else runs the
 * real ffmpeg. Every call is appended to `calls.log` beside it. `partialOutput`: a failing call first
 * writes a few bytes to stdout, as a hardware encoder that gives up after its first frames.
 */
export function makeStub(dir: string, realFfmpeg: string, failTrial: boolean, partialOutput = false): { bin: string; calls: () => string[] } {
  const bin = path.join(dir, 'ffmpeg');
  const callsFile = path.join(dir, 'calls.log');
  fs.writeFileSync(
    bin,
    `#!/bin/sh
echo "$*" >> '${callsFile}'
case " $* " in
  *" -encoders "*) '${realFfmpeg}' "$@" | grep -v -E ' h264_(nvenc|qsv|amf|videotoolbox|vaapi|mf) '; echo '${NVENC_LINE}'; exit 0;;
  *" -hwaccels "*) echo 'Hardware acceleration methods:'; exit 0;;
  *" h264_nvenc "*" lavfi "*|*" lavfi "*" h264_nvenc "*) ${failTrial ? "echo '[h264_nvenc @ 0x1] Cannot load libcuda.so.1' >&2; exit 1" : 'exit 0'};;
  *" h264_nvenc "*) ${partialOutput ? "printf 'half a fragment'; " : ''}echo '[h264_nvenc @ 0x1] OpenEncodeSessionEx failed: out of memory (10)' >&2; exit 1;;
esac
exec '${realFfmpeg}' "$@"
`,
    { mode: 0o755 },
  );
  return { bin, calls: () => (fs.existsSync(callsFile) ? fs.readFileSync(callsFile, 'utf8').trim().split('\n') : []) };
}
