import type { WordTiming } from '../../../src/core/session/model';

/**
 * Where each timed word sits in the segment text: found in order, so a repeated word maps to its
 * own occurrence. A word the text does not contain (the recogniser spells it otherwise) is skipped.
 */
export function wordRanges(text: string, words: readonly WordTiming[]): { from: number; to: number; start: number }[] {
  const out: { from: number; to: number; start: number }[] = [];
  let at = 0;
  for (const w of words) {
    const needle = w.text.trim();
    if (!needle) continue;
    const i = text.indexOf(needle, at);
    if (i < 0) continue;
    out.push({ from: i, to: i + needle.length, start: w.start });
    at = i + needle.length;
  }
  return out;
}

/**
 * Wraps each timed word of a row's text element in a span that a click can seek from. Works on the
 * text nodes that are already there (search hits and signal words stay as they are), so it adds
 * to the highlighting instead of replacing it.
 */
export function markWords(el: HTMLElement, text: string, words: readonly WordTiming[], title: string): void {
  const ranges = wordRanges(text, words);
  if (!ranges.length) return;
  const doc = el.ownerDocument;
  const walker = doc.createTreeWalker(el, 4 /* text nodes */);
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  let pos = 0;
  let k = 0;
  for (const node of nodes) {
    const len = node.data.length;
    const end = pos + len;
    let cur: Text = node;
    let curStart = pos;
    while (k < ranges.length && ranges[k]!.from < end) {
      const r = ranges[k]!;
      const a = Math.max(r.from, curStart) - curStart;
      const b = Math.min(r.to, end) - curStart;
      if (b <= a) {
        k++;
        continue;
      }
      const word = a > 0 ? cur.splitText(a) : cur;
      const rest = b - a < word.data.length ? word.splitText(b - a) : null;
      const span = doc.createElement('span');
      span.className = 'kk-tr-word';
      span.dataset.action = 'word';
      span.dataset.start = String(r.start);
      span.title = title;
      word.replaceWith(span);
      span.append(word);
      if (r.to > end) break; // the word goes on in the next text node
      k++;
      if (!rest) break;
      cur = rest;
      curStart += b;
    }
    pos = end;
  }
}
