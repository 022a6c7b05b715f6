import type { Session } from '../../src/core/session/model';
import { formatClock } from '../../src/core/text/time';
import { clear, h } from '../dom';
import type { Waveform } from './waveform';

/**
 * Under the waveform: one lane per participant in their colour, their details as markers
 * (points) and bars (ranges), in step with the waveform's zoom and scroll.
 */
export class DetailLanes {
  readonly element = h('div', { className: 'lanes', role: 'list' });
  private session: Session | null = null;

  constructor(
    private readonly waveform: Waveform,
    private readonly onPick: (detailId: string, time: number) => void,
    private readonly noAuthor: string,
  ) {
    waveform.onScroll(() => this.render());
    window.addEventListener('resize', () => this.render());
  }

  update(session: Session | null): void {
    this.session = session;
    this.render();
  }

  private render(): void {
    clear(this.element);
    const s = this.session;
    if (!s) return;
    const { pxPerSec, scrollLeft, width } = this.waveform.geometry();
    const lanes = [...s.participants.map((p) => ({ id: p.id, name: p.name, colour: p.colour })), { id: null as string | null, name: this.noAuthor, colour: '#888888' }];
    const tagLabel = new Map(s.framework.tags.map((t) => [t.id, t.label.nl]));
    for (const lane of lanes) {
      const details = s.details.filter((d) => d.authorId === lane.id);
      if (lane.id === null && !details.length) continue;
      const row = h('div', { className: 'lane', role: 'listitem', 'aria-label': lane.name });
      const name = h('span', { className: 'lane-name' }, lane.name);
      name.style.borderLeftColor = lane.colour;
      row.append(name);
      for (const d of details) {
        const x = d.start * pxPerSec - scrollLeft;
        const w = d.end === null ? 0 : Math.max(3, (d.end - d.start) * pxPerSec);
        if (x + w < 0 || x > width) continue;
        const label = `${formatClock(d.start)} ${d.tags.map((t) => tagLabel.get(t) ?? t).join(', ')}: ${d.see}`;
        const mark = h('button', { type: 'button', className: d.end === null ? 'lane-point' : 'lane-range', title: label, 'aria-label': label, onclick: () => this.onPick(d.id, d.start) });
        mark.style.left = `${x}px`;
        if (d.end !== null) mark.style.width = `${w}px`;
        mark.style.background = lane.colour;
        row.append(mark);
      }
      this.element.append(row);
    }
  }
}
