import * as v from 'valibot';
import { applyEdit, EditError, type Edit } from './edits';
import type { CollectionName, Session } from './model';
import {
  detailSchema,
  fragmentSchema,
  frameworkSchema,
  noteSchema,
  participantSchema,
  questionSchema,
  recordingSchema,
  reviewSchema,
  segmentSchema,
  speakerSchema,
  LIMITS,
  spiegelCorrectionSchema,
} from './sessionSchema';

const ITEM_SCHEMAS: Record<CollectionName, v.GenericSchema> = {
  participants: participantSchema,
  speakers: speakerSchema,
  transcript: segmentSchema,
  details: detailSchema,
  questions: questionSchema,
  notes: noteSchema,
  fragments: fragmentSchema,
};

const MAX_LEN: Partial<Record<CollectionName, number>> = { transcript: LIMITS.segments, details: LIMITS.details };

function check(schema: v.GenericSchema, value: unknown, where: string): void {
  const r = v.safeParse(schema, value);
  if (!r.success) {
    const i = r.issues[0];
    throw new EditError(`${where}${(i.path ?? []).map((p) => `.${String(p.key)}`).join('')}: ${i.message}`);
  }
}

/**
 * Applies an edit that came from outside (the webview, a merge) and checks that everything it
 * touched is still valid by the file schema, so an invalid session can never be saved.
 * Only the touched items are checked: cheap at 2,000 details.
 */
export function applyCheckedEdit(s: Session, e: Edit): ReturnType<typeof applyEdit> {
  const result = applyEdit(s, e);
  const after = result.session;
  const visit = (x: Edit): void => {
    switch (x.op) {
      case 'add':
      case 'update': {
        const item = (after[x.coll] as { id: string }[]).find((i) => i.id === (x.op === 'add' ? (x.item as { id: string }).id : x.id));
        if (item) check(ITEM_SCHEMAS[x.coll], item, `${x.coll}[${item.id}]`);
        const max = MAX_LEN[x.coll] ?? LIMITS.items;
        if (after[x.coll].length > max) throw new EditError(`${x.coll}: more than ${max} items`);
        break;
      }
      case 'replace': {
        const max = MAX_LEN[x.coll] ?? LIMITS.items;
        if (after[x.coll].length > max) throw new EditError(`${x.coll}: more than ${max} items`);
        for (const item of after[x.coll] as { id: string }[]) check(ITEM_SCHEMAS[x.coll], item, `${x.coll}[${item.id}]`);
        break;
      }
      case 'review':
        check(reviewSchema, after.review, 'review');
        break;
      case 'meta':
        if ('recording' in x.patch) check(v.nullable(recordingSchema), after.recording, 'recording');
        if ('framework' in x.patch) check(frameworkSchema, after.framework, 'framework');
        if ('title' in x.patch) check(v.pipe(v.string(), v.maxLength(LIMITS.shortText)), after.title, 'title');
        break;
      case 'batch':
        x.edits.forEach(visit);
        break;
      case 'spiegel':
        for (const c of after.spiegelCorrections ?? []) if (c.key === x.key) check(spiegelCorrectionSchema, c, `spiegelCorrections[${c.key}]`);
        if ((after.spiegelCorrections?.length ?? 0) > LIMITS.items) throw new EditError(`spiegelCorrections: more than ${LIMITS.items} items`);
        break;
      case 'remove':
        break;
    }
  };
  visit(e);
  return result;
}
