import { DEMO_VOICES, type DemoVoiceKey } from './dialogue';

/**
 * The ffmpeg filter graph for the demo picture: two cards, one a speaker, the one talking lit up
 * in its colour; a sound-level bar; a clock; a "stilte" label during the long silence. (A
 * waveform strip looked nicer but cost ten times the bytes: every frame differs everywhere.) No person is
 * shown: it is plainly a synthetic, fictional recording. Text is passed through small text files
 * (`textfile=`) so no dialogue or label ever needs filter-graph escaping.
 */

export const VIDEO = { width: 640, height: 360, fps: 10 } as const;

export interface VideoCue {
  speaker: DemoVoiceKey;
  startMs: number;
  endMs: number;
}

export interface VideoFilterInput {
  cues: readonly VideoCue[];
  totalMs: number;
  silence: { startMs: number; endMs: number };
  /** null: draw boxes only (no drawtext in this ffmpeg, or no font). */
  fonts: { regular: string; bold: string } | null;
  /** Writes a text to a file whose path needs no escaping, and returns that path. */
  textFile: (name: string, text: string) => string;
}

const BG = '0x1b2130';
const CARD = '0x2a3244';
const sec = (ms: number) => (ms / 1000).toFixed(3);
const hex = (c: string) => '0x' + c.replace('#', '');

function activeExpr(cues: readonly VideoCue[], who: DemoVoiceKey): string {
  const parts = cues.filter((c) => c.speaker === who).map((c) => `between(t,${sec(c.startMs)},${sec(c.endMs)})`);
  return parts.length ? parts.join('+') : '0';
}

export function buildVideoFilter(input: VideoFilterInput): string {
  const { width: W, height: H, fps } = VIDEO;
  const { fonts, textFile } = input;
  const draw: string[] = [];
  const text = (name: string, value: string, o: { x: number | string; y: number; size: number; bold?: boolean; colour?: string; enable?: string }) => {
    if (!fonts) return;
    const path = textFile(name, value);
    const enable = o.enable ? `:enable='${o.enable}'` : '';
    draw.push(
      `drawtext=fontfile=${o.bold ? fonts.bold : fonts.regular}:textfile=${path}:x=${o.x}:y=${o.y}` +
        `:fontsize=${o.size}:fontcolor=${o.colour ?? 'white'}${enable}`,
    );
  };

  text('title', 'Klein Kijken · fictief demogesprek', { x: 40, y: 22, size: 18, bold: true, colour: 'white@0.9' });

  const cards: [DemoVoiceKey, number][] = [['begeleider', 40], ['student', 330]];
  for (const [who, x] of cards) {
    const voice = DEMO_VOICES[who];
    const on = activeExpr(input.cues, who);
    const y = 60;
    draw.push(`drawbox=x=${x}:y=${y}:w=270:h=180:color=${CARD}:t=fill`);
    draw.push(`drawbox=x=${x}:y=${y}:w=270:h=180:color=${hex(voice.colour)}:t=fill:enable='${on}'`);
    draw.push(`drawbox=x=${x}:y=${y}:w=270:h=180:color=white@0.9:t=4:enable='${on}'`);
    draw.push(`drawbox=x=${x + 20}:y=${y + 20}:w=56:h=56:color=black@0.35:t=fill`);
    text(`initial-${who}`, voice.name.slice(0, 1), { x: x + 35, y: y + 30, size: 36, bold: true });
    text(`name-${who}`, voice.name, { x: x + 90, y: y + 26, size: 19, bold: true });
    text(`speaks-${who}`, 'spreekt…', { x: x + 90, y: y + 56, size: 14, colour: 'white@0.9', enable: on });
    voice.roleLines.forEach((line, i) => {
      text(`role-${who}-${i}`, line, { x: x + 20, y: y + 100 + i * 22, size: 16, colour: 'white@0.85' });
    });
  }

  const { startMs, endMs } = input.silence;
  draw.push(`drawbox=x=40:y=292:w=560:h=12:color=${CARD}:t=fill`);
  text('silence', '… stilte …', { x: '(w-text_w)/2', y: 262, size: 15, colour: 'white@0.8', enable: `between(t,${sec(startMs)},${sec(endMs)})` });
  text('footer', 'Fictief: stemmen van espeak-ng, geen echte personen', { x: 40, y: 338, size: 12, colour: 'white@0.6' });
  // The clock is expanded by drawtext itself ("%{pts:hms}"), like a player's time display.
  text('clock', '%{pts:hms}', { x: 'w-text_w-40', y: 338, size: 12, colour: 'white@0.75' });

  const total = sec(input.totalMs);
  return [
    `color=c=${BG}:s=${W}x${H}:r=${fps}:d=${total},format=yuv420p,${draw.join(',')}[base]`,
    `[0:a]asplit=2[aout][aw]`,
    `[aw]showvolume=rate=${fps}:w=560:h=12:f=0.6:b=0:t=0:v=0:o=h:dm=0:c=0xffc8d0dc,format=yuva420p[level]`,
    `[base][level]overlay=x=40:y=292:eof_action=pass,format=yuv420p[vout]`,
  ].join(';\n');
}
