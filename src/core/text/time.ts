/**
 * The one place for times as people read and type them (m:ss, h:mm:ss, with tenths when editing).
 * Dutch decimal comma accepted everywhere (`1:05,3`), also in go-to-time. File formats keep their
 * own timestamps (WebVTT/SRT `hh:mm:ss.ttt` in src/core/transcript/textTools.ts).
 */

function split(sec: number, tenths: boolean): { h: number; m: number; s: string } {
  if (!Number.isFinite(sec) || sec < 0) sec = 0;
  const total = tenths ? Math.round(sec * 10) / 10 : Math.floor(sec);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const rest = total - h * 3600 - m * 60;
  const s = tenths ? rest.toFixed(1).padStart(4, '0') : String(Math.floor(rest)).padStart(2, '0');
  return { h, m, s };
}

/** m:ss, or h:mm:ss past an hour; with `withTenths` m:ss.t (rounded, so 59.96 s is 1:00.0). */
export function formatClock(sec: number, withTenths = false): string {
  const { h, m, s } = split(sec, withTenths);
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/**
 * Reads "1:02:03", "62:03", "2:03.5", "2:03,5", "95", "95,5" or "1m30s" / "1m30,5s"; null when it
 * is not a time (a field is then marked, never guessed). With minutes, seconds stay below 60;
 * with hours, minutes too.
 */
export function parseClock(text: string): number | null {
  const t = text.trim().replace(',', '.');
  const ms = /^(\d+)m(?:(\d+(?:\.\d+)?)s)?$/.exec(t);
  if (ms) return round(Number(ms[1]) * 60 + Number(ms[2] ?? 0));
  if (!/^\d+(:\d{1,2}){0,2}(\.\d+)?$/.test(t)) return null;
  const parts = t.split(':');
  const secs = Number(parts.pop());
  if (parts.length > 0 && secs >= 60) return null;
  const mins = parts.length ? Number(parts.pop()) : 0;
  if (parts.length > 0 && mins >= 60) return null;
  const hours = parts.length ? Number(parts.pop()) : 0;
  return round(hours * 3600 + mins * 60 + secs);
}

function round(v: number): number | null {
  return Number.isFinite(v) ? Math.round(v * 1000) / 1000 : null;
}

const MONTHS = {
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
} as const;

/**
 * A stored ISO timestamp as a teacher reads it: "29 november 2026" (with `withTime`,
 * "29 november 2026, 14:05"), in the computer's own time zone. An unreadable value is shown as
 * it is rather than as "NaN".
 */
export function formatDate(iso: string, lang: 'nl' | 'en', withTime = false): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const day = lang === 'nl' ? `${d.getDate()} ${MONTHS.nl[d.getMonth()]} ${d.getFullYear()}` : `${d.getDate()} ${MONTHS.en[d.getMonth()]} ${d.getFullYear()}`;
  if (!withTime) return day;
  return `${day}, ${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}
