/**
 * Runs a program without a shell (arguments as an array: no quoting, no injection), with
 * cancellation, a timeout and bounded stderr. Used for ffmpeg and ffprobe.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import * as os from 'node:os';
import * as path from 'node:path';

export type MediaLog = (line: string) => void;

export interface RunOptions {
  signal?: AbortSignal;
  /** Kill after this many ms; 0 or undefined = no limit. */
  timeoutMs?: number;
  /** Streamed stdout; when given, stdout is not collected. */
  onStdout?: (chunk: Buffer) => void;
  /** Each stderr line; return true to swallow it (e.g. `-progress` lines). */
  onStderrLine?: (line: string) => boolean | void;
  /** Collected stdout limit when onStdout is absent (ffprobe JSON). */
  maxStdoutBytes?: number;
  /** Only the last this-many bytes of stderr are kept. */
  maxStderrBytes?: number;
  log?: MediaLog;
  /** Scheduling priority (nice, 0..19) for background work: streaming and the UI come first. */
  priority?: number;
  /** The started child, e.g. to pause its stdout (flow control of a stream). */
  onSpawn?: (child: ChildProcess) => void;
}

export interface RunResult {
  code: number | null;
  stdout: Buffer;
  /** The tail of stderr (bounded). */
  stderr: string;
  /** Why we killed it, if we did. */
  killed: 'abort' | 'timeout' | null;
  /** Set when the program could not be started (ENOENT, EACCES). */
  spawnError?: NodeJS.ErrnoException;
}

/**
 * An input or output path for ffmpeg/ffprobe. `file:` plus an absolute path is read literally:
 * a name starting with `-` is not an option and one containing `:` is not a protocol.
 */
export function ffmpegPath(p: string): string {
  return 'file:' + path.resolve(p);
}

export function runProcess(command: string, args: readonly string[], options: RunOptions = {}): Promise<RunResult> {
  const { signal, timeoutMs, log } = options;
  const maxErr = options.maxStderrBytes ?? 64 * 1024;
  const maxOut = options.maxStdoutBytes ?? 32 * 1024 * 1024;
  return new Promise((resolve) => {
    if (signal?.aborted) {
      resolve({ code: null, stdout: Buffer.alloc(0), stderr: '', killed: 'abort' });
      return;
    }
    log?.(`$ ${[command, ...args].map((a) => (/[\s'"]/.test(a) ? JSON.stringify(a) : a)).join(' ')}`);
    const child = spawn(command, args, { shell: false, windowsHide: true, stdio: ['ignore', 'pipe', 'pipe'] });
    if (options.priority !== undefined && child.pid !== undefined) {
      try {
        os.setPriority(child.pid, options.priority);
      } catch (e) {
        // Not allowed here (some containers): the work still runs, only at normal priority.
        log?.(`setPriority(${options.priority}) failed: ${(e as Error).message}`);
      }
    }
    options.onSpawn?.(child);
    const outChunks: Buffer[] = [];
    let outBytes = 0;
    let errTail = '';
    let partial = '';
    let killed: RunResult['killed'] = null;
    let spawnError: NodeJS.ErrnoException | undefined;

    const kill = (why: 'abort' | 'timeout') => {
      if (killed || child.exitCode !== null) return;
      killed = why;
      child.kill('SIGKILL');
    };
    const onAbort = () => kill('abort');
    signal?.addEventListener('abort', onAbort, { once: true });
    const timer = timeoutMs ? setTimeout(() => kill('timeout'), timeoutMs) : undefined;

    child.stdout.on('data', (b: Buffer) => {
      if (options.onStdout) options.onStdout(b);
      else if (outBytes < maxOut) {
        outChunks.push(b);
        outBytes += b.length;
      }
    });
    const takeLine = (line: string) => {
      if (options.onStderrLine?.(line) === true) return;
      log?.(line);
      errTail += line + '\n';
      if (errTail.length > maxErr) errTail = errTail.slice(errTail.length - maxErr);
    };
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (s: string) => {
      const lines = (partial + s).split(/\r?\n|\r/);
      partial = lines.pop() ?? '';
      for (const l of lines) if (l) takeLine(l);
    });
    child.on('error', (e: NodeJS.ErrnoException) => {
      spawnError = e;
    });
    child.on('close', (code) => {
      if (partial) takeLine(partial);
      if (timer) clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      const result: RunResult = { code, stdout: Buffer.concat(outChunks), stderr: errTail, killed };
      if (spawnError) result.spawnError = spawnError;
      resolve(result);
    });
  });
}

/** The last meaningful stderr line, for a one-line problem detail. */
export function lastLine(stderr: string): string {
  const lines = stderr.split('\n').map((l) => l.trim()).filter(Boolean);
  return lines[lines.length - 1] ?? '';
}
