/**
 * "Nog ongeveer 4 minuten": seconds left from the pace so far. Measured from the first report,
 * so start-up (loading a model) does not count as pace; null until there is enough to go on.
 */
export class TimeLeftEstimator {
  private first: { t: number; f: number } | null = null;

  constructor(
    private readonly minElapsedSec = 2,
    private readonly minProgress = 0.02,
  ) {}

  /** `nowSec`: any monotonic clock in seconds; `fraction`: 0..1 done. */
  update(nowSec: number, fraction: number): number | null {
    if (!this.first) {
      this.first = { t: nowSec, f: fraction };
      return null;
    }
    const dt = nowSec - this.first.t;
    const df = fraction - this.first.f;
    if (fraction >= 1) return 0;
    if (dt < this.minElapsedSec || df < this.minProgress) return null;
    return Math.max(0, Math.round(((1 - fraction) * dt) / df));
  }
}
