import * as v from 'valibot';
import { COLLECTION_NAMES } from '../core/session/model';
import { PROBLEM_ACTION_IDS, type ViewMessage } from './messages';

/**
 * Validation of every message from the webview. A webview is less trusted than the host (it
 * renders text from files others made), so its messages are checked for shape and size before
 * anything acts on them; the content of an edit is checked again by `validateEdit` in core.
 */
const str = (max: number) => v.pipe(v.string(), v.maxLength(max));
const num = v.pipe(v.number(), v.finite());
const streamTrack = v.picklist(['audio', 'video']);
const generation = v.pipe(v.number(), v.integer(), v.minValue(0));

const editSchema: v.GenericSchema<unknown> = v.lazy(() =>
  v.variant('op', [
    v.object({ op: v.literal('add'), coll: v.picklist(COLLECTION_NAMES), item: v.record(v.string(), v.unknown()), index: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))) }),
    v.object({ op: v.literal('update'), coll: v.picklist(COLLECTION_NAMES), id: str(100), patch: v.record(v.string(), v.unknown()) }),
    v.object({ op: v.literal('remove'), coll: v.picklist(COLLECTION_NAMES), id: str(100) }),
    v.object({ op: v.literal('replace'), coll: v.picklist(COLLECTION_NAMES), items: v.pipe(v.array(v.record(v.string(), v.unknown())), v.maxLength(100_000)) }),
    v.object({ op: v.literal('review'), patch: v.record(v.string(), v.unknown()) }),
    v.object({ op: v.literal('meta'), patch: v.record(v.string(), v.unknown()) }),
    v.object({ op: v.literal('batch'), label: str(200), edits: v.pipe(v.array(editSchema), v.maxLength(10_000)) }),
    v.object({ op: v.literal('spiegel'), key: str(120), correction: v.nullable(v.object({ form: v.optional(str(40)), function: v.optional(str(40)) })) }),
  ]),
);

/** The name choice of an export (see ExportNames): a handful of short names at most. */
const exportNames = {
  names: v.optional(v.picklist(['roles', 'initials', 'keep'])),
  others: v.optional(v.pipe(v.array(str(100)), v.maxLength(200))),
};

const requestSchema = v.variant('method', [
  v.object({ method: v.literal('exportTranscript'), format: v.picklist(['vtt', 'srt', 'txt']) }),
  v.object({ method: v.literal('importTranscript') }),
  v.object({ method: v.literal('exportReport'), format: v.picklist(['md', 'html', 'docx']), ...exportNames }),
  v.object({ method: v.literal('exportQuestions'), format: v.picklist(['md', 'csv', 'html', 'docx']), ...exportNames }),
  v.object({ method: v.literal('exportExchange'), format: v.picklist(['eaf', 'qdpx', 'qdc', 'detailsVtt']), ...exportNames }),
  v.object({ method: v.literal('importEafDetails') }),
  v.object({ method: v.literal('mergeCopy') }),
  v.object({ method: v.literal('relinkRecording') }),
  v.object({ method: v.literal('analyze') }),
  v.object({ method: v.literal('makeTranscript') }),
  v.object({ method: v.literal('speechRegions') }),
  v.object({ method: v.literal('openExported'), path: str(4000) }),
  v.object({ method: v.literal('trioNextRound') }),
  v.object({ method: v.literal('trioDayReport') }),
  v.object({ method: v.literal('roundDurations'), template: str(40), save: v.optional(v.pipe(v.record(str(40), v.pipe(num, v.minValue(0), v.maxValue(86_400))), v.check((r) => Object.keys(r).length <= 30, 'too many steps'))) }),
  v.object({ method: v.literal('applyEdit'), edit: editSchema, baseRevision: v.pipe(v.number(), v.integer()) }),
]);

export const viewMessageSchema = v.variant('type', [
  v.object({ type: v.literal('ready') }),
  v.object({ type: v.literal('session/apply'), edit: editSchema, baseRevision: v.pipe(v.number(), v.integer()) }),
  v.object({ type: v.literal('problem/action'), problemId: str(200), actionId: v.picklist(PROBLEM_ACTION_IDS) }),
  v.object({ type: v.literal('playback/state'), time: num, playing: v.boolean(), author: v.nullable(str(100)) }),
  v.object({ type: v.literal('media/failed'), code: num, message: str(2000) }),
  v.object({ type: v.literal('request'), id: v.pipe(v.number(), v.integer()), request: requestSchema }),
  v.object({ type: v.literal('webview/error'), message: str(5000), stack: str(20_000) }),
  v.object({ type: v.literal('focus/typing'), typing: v.boolean(), onControl: v.boolean() }),
  v.object({ type: v.literal('stream/open'), missing: v.pipe(v.array(str(200)), v.maxLength(10)) }),
  v.object({ type: v.literal('stream/fetch'), track: streamTrack, gen: generation, from: v.pipe(num, v.minValue(0)), waiting: v.optional(v.boolean()) }),
  v.object({ type: v.literal('stream/flow'), track: streamTrack, gen: generation, pause: v.boolean() }),
  v.object({ type: v.literal('stream/milestone'), track: streamTrack, gen: generation, what: v.picklist(['appended', 'playable', 'filled']), ms: v.pipe(num, v.minValue(0)) }),
  v.object({ type: v.literal('stream/failed'), track: streamTrack, message: str(2000) }),
]);

export type ValidatedView = { ok: true; message: ViewMessage } | { ok: false; reason: string };

export function validateViewMessage(raw: unknown): ValidatedView {
  const r = v.safeParse(viewMessageSchema, raw);
  if (r.success) return { ok: true, message: r.output as ViewMessage };
  const i = r.issues[0];
  const path = (i.path ?? []).map((p) => String(p.key)).join('.');
  return { ok: false, reason: `${path || '(root)'}: ${i.message}` };
}
