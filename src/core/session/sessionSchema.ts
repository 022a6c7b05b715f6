import * as v from 'valibot';
import { SESSION_FORMAT, SESSION_VERSION } from './model';

/**
 * The valibot schema of a session file: the one authority on what a valid file is. The published
 * JSON Schema (schema/session.schema.json) is generated from it by scripts/gen-schema.ts, and a
 * test checks that the two agree. Limits make hostile files fail fast instead of hanging the editor.
 */
export const LIMITS = {
  text: 100_000,
  shortText: 2_000,
  segments: 100_000,
  details: 50_000,
  items: 10_000,
  seconds: 24 * 3600,
  /** Word times in one segment. */
  words: 5_000,
} as const;

const id = v.pipe(
  v.string(),
  v.minLength(1),
  v.maxLength(100),
  v.regex(/^[A-Za-z0-9_.:-]+$/, 'an id has only letters, digits, _ . : -'),
);
const text = v.pipe(v.string(), v.maxLength(LIMITS.text));
const short = v.pipe(v.string(), v.maxLength(LIMITS.shortText));
const seconds = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(LIMITS.seconds));
const colour = v.pipe(v.string(), v.regex(/^#[0-9a-fA-F]{6}$/, 'a colour is #rrggbb'));
const isoDate = v.pipe(v.string(), v.maxLength(40));
const localText = v.object({ nl: short, en: short });
const ids = (max: number) => v.pipe(v.array(id), v.maxLength(max));

export const recordingSchema = v.object({
  path: v.pipe(v.string(), v.minLength(1), v.maxLength(4096)),
  size: v.pipe(v.number(), v.integer(), v.minValue(0)),
  quickHash: v.pipe(v.string(), v.maxLength(128)),
  durationSec: v.nullable(seconds),
});

export const participantSchema = v.object({
  id,
  name: short,
  role: v.picklist(['a', 'b', 'c', 'trainer', 'other']),
  colour,
  lens: ids(200),
});

export const tagSchema = v.object({
  id,
  group: v.nullable(id),
  label: localText,
  key: v.pipe(v.string(), v.maxLength(1)),
  colour,
});

export const frameworkSchema = v.object({
  id,
  name: localText,
  groups: v.pipe(v.array(v.object({ id, label: localText })), v.maxLength(50)),
  tags: v.pipe(v.array(tagSchema), v.minLength(1), v.maxLength(200)),
});

export const speakerSchema = v.object({
  id,
  name: short,
  role: v.picklist(['begeleider', 'student', 'anders']),
  colour,
});

const END_BEFORE_START = 'end lies before start';

/** Optional (added in format 2 without a migration): files without word times stay valid. */
const words = v.optional(v.pipe(v.array(v.object({ start: seconds, end: seconds, text: short })), v.maxLength(LIMITS.words)));

export const segmentSchema = v.pipe(
  v.object({ id, start: seconds, end: seconds, speakerId: v.nullable(id), text, words }),
  v.check((o) => o.end >= o.start, END_BEFORE_START),
);

export const detailSchema = v.pipe(
  v.object({
    id,
    start: seconds,
    end: v.nullable(seconds),
    tags: ids(200),
    authorId: v.nullable(id),
    see: text,
    meaning: text,
    deepen: text,
    feedback: v.nullable(v.picklist(['goed', 'best', 'beter'])),
    question: v.nullable(v.object({ text, type: v.picklist(['verbredend', 'verdiepend']) })),
    segmentIds: ids(1000),
    createdAt: isoDate,
    updatedAt: isoDate,
  }),
  v.check((o) => o.end === null || o.end >= o.start, END_BEFORE_START),
);

export const questionSchema = v.object({
  id,
  text,
  type: v.picklist(['verbredend', 'verdiepend', 'anders']),
  proposedBy: v.nullable(id),
  time: v.nullable(seconds),
  speakerId: v.nullable(id),
  source: v.picklist(['transcript', 'detail', 'free']),
  detailId: v.nullable(id),
  tags: ids(200),
  note: text,
  createdAt: isoDate,
  origin: v.optional(v.picklist(['asked', 'suggested'])),
});

export const noteSchema = v.object({
  id,
  kind: v.picklist(['observation', 'feedforward', 'verduidelijking', 'reactie']),
  authorId: v.nullable(id),
  time: v.nullable(seconds),
  text,
  createdAt: isoDate,
});

export const fragmentSchema = v.pipe(
  v.object({ id, name: short, start: seconds, end: seconds }),
  v.check((o) => o.end >= o.start, END_BEFORE_START),
);

export const reviewSchema = v.object({
  leervraag: text,
  leervraagHistory: v.pipe(v.array(v.object({ text, at: isoDate })), v.maxLength(LIMITS.items)),
  context: v.object({
    opleiding: short,
    leerjaar: short,
    niveau: short,
    aanleiding: text,
    voorafgaand: text,
    plek: text,
  }),
  focus: ids(200),
});

const list = <T extends v.GenericSchema>(item: T, max: number) => v.pipe(v.array(item), v.maxLength(max));

/** Ids of the Gespreksspiegel (src/core/analysis/questionClassifier.ts and questionFunction.ts). */
export const SPIEGEL_FORMS = ['open', 'doorvraag', 'gesloten', 'waarom', 'suggestief', 'keuze', 'bevestiging'] as const;
export const SPIEGEL_FUNCTIONS = ['ervaring', 'precies', 'emotie', 'eerder', 'elders', 'vergelijken', 'juiste-woord', 'toekomst', 'anders'] as const;
export const spiegelCorrectionSchema = v.object({
  // Segment id and character offset: "g12:40".
  key: v.pipe(v.string(), v.minLength(3), v.maxLength(120), v.regex(/^[A-Za-z0-9_.:-]+:\d{1,7}$/, 'a question key is <segment id>:<offset>')),
  form: v.optional(v.picklist(SPIEGEL_FORMS)),
  function: v.optional(v.picklist(SPIEGEL_FUNCTIONS)),
});

export const sessionSchema = v.object({
  format: v.literal(SESSION_FORMAT),
  version: v.literal(SESSION_VERSION),
  id,
  title: short,
  createdAt: isoDate,
  recording: v.nullable(recordingSchema),
  participants: list(participantSchema, 100),
  framework: frameworkSchema,
  speakers: list(speakerSchema, 100),
  transcript: list(segmentSchema, LIMITS.segments),
  details: list(detailSchema, LIMITS.details),
  questions: list(questionSchema, LIMITS.items),
  notes: list(noteSchema, LIMITS.items),
  fragments: list(fragmentSchema, 1000),
  review: reviewSchema,
  spiegelCorrections: v.optional(list(spiegelCorrectionSchema, LIMITS.items)),
});
