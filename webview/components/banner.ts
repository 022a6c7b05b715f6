import type { Problem, ProblemActionId } from '../../src/protocol/messages';
import { clear, h, icon } from '../dom';

const ICONS = { error: 'error', warning: 'warning', info: 'info' } as const;

/** Problems as banners at the top of the editor, each with its buttons. */
export class Banner {
  readonly element = h('div', { className: 'banners', role: 'region', 'aria-live': 'polite' });
  private dismissed = new Set<string>();

  constructor(
    private readonly onAction: (problemId: string, actionId: ProblemActionId) => void,
    private readonly dismissLabel: string,
  ) {}

  show(problems: Problem[]): void {
    clear(this.element);
    for (const p of problems) {
      if (this.dismissed.has(p.id + p.message)) continue;
      const actions = p.actions.map((a) =>
        h('button', { className: 'banner-action', type: 'button', onclick: () => this.onAction(p.id, a.id) }, a.label),
      );
      const dismiss =
        p.severity === 'error'
          ? null
          : h('button', { className: 'icon-button', type: 'button', title: this.dismissLabel, 'aria-label': this.dismissLabel, onclick: () => { this.dismissed.add(p.id + p.message); this.show(problems); } }, icon('close'));
      this.element.append(
        h('div', { className: `banner banner-${p.severity}`, role: p.severity === 'error' ? 'alert' : 'status', 'data-problem': p.id }, icon(ICONS[p.severity]), h('span', { className: 'banner-text' }, p.message), ...actions, dismiss),
      );
    }
  }
}
