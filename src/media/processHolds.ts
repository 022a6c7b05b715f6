/**
 * Pausing a low-priority process while something the user waits for needs the cores (issue 15:
 * the background playback copy while a stream fills its first seconds after an open or a seek).
 * nice 10 alone still leaves the copy a share of each core, and on two cores that share is the
 * stream's margin; a stopped process (SIGSTOP) takes none. Bounded twice, so the copy always
 * finishes: each hold ends by itself after `maxHoldMs`, and the process is never kept stopped for
 * more than `maxShare` of the time it has existed (beyond one hold). Windows has no SIGSTOP: there
 * the process runs on at its low priority.
 */
export interface ProcessHoldOptions {
  maxHoldMs: number;
  /** The largest part of its life the process may spend stopped (0..1), beyond one hold. */
  maxShare: number;
  log?: (line: string) => void;
  now?: () => number;
}

export class ProcessHolds {
  private pid: number | undefined;
  private bornAt = 0;
  private holds = 0;
  private stoppedAt: number | null = null;
  private stoppedMs = 0;
  private readonly now: () => number;

  constructor(private readonly o: ProcessHoldOptions) {
    this.now = o.now ?? Date.now;
  }

  /** The process to pause from now on (its earlier one, if any, has ended). */
  attach(pid: number | undefined): void {
    this.pid = pid;
    this.bornAt = this.now();
    this.stoppedAt = null;
    this.stoppedMs = 0;
    this.apply();
  }

  /** The process ended: nothing to signal any more. */
  detach(): void {
    this.pid = undefined;
    this.stoppedAt = null;
  }

  /** Whether the process is stopped now. */
  get stopped(): boolean {
    return this.stoppedAt !== null;
  }

  /** Stops the process until the returned function is called, or `maxHoldMs` at most. */
  hold(): () => void {
    if (process.platform === 'win32') return () => undefined;
    this.holds++;
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      clearTimeout(timer);
      this.holds--;
      this.apply();
    };
    const timer = setTimeout(release, this.o.maxHoldMs);
    timer.unref?.();
    this.apply();
    return release;
  }

  private apply(): void {
    if (this.pid === undefined) return;
    const now = this.now();
    const stoppedMs = this.stoppedMs + (this.stoppedAt !== null ? now - this.stoppedAt : 0);
    const within = stoppedMs <= this.o.maxHoldMs + this.o.maxShare * (now - this.bornAt);
    const want = this.holds > 0 && within;
    if (want === this.stopped) return;
    try {
      process.kill(this.pid, want ? 'SIGSTOP' : 'SIGCONT');
    } catch {
      return; // already gone: its end is reported by whoever runs it
    }
    if (want) this.stoppedAt = now;
    else {
      this.stoppedMs = stoppedMs;
      this.stoppedAt = null;
    }
    this.o.log?.(want ? 'paused while the stream fills its first seconds' : `goes on (paused ${(stoppedMs / 1000).toFixed(1)} s in all)`);
  }
}
