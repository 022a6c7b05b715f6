/**
 * The one place for times in the product, each form under its own name:
 * - `formatClock` / `parseClock`: as people read and type them (m:ss, h:mm:ss, tenths when
 *   editing); the Dutch decimal comma is accepted everywhere a person types a time.
 * - `formatPaddedClock`: mm:ss with a leading zero, for exports and `[mm:ss]` transcript lines,
 *   where columns line up and a reader scans down them.
 * - `formatVttTime` / `formatSrtTime` / `parseTimestampMs`: the cue times of WebVTT (`.`) and SRT
 *   (`,`), and the stamps transcript files carry.
 * Every form shows a time by cutting, never rounding up (1:05.9 is "1:05"), as players do: a row
 * labelled 1:05 is the one playing at 1:05.9.
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
  return h > 0 ? `${h}:${pad2(m)}:${s}` : `${m}:${s}`;
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

/** mm:ss, or h:mm:ss from an hour on; whole seconds, cut. 65.9 → "01:05". */
export function formatPaddedClock(sec: number): string {
  const total = Number.isFinite(sec) ? Math.max(0, Math.floor(sec)) : 0;
  const h = Math.floor(total / 3600);
  const mmss = `${pad2(Math.floor(total / 60) % 60)}:${pad2(total % 60)}`;
  return h > 0 ? `${h}:${mmss}` : mmss;
}

/** A WebVTT cue time, `hh:mm:ss.ttt` (hours grow past 99 when needed); milliseconds rounded. */
export function formatVttTime(sec: number): string {
  return cueTime(sec, '.');
}

/** An SRT cue time, `hh:mm:ss,ttt`. */
export function formatSrtTime(sec: number): string {
  return cueTime(sec, ',');
}

function cueTime(sec: number, sep: '.' | ','): string {
  const total = Number.isFinite(sec) ? Math.max(0, Math.round(sec * 1000)) : 0;
  const ms = total % 1000;
  const s = Math.floor(total / 1000) % 60;
  const m = Math.floor(total / 60000) % 60;
  const h = Math.floor(total / 3600000);
  return `${pad2(h)}:${pad2(m)}:${pad2(s)}${sep}${String(ms).padStart(3, '0')}`;
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

function isDigits(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/**
 * A stamp as transcript files write it, `[h…:]mm:ss[.ttt]` (also `,ttt`: SRT, and Dutch tools), to
 * whole milliseconds, or null. Hours may have any number of digits; without hours the minutes may
 * exceed 59 (some tools write 75:10.000). `requireFraction`: WebVTT cue times must have one.
 * Written without regular expressions so that no input can make it slow.
 */
export function parseTimestampMs(s: string, requireFraction = false): number | null {
  if (s.length === 0 || s.length > 24) return null;
  const parts = s.split(':');
  if (parts.length < 2 || parts.length > 3) return null;
  const last = parts[parts.length - 1]!;
  let secPart = last;
  let frac = '';
  const dot = Math.max(last.indexOf('.'), last.indexOf(','));
  if (dot >= 0) {
    secPart = last.slice(0, dot);
    frac = last.slice(dot + 1);
    if (!isDigits(frac)) return null;
  } else if (requireFraction) return null;
  if (!isDigits(secPart) || secPart.length > 2) return null;
  const sec = Number(secPart);
  if (sec > 59) return null;
  let hours = 0;
  let minutes: number;
  if (parts.length === 3) {
    if (!isDigits(parts[0]!) || !isDigits(parts[1]!) || parts[1]!.length > 2) return null;
    hours = Number(parts[0]);
    minutes = Number(parts[1]);
    if (minutes > 59) return null;
  } else {
    if (!isDigits(parts[0]!)) return null;
    minutes = Number(parts[0]);
  }
  const ms = frac === '' ? 0 : Math.round(Number('0.' + frac) * 1000);
  return ((hours * 60 + minutes) * 60 + sec) * 1000 + ms;
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
  return `${day}, ${pad2(d.getHours())}:${pad2(d.getMinutes())}`;
}
