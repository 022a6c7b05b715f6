import { t, type Lang } from '../text/lang';
import { formatDecimal } from '../text/numbers';

/** The line under "Transcript maken…" in the progress notification: share done and time left. */
export function speechProgressText(fraction: number, secondsLeft: number | null, lang: Lang): string {
  const pct = `${Math.floor(Math.max(0, Math.min(1, fraction)) * 100)}%`;
  if (secondsLeft === null || !Number.isFinite(secondsLeft)) return t(lang, `${pct} · resterende tijd nog onbekend`, `${pct} · time left not known yet`);
  const s = Math.max(0, Math.round(secondsLeft));
  // Minutes are precise enough once there are more than two of them; a countdown in seconds only makes people wait for it.
  const left = s < 120 ? t(lang, `nog ${s} s`, `${s} s left`) : t(lang, `nog ongeveer ${Math.round(s / 60)} min`, `about ${Math.round(s / 60)} min left`);
  return `${pct} · ${left}`;
}

/** Bytes as MB for the download notification ("12,5 van 670 MB"). */
export function megabytes(bytes: number, lang: Lang): string {
  const mb = bytes / 1e6;
  return formatDecimal(mb, mb >= 100 ? 0 : 1, lang);
}
