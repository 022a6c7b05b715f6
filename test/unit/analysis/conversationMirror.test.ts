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
  it('emotion words of the student, each with the begeleider turn that followed (described, not judged)', () => {
    const byWord = Object.fromEntries(r.emotionWords.map((h) => [h.word.toLowerCase(), h]));
    // "ik moest" and "misschien" signal nothing on their own: no hits.
    assert.equal(byWord['ik moest'], undefined);
    assert.equal(byWord['misschien'], undefined);
    const weet = byWord['ik weet het niet']!;
    assert.equal(weet.followedBy!.segmentId, 'g5');
    assert.deepEqual(weet.followedBy!.question && [weet.followedBy!.question.class, weet.followedBy!.question.function], ['bevestiging', 'emotie']);
    assert.equal(byWord['zucht']!.group, 'nonverbaal');
    assert.equal(byWord['baalde']!.followedBy!.segmentId, 'g3');
    assert.equal(byWord['baalde']!.followedBy!.question!.class, 'waarom');
    assert.ok(r.emotionWords.every((h) => h.speakerId === 's'));
    assert.ok(!('answered' in weet), 'no verdict field');
  });
  it('says when the begeleider repeated the word, and when no turn followed', () => {
    const x = analyzeSession({ speakers: session.speakers, transcript: [seg('1', 0, 3, 's', 'Ik was echt boos.'), seg('2', 3, 5, 'b', 'Je was boos.')] });
    assert.equal(x.emotionWords[0]!.followedBy!.repeatsWord, true);
    assert.equal(x.emotionWords[0]!.followedBy!.question, null);
    const y = analyzeSession({ speakers: session.speakers, transcript: [seg('1', 0, 3, 's', 'Ik was echt boos.'), seg('2', 3, 5, 'b', 'Oké, volgende week is je examen.')] });
    assert.equal(y.emotionWords[0]!.followedBy!.repeatsWord, false);
    const z = analyzeSession({ speakers: session.speakers, transcript: [seg('1', 0, 3, 's', 'Ik was echt boos.')] });
    assert.equal(z.emotionWords[0]!.followedBy, null);
    assert.match(z.sentences.find((t) => t.topic === 'emotiewoorden')!.nl, /geen beurt meer/);
  });
  it('an echo of the student\'s emotion word is a doorvraag about emotion, not a closed question', () => {
    const x = analyzeSession({ speakers: session.speakers, transcript: [seg('1', 0, 3, 's', 'Ik voelde me zo machteloos.'), seg('2', 3, 5, 'b', 'Machteloos?'), seg('3', 5, 6, 's', 'Ja.'), seg('4', 6, 7, 'b', 'En?')] });
    assert.deepEqual(x.questions.map((q) => [q.class, q.rule, q.function]), [
      ['doorvraag', 'echo', 'emotie'],
      ['doorvraag', 'kort-doorvragen', 'precies'],
    ]);
    assert.equal(x.classCounts.gesloten, 0);
    assert.equal(x.questions[0]!.key, '2:0');
  });
  it('each question carries its function in the method with a reason', () => {
    assert.deepEqual(r.questions.map((q) => q.function), ['ervaring', 'precies', 'emotie', 'toekomst', 'emotie']);
    assert.ok(r.questions.every((q) => q.functionLabel.nl && q.functionReason.nl && q.functionReason.en));
    assert.equal(r.functionCounts.emotie, 2);
  });
  it('one sentence per figure in Dutch and English, tied to the method', () => {
    const topics = r.sentences.map((s) => s.topic);
    for (const t of ['vragen', 'functies', 'waarom', 'suggestief', 'spreektijd', 'stilte', 'wachttijd', 'emotiewoorden']) assert.ok(topics.includes(t as never), t);
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
    // g3 starts at 15.5 s: shown as 0:15, like its transcript row (times are cut, never rounded up).
    assert.match(nl, /\| 0:15 \| waarom-vraag \| wat er precies gebeurde \(uitgangspunt 3, verdiepen\) \| Waarom deed je dat dan\? \|/);
    assert.match(nl, /## Functie in de methode/);
    assert.doesNotMatch(nl, /opgepakt/);
    assert.match(mirrorToMarkdown(r, 'en'), /## Speaking time/);
  });
  it('audio silences are merged with transcript pauses', () => {
    const x = analyzeSession(session, { audioSilences: [{ start: 4.1, end: 6.8 }] });
    assert.equal(x.pauses[0]!.source, 'beide');
    assert.equal(x.pauses.length, 2);
  });
  it('no sentence on a trivial case: an 8-second turn gets no long-turn sentence, a 60-second one does', () => {
    const turn = (sec: number) =>
      analyzeSession({ speakers: session.speakers, transcript: [seg('1', 0, sec, 'b', 'Ik vertel je even hoe het volgend jaar gaat met de stages en de roosters.'), seg('2', sec, sec + 4, 's', 'Oké.')] });
    assert.equal(turn(8).sentences.find((x) => x.topic === 'monoloog'), undefined);
    assert.match(turn(60).sentences.find((x) => x.topic === 'monoloog')!.nl, /1:00/);
    // One short overlap and a single waiting time are not worth a sentence either.
    const one = analyzeSession({ speakers: session.speakers, transcript: [seg('1', 0, 3, 'b', 'Wat gebeurde er?'), seg('2', 2.9, 6, 's', 'Niks.')] });
    assert.equal(one.sentences.find((x) => x.topic === 'overlap'), undefined);
    assert.equal(one.sentences.find((x) => x.topic === 'wachttijd'), undefined);
  });
});
