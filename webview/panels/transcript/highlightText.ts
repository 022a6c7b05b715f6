/**
 * Segment text as DOM nodes, with search hits in <mark> and emotion words in a span. Only text
 * nodes carry the user's text, so a transcript holding markup stays inert.
 */
export type Range2 = readonly [number, number];

export function highlightText(doc: Document, text: string, hits: readonly Range2[], emotions: readonly Range2[], emotionTitle: string): Node[] {
  if (!hits.length && !emotions.length) return [doc.createTextNode(text)];
  const cuts = new Set<number>([0, text.length]);
  for (const [a, b] of [...hits, ...emotions]) {
    cuts.add(Math.max(0, Math.min(a, text.length)));
    cuts.add(Math.max(0, Math.min(b, text.length)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const inside = (rs: readonly Range2[], a: number, b: number) => rs.some(([x, y]) => x <= a && b <= y);
  const out: Node[] = [];
  for (let k = 0; k + 1 < points.length; k++) {
    const a = points[k]!;
    const b = points[k + 1]!;
    if (a === b) continue;
    const piece = doc.createTextNode(text.slice(a, b));
    const hit = inside(hits, a, b);
    const emo = inside(emotions, a, b);
    if (!hit && !emo) {
      out.push(piece);
      continue;
    }
    const el = doc.createElement(hit ? 'mark' : 'span');
    if (emo) {
      el.className = 'kk-tr-emotion';
      el.title = emotionTitle;
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
