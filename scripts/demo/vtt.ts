/** Writes the demo transcript as WebVTT with `<v Name>` voice tags. */

export interface VttCueIn {
  id: string;
  startMs: number;
  endMs: number;
  voice: string;
  text: string;
}

export function formatVttTime(ms: number): string {
  if (!Number.isInteger(ms) || ms < 0) throw new Error(`not a whole, non-negative ms: ${ms}`);
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor(ms / 60_000) % 60;
  const s = Math.floor(ms / 1000) % 60;
  const t = ms % 1000;
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(h)}:${two(m)}:${two(s)}.${String(t).padStart(3, '0')}`;
}

/** VTT cue text may not contain "-->", and &, < need escaping. */
function escapeCueText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function buildVtt(cues: readonly VttCueIn[], note: string): string {
  const lines = ['WEBVTT', '', `NOTE ${note}`, ''];
  for (const c of cues) {
    lines.push(c.id, `${formatVttTime(c.startMs)} --> ${formatVttTime(c.endMs)}`);
    lines.push(`<v ${escapeCueText(c.voice)}>${escapeCueText(c.text)}`, '');
  }
  return lines.join('\n');
}
