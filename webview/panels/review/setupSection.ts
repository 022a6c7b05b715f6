import { PALETTE } from '../../../src/core/framework/builtinFrameworks';
import type { Participant, ReviewContext } from '../../../src/core/session/model';
import { addParticipantEdit, nextColourEdit, PARTICIPANT_ROLES, participantEdit, removeParticipantEdit } from '../../../src/core/session/participantEdits';
import { contextEdit, leervraagEdit } from '../../../src/core/session/reviewEdits';
import { formatDate } from '../../../src/core/text/time';
import { clear, h } from '../../dom';
import { keepTypingInField } from '../../fieldKeys';
import type { ViewContext } from '../../viewContext';
import { createNoteBox } from './noteBox';
import { collapsible, commitField, safeColour, setStored, touches, type Section } from './reviewKit';

const CONTEXT_FIELDS: readonly { key: keyof ReviewContext; multiline: boolean }[] = [
  { key: 'opleiding', multiline: false },
  { key: 'leerjaar', multiline: false },
  { key: 'niveau', multiline: false },
  { key: 'aanleiding', multiline: true },
  { key: 'voorafgaand', multiline: true },
  { key: 'plek', multiline: true },
];

/** Who takes part (a, b, c), the context a gives, and the leervraag with its earlier wordings. */
export function createSetupSection(ctx: ViewContext): Section {
  const sec = collapsible('setup', ctx.t('review.setup.title'), true);
  const list = h('ul', { className: 'review-participants' });
  const newName = h('input', { type: 'text', className: 'field', 'aria-label': ctx.t('review.setup.newName'), placeholder: ctx.t('review.setup.name') });
  const addButton = h('button', { type: 'button', className: 'button' }, ctx.t('review.setup.add'));
  const add = () => {
    const s = ctx.store.session;
    if (!s) return;
    ctx.store.edit(addParticipantEdit(s, newName.value, (role) => ctx.t('review.setup.defaultName', role)));
    newName.value = '';
  };
  addButton.addEventListener('click', add);
  newName.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      e.stopPropagation();
      add();
    } else keepTypingInField(e);
  });

  const ctxFields = new Map<keyof ReviewContext, HTMLInputElement | HTMLTextAreaElement>();
  const ctxGrid = h('div', { className: 'review-context' });
  for (const f of CONTEXT_FIELDS) {
    const id = `review-ctx-${f.key}`;
    const field = commitField({
      multiline: f.multiline,
      label: ctx.t(`review.ctx.${f.key}`),
      value: '',
      id,
      onCommit: (v) => {
        const s = ctx.store.session;
        const edit = s && contextEdit(s, f.key, v);
        if (edit) ctx.store.edit(edit);
      },
    });
    ctxFields.set(f.key, field);
    ctxGrid.append(h('label', { className: 'review-field', for: id }, h('span', {}, ctx.t(`review.ctx.${f.key}`))), field);
  }

  const leervraag = commitField({
    multiline: true,
    label: ctx.t('review.leervraag'),
    value: '',
    id: 'review-leervraag',
    className: 'review-leervraag',
    onCommit: (v) => {
      const s = ctx.store.session;
      // a sharpens the leervraag during the review: the core keeps the earlier wording, in the same undo step.
      const edit = s && leervraagEdit(s, v);
      if (edit) ctx.store.edit(edit);
    },
  });
  const clarifying = createNoteBox(ctx, 'verduidelijking');
  const history = h('ol', { className: 'review-history' });
  const historyBox = h('div', { className: 'review-history-box' }, h('h4', {}, ctx.t('review.leervraagHistory')), history);

  sec.body.append(
    h('h4', {}, ctx.t('review.setup.participants')),
    h('p', { className: 'muted' }, ctx.t('review.setup.participantsHint')),
    list,
    h('div', { className: 'review-row' }, newName, addButton),
    h('h4', {}, h('label', { for: 'review-leervraag' }, ctx.t('review.leervraag'))),
    h('p', { className: 'muted', id: 'review-leervraag-hint' }, ctx.t('review.leervraagHint')),
    leervraag,
    historyBox,
    h('h4', {}, ctx.t('review.setup.context')),
    h('p', { className: 'muted' }, ctx.t('review.setup.contextHint')),
    ctxGrid,
    clarifying.element,
  );
  leervraag.setAttribute('aria-describedby', 'review-leervraag-hint');

  // Which row asks for a second click before removing someone who already noted details.
  let confirming: string | null = null;

  const participantRow = (p: Participant, detailCount: number): HTMLElement => {
    const ro = ctx.store.readOnly;
    const label = p.name || p.role;
    const change = (c: { name?: string; role?: string }) => {
      const s = ctx.store.session;
      const edit = s && participantEdit(s, p.id, c);
      if (edit) ctx.store.edit(edit);
      // Nothing to change (a blank name keeps the old one): the field shows the stored name again.
      else if (c.name !== undefined) setStored(name, p.name);
    };
    const name = commitField({ label: ctx.t('review.setup.nameOf', label), value: p.name, onCommit: (v) => change({ name: v }) });
    const role = h('select', { className: 'field', 'aria-label': ctx.t('review.setup.roleOf', label) });
    for (const r of PARTICIPANT_ROLES) role.append(h('option', { value: r, selected: r === p.role }, ctx.t(`review.role.${r}`)));
    role.addEventListener('change', () => change({ role: role.value }));
    const ci = PALETTE.findIndex((c) => c.toUpperCase() === p.colour.toUpperCase());
    const swatch = h('span', { className: 'swatch' });
    swatch.style.background = safeColour(p.colour);
    const colour = h('button', {
      type: 'button',
      className: 'icon-button review-colour',
      'aria-label': ctx.t('review.setup.colourOf', label, ci + 1, PALETTE.length),
      onclick: () => {
        const s = ctx.store.session;
        const edit = s && nextColourEdit(s, p.id);
        if (edit) ctx.store.edit(edit);
      },
    }, swatch);
    const removeText = confirming === p.id ? ctx.t('review.setup.removeConfirm', label, detailCount) : '';
    const remove = h('button', {
      type: 'button',
      className: 'icon-button',
      'aria-label': removeText || ctx.t('review.setup.remove', label),
      title: removeText || ctx.t('review.setup.remove', label),
      onclick: () => {
        if (detailCount > 0 && confirming !== p.id) {
          confirming = p.id;
          render();
          [...list.querySelectorAll<HTMLElement>('.review-participant')].find((li) => li.dataset.id === p.id)?.querySelector<HTMLElement>('.review-remove')?.focus();
          return;
        }
        confirming = null;
        ctx.store.edit(removeParticipantEdit(p.id));
      },
    }, h('span', { className: 'codicon codicon-trash', 'aria-hidden': 'true' }));
    remove.classList.add('review-remove');
    for (const el of [name, role, colour, remove]) if (ro) el.setAttribute('disabled', '');
    return h('li', { className: 'review-participant', 'data-id': p.id }, colour, name, role, remove, removeText ? h('span', { className: 'review-confirm', role: 'status' }, removeText) : null);
  };

  const render = () => {
    const s = ctx.store.session;
    clear(list);
    if (!s) return;
    if (s.participants.length === 0) list.append(h('li', { className: 'muted' }, ctx.t('review.setup.noParticipants')));
    for (const p of s.participants) list.append(participantRow(p, s.details.filter((d) => d.authorId === p.id).length));
  };

  const renderReview = () => {
    const s = ctx.store.session;
    if (!s) return;
    for (const [k, el] of ctxFields) {
      setStored(el, s.review.context[k]);
      el.readOnly = ctx.store.readOnly;
    }
    setStored(leervraag, s.review.leervraag);
    leervraag.readOnly = ctx.store.readOnly;
    clear(history);
    historyBox.hidden = s.review.leervraagHistory.length === 0;
    for (const v of s.review.leervraagHistory) {
      history.append(h('li', {}, h('span', {}, v.text), ' ', h('span', { className: 'muted' }, ctx.t('review.leervraagAt', formatDate(v.at, ctx.settings.lang, true)))));
    }
  };

  return {
    element: sec.element,
    update(change) {
      if (touches(change, 'participants', 'details')) render();
      if (touches(change, 'participants', 'notes')) clarifying.render();
      if (touches(change, 'review')) renderReview();
      newName.disabled = addButton.disabled = ctx.store.readOnly;
    },
  };
}
