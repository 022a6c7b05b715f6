/**
 * The session: everything a coach or trio made while reviewing one recording.
 * Stored as `<recording>.kleinkijken.json` beside the recording. Pure data, JSON-safe.
 * The valibot schema in `sessionSchema.ts` is the authority for what a valid file is;
 * these types are what the rest of the code works with.
 */

export const SESSION_FORMAT = 'klein-kijken/session' as const;
/** Bump when the file's shape changes; add a step to `migrate.ts` at the same time. */
export const SESSION_VERSION = 2 as const;
export const SESSION_FILE_SUFFIX = '.kleinkijken.json';

/** Seconds from the start of the recording. */
export type Seconds = number;

export interface LocalText {
  nl: string;
  en: string;
}

export interface RecordingRef {
  /** Relative to the session file's folder, with `/` separators. Only ever used as media. */
  path: string;
  /** Bytes; with `quickHash` used to notice that the file was swapped. */
  size: number;
  /** sha256 over size + first, middle and last MiB (see src/media/quickHash.ts). */
  quickHash: string;
  durationSec: number | null;
}

export type ParticipantRole = 'a' | 'b' | 'c' | 'trainer' | 'other';

/** A person who reviews: a member of the trio, a coach, a trainer. */
export interface Participant {
  id: string;
  name: string;
  role: ParticipantRole;
  colour: string;
  /** Tag ids this observer looks through (their lens). */
  lens: string[];
}

export interface TagGroup {
  id: string;
  label: LocalText;
}

export interface Tag {
  id: string;
  group: string | null;
  label: LocalText;
  /** One key that toggles the tag in the pause-and-tag form ("1".."9", a letter). */
  key: string;
  colour: string;
}

export interface Framework {
  id: string;
  name: LocalText;
  groups: TagGroup[];
  tags: Tag[];
}

export type SpeakerRole = 'begeleider' | 'student' | 'anders';

/** A voice in the transcript (not a reviewer). */
export interface Speaker {
  id: string;
  name: string;
  role: SpeakerRole;
  colour: string;
}

/** One recognised word with its time, as a speech recogniser gives it. */
export interface WordTiming {
  start: Seconds;
  end: Seconds;
  text: string;
}

export interface Segment {
  id: string;
  start: Seconds;
  end: Seconds;
  speakerId: string | null;
  text: string;
  /**
   * Word times from speech recognition (so a click on a word plays from there). Only present
   * while `text` is the recognised text: a change of the text drops them (see `edits.ts`).
   */
  words?: WordTiming[];
}

export type FeedbackKind = 'goed' | 'best' | 'beter';
export type QuestionType = 'verbredend' | 'verdiepend' | 'anders';

export interface SuggestedQuestion {
  text: string;
  type: Exclude<QuestionType, 'anders'>;
}

/** A moment an observer paused at and looked at closely. */
export interface Detail {
  id: string;
  start: Seconds;
  /** null for a point in time, else the end of a range. */
  end: Seconds | null;
  tags: string[];
  authorId: string | null;
  /** Wat zie je / wat hoor je? */
  see: string;
  /** Wat betekent dit voor het gesprek? */
  meaning: string;
  /** Wat betekent dit voor verbreden of verdiepen? */
  deepen: string;
  feedback: FeedbackKind | null;
  question: SuggestedQuestion | null;
  segmentIds: string[];
  createdAt: string;
  updatedAt: string;
}

export type QuestionSource = 'transcript' | 'detail' | 'free';
/**
 * Asked in the recording (by a speaker) or suggested by an observer. The method keeps the two
 * apart: one is what the begeleider did, the other what could have worked.
 */
export type QuestionOrigin = 'asked' | 'suggested';

/** A good broadening or deepening question, for the trainer's list. */
export interface Question {
  id: string;
  text: string;
  type: QuestionType;
  proposedBy: string | null;
  /** The source moment in the recording, if any. */
  time: Seconds | null;
  speakerId: string | null;
  source: QuestionSource;
  detailId: string | null;
  tags: string[];
  /** Why it worked. */
  note: string;
  createdAt: string;
  /** Absent in older files: then a question from the transcript counts as asked, others as suggested. */
  origin?: QuestionOrigin;
}

/**
 * The notes of a round, one kind per step where they are made: `verduidelijking` (b and c's
 * clarifying questions during the context), `observation` (first viewing: wat zie je, wat hoor
 * je), `reactie` (a's reply to the feedback) and `feedforward` (the concrete next step b and c give
 * a to close their feedback: the toolkit's "B en c geven feedback", closed with a vervolgstap).
 */
export type NoteKind = 'observation' | 'feedforward' | 'verduidelijking' | 'reactie';
export const NOTE_KINDS: readonly NoteKind[] = ['verduidelijking', 'observation', 'reactie', 'feedforward'];

/** A short note made during a round (see NoteKind). */
export interface Note {
  id: string;
  kind: NoteKind;
  authorId: string | null;
  time: Seconds | null;
  text: string;
  createdAt: string;
}

export interface Fragment {
  id: string;
  name: string;
  start: Seconds;
  end: Seconds;
}

export interface ReviewContext {
  opleiding: string;
  leerjaar: string;
  niveau: string;
  aanleiding: string;
  voorafgaand: string;
  plek: string;
}

export interface LeervraagVersion {
  text: string;
  at: string;
}

export interface Review {
  leervraag: string;
  /** Earlier wordings, oldest first: a may sharpen the leervraag during the review. */
  leervraagHistory: LeervraagVersion[];
  context: ReviewContext;
  /** Tag ids the trio agreed to focus on in the second viewing. */
  focus: string[];
}

export interface Session {
  format: typeof SESSION_FORMAT;
  version: typeof SESSION_VERSION;
  id: string;
  title: string;
  createdAt: string;
  recording: RecordingRef | null;
  participants: Participant[];
  framework: Framework;
  speakers: Speaker[];
  transcript: Segment[];
  details: Detail[];
  questions: Question[];
  notes: Note[];
  fragments: Fragment[];
  review: Review;
  /** The trio's corrections of the Gespreksspiegel (optional: absent in older files). */
  spiegelCorrections?: SpiegelCorrection[];
}

/**
 * A question's form or function as the trio corrected it in the Gespreksspiegel. `key` is the
 * question's stable id: segment id and character offset of the sentence ("g12:40"). The values are
 * the ids of src/core/analysis (questionClassifier, questionFunction).
 */
export interface SpiegelCorrection {
  key: string;
  form?: 'open' | 'doorvraag' | 'gesloten' | 'waarom' | 'suggestief' | 'keuze' | 'bevestiging';
  function?: 'ervaring' | 'precies' | 'emotie' | 'eerder' | 'elders' | 'vergelijken' | 'juiste-woord' | 'toekomst' | 'anders';
}

/** The collections an edit can add to, change or remove from; each item has an `id`. */
export interface Collections {
  participants: Participant;
  speakers: Speaker;
  transcript: Segment;
  details: Detail;
  questions: Question;
  notes: Note;
  fragments: Fragment;
}
export type CollectionName = keyof Collections;
export const COLLECTION_NAMES: readonly CollectionName[] = [
  'participants',
  'speakers',
  'transcript',
  'details',
  'questions',
  'notes',
  'fragments',
];
