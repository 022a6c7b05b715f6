/**
 * A tiny element builder. User text only ever goes in as text nodes (never innerHTML), which is
 * what keeps hostile transcript or note text inert in the webview.
 */
type Attrs = Record<string, string | number | boolean | null | undefined | EventListener>;
type Child = Node | string | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs?: Attrs, ...children: Child[]): HTMLElementTagNameMap[K];
export function h(tag: string, attrs?: Attrs, ...children: Child[]): HTMLElement;
export function h(tag: string, attrs: Attrs = {}, ...children: Child[]): HTMLElement {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (typeof v === 'function') el.addEventListener(k.replace(/^on/, '').toLowerCase(), v);
    else if (k === 'className') el.className = String(v);
    else if (k === 'text') el.textContent = String(v);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children) if (c !== null && c !== undefined && c !== false) el.append(c);
  return el;
}

export function clear(el: Element): void {
  while (el.firstChild) el.firstChild.remove();
}

/** An icon from the codicon font (loaded by the page); decorative unless labelled. */
export function icon(name: string): HTMLElement {
  return h('span', { className: `codicon codicon-${name}`, 'aria-hidden': 'true' });
}

/** Replaces {0}, {1}… in a translated string. */
/**
 * Fills {0}, {1}… with the arguments. `{0|detail|details}` picks the singular when argument 0 is
 * 1 and the plural otherwise, so a value reads "1 detail" and "2 details" (the number itself is
 * written with {0}).
 */
export function fmt(template: string, ...args: (string | number)[]): string {
  return template
    .replace(/\{(\d+)\|([^|{}]*)\|([^|{}]*)\}/g, (_, i: string, one: string, many: string) => (Number(args[Number(i)]) === 1 ? one : many))
    .replace(/\{(\d+)\}/g, (_, i: string) => String(args[Number(i)] ?? ''));
}
