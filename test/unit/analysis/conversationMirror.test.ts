import { strict as assert } from 'node:assert';
import fixture from '../../fixtures/analysis/session-small.json';
import { analyzeSession } from '../../../src/core/analysis/conversationMirror';
import { mirrorToMarkdown } from '../../../src/core/analysis/mirrorToMarkdown';
import type { Session } from '../../../src/core/session/model';
import { seg } from './helpers';

const session = fixture as unknown as Pick<Session, 'transcript' | 'speakers'>;

describe('conversationMirror', () => {
  const r = analyzeSession(session);

  it('questions of the begeleider, with time, class and reason', () => {
    assert.deepEqual(r.questions.map((q) => [q.segmentId, q.class]), [
      ['g1', 'open'],
      ['g3', 'waarom'],
      ['g5', 'bevestiging'],
      ['g6', 'suggestief'],
      ['g8', 'open'],
    ]);
    assert.equal(r.classCounts.waarom, 1);
    assert.ok(r.questions[4]!.time > 34 && r.questions[4]!.time < 40, 'second sentence of g8 is placed inside the segment');
    assert.ok(r.questions.every((q) => q.reason.nl && q.reason.en));
  });
  it('emotion words of the student and whether the next begeleider turn picked them up', () => {
    const byWord = Object.fromEntries(r.emotionWords.map((h) => [h.word.toLowerCase(), h]));
    assert.equal(byWord['ik weet het niet']!.answered, false); // next turn: "Oké. Dat was best spannend, toch?"
    assert.equal(byWord['zucht']!.group, 'nonverbaal');
    assert.equal(byWord['baalde']!.answeredBy, 'vraag'); // "Waarom deed je dat dan?" points back
    assert.equal(byWord['misschien']!.answered, true);
    assert.ok(r.emotionWords.every((h) => h.speakerId === 's'));
  });
  it('a word named again by the begeleider counts as picked up by the word', () => {
    const x = analyzeSession({ speakers: session.speakers, transcript: [seg('1', 0, 3, 's', 'Ik was echt boos.'), seg('2', 3, 5, 'b', 'Je was boos.')] });
    assert.equal(x.emotionWords[0]!.answeredBy, 'woord');
    const y = analyzeSession({ speakers: session.speakers, transcript: [seg('1', 0, 3, 's', 'Ik was echt boos.'), seg('2', 3, 5, 'b', 'Oké, volgende week is je examen.')] });
    assert.equal(y.emotionWords[0]!.answered, false);
  });
  it('one sentence per figure in Dutch and English, tied to the method', () => {
    const topics = r.sentences.map((s) => s.topic);
    for (const t of ['vragen', 'waarom', 'suggestief', 'spreektijd', 'stilte', 'wachttijd', 'emotiewoorden']) assert.ok(topics.includes(t as never), t);
    const s = (t: string) => r.sentences.find((x) => x.topic === t)!;
    assert.match(s('waarom').nl, /1 waarom-vraag/);
    assert.match(s('spreektijd').nl, /Spreek met, niet tegen/);
    assert.match(s('stilte').nl, /leeg luisteren/i);
    assert.match(s('emotiewoorden').nl, /\(h\)erken emoties/i);
    assert.ok(r.sentences.every((x) => x.en.length > 20));
  });
  it('without a begeleider role: a note, and questions of all speakers', () => {
    const x = analyzeSession({ speakers: [], transcript: [seg('1', 0, 2, 'p', 'Wat deed je?'), seg('2', 2, 4, 'q', 'Heb jij dat ook?')] });
    assert.equal(x.rolesSet, false);
    assert.equal(x.notes.length, 1);
    assert.match(x.notes[0]!.en, /No speaker has the role/);
    assert.equal(x.questions.length, 2);
    assert.equal(x.sentences[0]!.topic, 'rollen');
  });
  it('is JSON-safe and renders Markdown in both languages', () => {
    assert.deepEqual(JSON.parse(JSON.stringify(r)), r);
    const nl = mirrorToMarkdown(r, 'nl');
    assert.match(nl, /^# Gespreksspiegel/);
    assert.match(nl, /\| 0:16 \| waarom-vraag \| Waarom deed je dat dan\? \|/);
    assert.match(mirrorToMarkdown(r, 'en'), /## Speaking time/);
  });
  it('audio silences are merged with transcript pauses', () => {
    const x = analyzeSession(session, { audioSilences: [{ start: 4.1, end: 6.8 }] });
    assert.equal(x.pauses[0]!.source, 'beide');
    assert.equal(x.pauses.length, 2);
  });
});
