/** The Gespreksspiegel as Markdown: the sentences first, then the figures behind them. */
import { QUESTION_CLASS_LABELS, QUESTION_CLASSES } from './questionClassifier';
import { QUESTION_FUNCTION_LABELS, QUESTION_FUNCTION_SHORT, QUESTION_FUNCTIONS } from './questionFunction';
import { EMOTION_GROUP_LABELS } from './emotionWords';
import type { MirrorResult } from './conversationMirror';
import { formatClock } from '../text/time';
import { formatDecimal } from '../text/numbers';

type Lang = 'nl' | 'en';

const T = {
  title: { nl: 'Gespreksspiegel', en: 'Conversation mirror' },
  summary: { nl: 'In het kort', en: 'In short' },
  questions: { nl: 'Vragen', en: 'Questions' },
  counts: { nl: 'Soorten vragen', en: 'Kinds of questions' },
  functions: { nl: 'Functie in de methode', en: 'Function in the method' },
  function: { nl: 'functie', en: 'function' },
  whyFunction: { nl: 'waarom deze functie', en: 'why this function' },
  corrected: { nl: ' (gecorrigeerd door het drietal)', en: ' (corrected by the trio)' },
  next: { nl: 'volgende beurt van de begeleider', en: 'next turn of the guide' },
  noTurn: { nl: '(geen beurt meer)', en: '(no further turn)' },
  talk: { nl: 'Spreektijd', en: 'Speaking time' },
  pauses: { nl: 'Stiltes', en: 'Silences' },
  waits: { nl: 'Wachttijd na een vraag', en: 'Waiting time after a question' },
  emotion: { nl: 'Emotie- en signaalwoorden van de student', en: 'Emotion and signal words of the student' },
  time: { nl: 'tijd', en: 'time' },
  kind: { nl: 'soort', en: 'kind' },
  question: { nl: 'vraag', en: 'question' },
  why: { nl: 'waarom deze soort', en: 'why this kind' },
  number: { nl: 'aantal', en: 'number' },
  speaker: { nl: 'spreker', en: 'speaker' },
  seconds: { nl: 'seconden', en: 'seconds' },
  share: { nl: 'aandeel', en: 'share' },
  turns: { nl: 'beurten', en: 'turns' },
  longest: { nl: 'langste beurt', en: 'longest turn' },
  interruptions: { nl: 'begon tijdens de ander', en: 'started during the other' },
  from: { nl: 'van', en: 'from' },
  to: { nl: 'tot', en: 'to' },
  length: { nl: 'duur (s)', en: 'length (s)' },
  source: { nl: 'bron', en: 'source' },
  wait: { nl: 'wachttijd (s)', en: 'wait (s)' },
  continued: { nl: 'vraagsteller praatte door', en: 'asker went on' },
  word: { nl: 'woord', en: 'word' },
  group: { nl: 'groep', en: 'group' },
  yes: { nl: 'ja', en: 'yes' },
  no: { nl: 'nee', en: 'no' },
  none: { nl: '_Geen._', en: '_None._' },
  sources: { transcript: { nl: 'transcript', en: 'transcript' }, audio: { nl: 'geluid', en: 'audio' }, beide: { nl: 'beide', en: 'both' } },
} as const;

function cell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();
}

function table(head: string[], rows: string[][], none: string): string[] {
  if (!rows.length) return [none, ''];
  return [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`), ''];
}

function n(x: number, lang: Lang): string {
  return formatDecimal(x, 1, lang, { dropZeroFraction: true });
}

function followText(f: MirrorResult['emotionWords'][number]['followedBy'], lang: Lang): string {
  if (!f) return T.noTurn[lang];
  const what = f.question ? `${f.question.text} (${QUESTION_FUNCTION_SHORT[f.question.function][lang]})` : f.text;
  return `${formatClock(f.time)}: ${what}`;
}

export function mirrorToMarkdown(r: MirrorResult, lang: Lang = 'nl'): string {
  const L = (k: keyof typeof T) => (T[k] as { nl: string; en: string })[lang];
  const name = (id: string) => r.talk.speakers.find((s) => s.speakerId === id)?.name ?? id;
  const out: string[] = [`# ${L('title')}`, ''];
  for (const note of r.notes) out.push(`> ${note[lang]}`, '');
  out.push(`## ${L('summary')}`, '');
  for (const s of r.sentences) out.push(`- ${s[lang]}`);
  out.push('', `## ${L('counts')}`, '');
  out.push(...table([L('kind'), L('number')], QUESTION_CLASSES.map((c) => [QUESTION_CLASS_LABELS[c][lang], String(r.classCounts[c])]), L('none')));
  out.push(`## ${L('functions')}`, '');
  out.push(...table([L('function'), L('number')], QUESTION_FUNCTIONS.map((f) => [QUESTION_FUNCTION_LABELS[f][lang], String(r.functionCounts[f])]), L('none')));
  out.push(`## ${L('questions')}`, '');
  out.push(
    ...table(
      [L('time'), L('kind'), L('function'), L('question'), L('why'), L('whyFunction')],
      r.questions.map((q) => [
        formatClock(q.time),
        q.label[lang] + (q.corrected?.form ? L('corrected') : ''),
        q.functionLabel[lang] + (q.corrected?.function ? L('corrected') : ''),
        q.text,
        q.reason[lang],
        q.functionReason[lang],
      ]),
      L('none'),
    ),
  );
  out.push(`## ${L('talk')}`, '');
  out.push(
    ...table(
      [L('speaker'), L('seconds'), L('share'), L('turns'), L('longest'), L('interruptions')],
      r.talk.speakers.map((s) => [
        s.name,
        n(s.speakingSec, lang),
        `${Math.round(s.share * 100)}%`,
        String(s.turns),
        s.longestTurn ? `${formatClock(s.longestTurn.durationSec)} (${formatClock(s.longestTurn.start)})` : '',
        String(s.interruptions),
      ]),
      L('none'),
    ),
  );
  out.push(`## ${L('pauses')}`, '');
  out.push(...table([L('from'), L('to'), L('length'), L('source')], r.pauses.map((p) => [formatClock(p.start), formatClock(p.end), n(p.durationSec, lang), T.sources[p.source][lang]]), L('none')));
  out.push(`## ${L('waits')}`, '');
  const qText = (segId: string) => r.questions.filter((q) => q.segmentId === segId).pop()?.text ?? '';
  out.push(
    ...table(
      [L('time'), L('question'), L('wait'), L('continued')],
      r.waitTimes.map((w) => [formatClock(w.questionEnd), qText(w.segmentId), w.waitSec === null ? '—' : n(w.waitSec, lang), w.askerContinued ? L('yes') : L('no')]),
      L('none'),
    ),
  );
  out.push(`## ${L('emotion')}`, '');
  out.push(
    ...table(
      [L('time'), L('speaker'), L('word'), L('group'), L('next')],
      r.emotionWords.map((h) => [formatClock(h.time), name(h.speakerId), h.word, EMOTION_GROUP_LABELS[h.group][lang], followText(h.followedBy, lang)]),
      L('none'),
    ),
  );
  return out.join('\n').trimEnd() + '\n';
}
