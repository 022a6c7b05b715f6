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
