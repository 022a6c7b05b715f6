/**
 * Segment text as DOM nodes, with search hits in <mark> and emotion/signal words in a marked span
 * (the legend in the panel explains the marker). Only text nodes carry the user's text, so a
 * transcript holding markup stays inert.
 */
export type Range2 = readonly [number, number];

/** A signal word in a segment; `degree` for a vergrotende or overtreffende trap. */
export interface EmotionRange {
  from: number;
  to: number;
  degree?: 'vergrotend' | 'overtreffend';
}

/**
 * One sweep over the cut points (sorted once), not a search of every range per piece: a long
 * segment with thousands of search hits stays linear in the number of pieces and ranges.
 */
export function highlightText(
  doc: Document,
  text: string,
  hits: readonly Range2[],
  emotions: readonly (EmotionRange | Range2)[],
  emotionTitle: string | ((degree?: EmotionRange['degree']) => string),
): Node[] {
  if (!hits.length && !emotions.length) return [doc.createTextNode(text)];
  const clamp = (x: number) => Math.max(0, Math.min(x, text.length));
  const emo: EmotionRange[] = emotions.map((e) => ('from' in e ? e : { from: e[0], to: e[1] }));
  const cuts = new Set<number>([0, text.length]);
  for (const [a, b] of hits) cuts.add(clamp(a)).add(clamp(b));
  for (const e of emo) cuts.add(clamp(e.from)).add(clamp(e.to));
  const points = [...cuts].sort((a, b) => a - b);
  const at = new Map(points.map((p, i) => [p, i] as const));
  // Coverage of each piece [points[k], points[k+1]) by hits (difference array) and by a signal word.
  const hitDiff = new Int32Array(points.length + 1);
  for (const [a, b] of hits) {
    const i = at.get(clamp(a))!;
    const j = at.get(clamp(b))!;
    if (j > i) {
      hitDiff[i]! += 1;
      hitDiff[j]! -= 1;
    }
  }
  const emoOf = new Int32Array(points.length).fill(-1);
  emo.forEach((e, n) => {
    // Signal words never overlap (the matcher returns disjoint hits), so each piece is visited once.
    for (let k = at.get(clamp(e.from))!; k < at.get(clamp(e.to))!; k++) emoOf[k] = n;
  });
  const out: Node[] = [];
  let covered = 0;
  for (let k = 0; k + 1 < points.length; k++) {
    covered += hitDiff[k]!;
    const a = points[k]!;
    const b = points[k + 1]!;
    if (a === b) continue;
    const piece = doc.createTextNode(text.slice(a, b));
    const hit = covered > 0;
    const e = emoOf[k]! >= 0 ? emo[emoOf[k]!]! : null;
    if (!hit && !e) {
      out.push(piece);
      continue;
    }
    const el = doc.createElement(hit ? 'mark' : 'span');
    if (e) {
      el.className = 'kk-tr-emotion';
      if (e.degree) el.setAttribute('data-degree', e.degree);
      el.title = typeof emotionTitle === 'function' ? emotionTitle(e.degree) : emotionTitle;
    }
    el.append(piece);
    out.push(el);
  }
  return out;
}

/** Character offset of a DOM position inside `root` (the text element of a row). */
export function textOffset(root: Node, node: Node, offset: number): number {
  const r = root.ownerDocument!.createRange();
  r.setStart(root, 0);
  r.setEnd(node, offset);
  return r.toString().length;
}
