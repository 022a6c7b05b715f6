import type { Detail, Participant, Tag } from '../../../src/core/session/model';
import type { Translate } from '../../../src/protocol/uiStrings';
import type { Lang } from '../../../src/protocol/messages';
import { formatClock } from '../../../src/core/text/time';
import { h, icon } from '../../dom';
import { shortLabel } from './detailDisplay';

/** What an item needs to draw itself; built once per render of the list. */
export interface ItemEnv {
  t: Translate;
  lang: Lang;
  tags: ReadonlyMap<string, Tag>;
  people: ReadonlyMap<string, Participant>;
  readOnly: boolean;
}

function actionButton(action: string, codicon: string, label: string, text?: string): HTMLButtonElement {
  return h('button', { type: 'button', className: text ? 'button button-secondary di-action' : 'icon-button di-action', 'data-action': action, 'aria-label': label, title: label }, icon(codicon), text ? ` ${text}` : null);
}

/**
 * One detail in the list. Every piece of user text goes in as a text node. Buttons carry a
 * `data-action`; the list handles clicks for all items at once (one listener, not thousands).
 */
export function renderDetailItem(d: Detail, captured: boolean, env: ItemEnv): HTMLLIElement {
  const { t } = env;
  const when = d.end === null ? formatClock(d.start) : `${formatClock(d.start)}–${formatClock(d.end)}`;
  const author = d.authorId ? env.people.get(d.authorId) : undefined;
  const authorSwatch = h('span', { className: 'swatch', 'aria-hidden': 'true' });
  authorSwatch.style.background = author?.colour ?? 'transparent';
  const head = h(
    'div',
    { className: 'di-head' },
    h('button', { type: 'button', className: 'di-time', 'data-action': 'seek', 'aria-label': t('details.seek', when) }, when),
    h('span', { className: 'di-author' }, authorSwatch, author ? author.name || author.role.toUpperCase() : d.authorId ? d.authorId : t('details.noAuthor')),
  );
  const chips = h('span', { className: 'di-tags' });
  for (const id of d.tags) {
    const tag = env.tags.get(id);
    const full = tag ? tag.label[env.lang] : id;
    const sw = h('span', { className: 'swatch', 'aria-hidden': 'true' });
    if (tag) sw.style.background = tag.colour;
    chips.append(h('span', { className: 'tag-chip', title: full }, sw, h('span', { 'aria-hidden': 'true' }, shortLabel(full, 18)), h('span', { className: 'sr-only' }, full)));
  }
  head.append(chips);
  if (d.feedback) head.append(h('span', { className: `badge di-feedback di-feedback-${d.feedback}` }, t(`details.feedback.${d.feedback}`)));
  const actions = h('span', { className: 'di-actions' });
  if (!env.readOnly) {
    actions.append(actionButton('edit', 'edit', t('details.edit')));
    if (d.question && d.question.text.trim()) {
      actions.append(captured ? h('span', { className: 'muted di-onlist', title: t('details.onList') }, icon('check'), h('span', { className: 'sr-only' }, t('details.onList'))) : actionButton('toQuestion', 'star-empty', t('details.toQuestionTitle'), t('details.toQuestion')));
    }
    actions.append(actionButton('delete', 'trash', t('details.delete')));
  }
  head.append(actions);
  const li = h('li', { className: 'detail-item', 'data-id': d.id, tabindex: '-1' }, head);
  const texts = h('dl', { className: 'di-texts' });
  for (const [key, text] of [['see', d.see], ['meaning', d.meaning], ['deepen', d.deepen]] as const) {
    if (text) texts.append(h('dt', {}, t(`details.prompt.${key}`)), h('dd', {}, text));
  }
  if (texts.firstChild) li.append(texts);
  if (d.question && d.question.text.trim()) {
    li.append(h('p', { className: 'di-question' }, h('span', { className: 'muted' }, `${t(`details.type.${d.question.type}`)}: `), d.question.text));
  }
  return li;
}
