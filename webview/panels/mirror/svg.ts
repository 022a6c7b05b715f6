/**
 * A tiny SVG builder on DOM APIs (createElementNS). Like `h`, it never parses markup: labels go in
 * as text nodes, so hostile speaker names or transcript text stay inert.
 */
const NS = 'http://www.w3.org/2000/svg';

export function s<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number> = {}, ...children: (Node | string)[]): SVGElementTagNameMap[K] {
  const el = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  for (const c of children) el.append(c);
  return el;
}

/** A colour from session data, only if it is plainly #rrggbb. */
export function dataColour(c: string | undefined, fallback = 'currentColor'): string {
  return c && /^#[0-9a-fA-F]{6}$/.test(c) ? c : fallback;
}

/** Makes an SVG item act like a button: focusable (or roving), labelled, Enter/Space activate. */
export function activatable(el: SVGElement, label: string, onActivate: () => void, tabIndex = 0): void {
  el.setAttribute('tabindex', String(tabIndex));
  el.setAttribute('role', 'button');
  el.setAttribute('aria-label', label);
  el.classList.add('mirror-hit');
  el.append(s('title', {}, label));
  el.addEventListener('click', onActivate);
  el.addEventListener('keydown', (e) => {
    const k = e as KeyboardEvent;
    if (k.key === 'Enter' || k.key === ' ') {
      k.preventDefault();
      k.stopPropagation();
      onActivate();
    }
  });
}

/**
 * One tab stop per row of marks: arrows move along the row (roving tabindex), Home/End jump to
 * its ends. Hundreds of marks would otherwise each be a tab stop.
 */
export function rovingRow(items: SVGElement[]): void {
  items.forEach((el, i) => {
    el.setAttribute('tabindex', i === 0 ? '0' : '-1');
    el.addEventListener('keydown', (e) => {
      const k = e as KeyboardEvent;
      const to = k.key === 'ArrowRight' || k.key === 'ArrowDown' ? i + 1 : k.key === 'ArrowLeft' || k.key === 'ArrowUp' ? i - 1 : k.key === 'Home' ? 0 : k.key === 'End' ? items.length - 1 : null;
      if (to === null) return;
      k.preventDefault();
      k.stopPropagation();
      const target = items[Math.max(0, Math.min(items.length - 1, to))]!;
      for (const x of items) x.setAttribute('tabindex', '-1');
      target.setAttribute('tabindex', '0');
      (target as unknown as HTMLElement).focus();
    });
  });
}
