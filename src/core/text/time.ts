/** Times as people read them: m:ss, or h:mm:ss past an hour. */
export function formatClock(sec: number, withTenths = false): string {
  if (!Number.isFinite(sec) || sec < 0) sec = 0;
  const whole = Math.floor(sec);
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = whole % 60;
  const tenths = withTenths ? `.${Math.floor((sec - whole) * 10)}` : '';
  const ss = String(s).padStart(2, '0') + tenths;
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/** Reads "1:02:03", "62:03", "2:03.5", "95" or "1m30s"; null when it is not a time. */
export function parseClock(text: string): number | null {
  const t = text.trim();
  let m = /^(\d+)m(?:(\d+(?:\.\d+)?)s)?$/.exec(t);
  if (m) return Number(m[1]) * 60 + Number(m[2] ?? 0);
  m = /^(?:(\d+):)?(?:(\d+):)?(\d+(?:[.,]\d+)?)$/.exec(t);
  if (!m) return null;
  const parts = [m[1], m[2], m[3]].filter((x) => x !== undefined).map((x) => Number(x!.replace(',', '.')));
  let sec = 0;
  for (const p of parts) sec = sec * 60 + p;
  return Number.isFinite(sec) ? sec : null;
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
