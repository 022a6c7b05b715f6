/** Times as teachers read and type them: 3:07 in the list, 3:07.4 when editing a segment. */

function split(sec: number, tenths: boolean): { h: number; m: number; s: string } {
  const total = Math.max(0, tenths ? Math.round(sec * 10) / 10 : Math.floor(sec));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const rest = total - h * 3600 - m * 60;
  const s = tenths ? rest.toFixed(1).padStart(4, '0') : String(Math.floor(rest)).padStart(2, '0');
  return { h, m, s };
}

/** m:ss (h:mm:ss past an hour). */
export function clockTime(sec: number): string {
  const { h, m, s } = split(sec, false);
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** m:ss.t, for editing start and end. */
export function preciseTime(sec: number): string {
  const { h, m, s } = split(sec, true);
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/**
 * Reads "1:05.3", "65.3", "1:02:03" or "1:05,3" (Dutch decimal comma). Null when it is not a time:
 * the editor then marks the field instead of guessing.
 */
export function parseTime(text: string): number | null {
  const t = text.trim().replace(',', '.');
  if (!/^\d+(:\d{1,2}){0,2}(\.\d+)?$/.test(t)) return null;
  const parts = t.split(':');
  const secs = Number(parts.pop());
  if (parts.length > 0 && secs >= 60) return null;
  const mins = parts.length ? Number(parts.pop()) : 0;
  if (parts.length > 0 && mins >= 60) return null;
  const hours = parts.length ? Number(parts.pop()) : 0;
  const v = hours * 3600 + mins * 60 + secs;
  return Number.isFinite(v) ? Math.round(v * 1000) / 1000 : null;
}
