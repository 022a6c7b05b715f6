import type { Segment, Speaker } from '../../../src/core/session/model';
import type { Translate } from '../../../src/protocol/uiStrings';
import { h, icon } from '../../dom';
import { highlightText, type EmotionRange } from './highlightText';
import { formatClock } from '../../../src/core/text/time';
import { markWords } from './wordSpans';

/** What a row needs to know besides its segment; rebuilt when speakers, details or search change. */
export interface RowInfo {
  speakers: Map<string, Speaker>;
  detailsBySegment: Map<string, string[]>;
  hits: Map<string, [number, number][]>;
  emotions(seg: Segment, speaker: Speaker | undefined): EmotionRange[];
  currentId: string | null;
  selectedId: string | null;
  t: Translate;
}

/** At most this many detail markers on a row; more are counted in the last one's label. */
const MAX_MARKERS = 3;

export function speakerLabel(sp: Speaker | undefined, t: RowInfo['t']): HTMLElement {
  if (!sp) return h('span', { className: 'kk-tr-speaker muted' }, t('transcript.noSpeaker'));
  const el = h('span', { className: 'kk-tr-speaker' }, h('span', { className: 'swatch', 'aria-hidden': 'true' }), sp.name, h('span', { className: 'kk-tr-role' }, ` · ${t(`transcript.role.${sp.role}`)}`));
  // Colours are validated #rrggbb by the host's schema; a custom property keeps theme rules in CSS.
  el.style.setProperty('--kk-speaker', sp.colour);
  return el;
}

/** One transcript row: time (seeks), speaker, markers for linked details, and the text. */
export function buildRow(seg: Segment, info: RowInfo): HTMLElement {
  const { t } = info;
  const sp = seg.speakerId ? info.speakers.get(seg.speakerId) : undefined;
  const time = formatClock(seg.start);
  const meta = h('div', { className: 'kk-tr-meta' }, speakerLabel(sp, t));
  const details = info.detailsBySegment.get(seg.id) ?? [];
  details.slice(0, MAX_MARKERS).forEach((id, k) => {
    const more = k === MAX_MARKERS - 1 && details.length > MAX_MARKERS ? details.length - MAX_MARKERS : 0;
    const label = more ? t('transcript.detailMarkerMore', more) : t('transcript.detailMarker');
    meta.append(h('button', { type: 'button', className: 'icon-button kk-tr-detail', 'data-action': 'detail', 'data-detail': id, title: label, 'aria-label': label }, icon('comment')));
  });
  const text = h('div', { className: 'kk-tr-text', 'data-action': 'text' });
  if (seg.text === '') text.append(h('span', { className: 'muted' }, t('transcript.emptyText')));
  else text.append(...highlightText(text.ownerDocument, seg.text, info.hits.get(seg.id) ?? [], info.emotions(seg, sp), (d) => (d ? `${t('transcript.emotionWord')} — ${t(`transcript.degree.${d}`)}` : t('transcript.emotionWord'))));
  if (seg.words?.length) markWords(text, seg.text, seg.words, t('speech.word.seek'));
  const row = h(
    'div',
    { className: 'kk-tr-row', role: 'listitem', tabindex: seg.id === info.selectedId ? 0 : -1, 'aria-label': `${time} ${sp?.name ?? ''}` },
    h('button', { type: 'button', className: 'kk-tr-time', 'data-action': 'seek', title: t('transcript.seek', time), 'aria-label': t('transcript.seek', time) }, time),
    h('div', { className: 'kk-tr-body' }, meta, text),
  );
  if (sp) row.style.setProperty('--kk-speaker', sp.colour);
  row.classList.toggle('is-current', seg.id === info.currentId);
  row.classList.toggle('is-selected', seg.id === info.selectedId);
  if (seg.id === info.currentId) row.setAttribute('aria-current', 'time');
  return row;
}

/** A guess of a row's height from the length of its text and the width of the list. */
export function estimateRowHeight(seg: Segment, width: number): number {
  const perLine = Math.max(16, Math.floor((width - 80) / 7));
  const lines = Math.max(1, Math.ceil(seg.text.length / perLine));
  return 26 + lines * 19;
}
