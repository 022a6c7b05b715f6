import assert from 'node:assert/strict';
import { feedbackSummary, mentionedTags, renderFeedbackText } from '../../../src/core/review/feedbackSummary';
import type { Session } from '../../../src/core/session/model';
import { detail, trio, withDetails } from '../compare/trioSession';

function session(): Session {
  const s = withDetails(trio(), [
    detail('pb', 95, ['u3'], { id: 'x1', feedback: 'beter', see: 'vult zelf het antwoord in' }),
    detail('pc', 40, ['u3'], { id: 'x2', feedback: 'goed', see: 'vraagt: wat gebeurde er precies?' }),
    detail('pb', 60, ['u3'], { id: 'x3', feedback: 'best', see: 'laat de stilte bestaan', meaning: 'de student gaat verder' }),
    detail('pb', 70, ['u6'], { id: 'x4', feedback: 'goed', see: 'knikt en wacht' }),
    detail('pc', 80, ['u5'], { id: 'x5', feedback: 'goed' }),
    detail('pc', 81, ['u5'], { id: 'x6', feedback: 'beter' }),
    detail('pb', 90, [], { id: 'x7', feedback: 'goed', see: 'rustig tempo' }),
    detail('pb', 99, ['u3'], { id: 'x8', feedback: null }),
  ]);
  s.review = { ...s.review, leervraag: 'Hoe kan ik beter leeg luisteren?', focus: ['u5'] };
  return s;
}

describe('feedbackSummary', () => {
  it('orders tags: focus first, then those in the leervraag, then by count; untagged last', () => {
    const sum = feedbackSummary(session());
    assert.deepEqual(sum.tags.map((t) => t.tagId), ['u5', 'u6', 'u3', null]);
    assert.equal(sum.tags[0]!.inFocus, true);
    assert.equal(sum.tags[1]!.inLeervraag, true);
    assert.equal(sum.withoutFeedback, 1);
  });

  it('groups strengths first: goed, then best, then beter, each in time order', () => {
    const u3 = feedbackSummary(session()).tags.find((t) => t.tagId === 'u3')!;
    assert.deepEqual(Object.keys(u3.groups), ['goed', 'best', 'beter']);
    assert.deepEqual(u3.groups.goed.map((i) => i.detailId), ['x2']);
    assert.deepEqual(u3.groups.best.map((i) => i.detailId), ['x3']);
    assert.deepEqual(u3.groups.beter.map((i) => i.detailId), ['x1']);
    assert.equal(u3.count, 3);
    // Per observer: Ruud (b) before Ilse (c), as the participants are listed.
    assert.deepEqual(u3.byObserver.map((o) => o.name), ['Ruud', 'Ilse']);
    assert.deepEqual(u3.byObserver[0]!.groups.best.map((i) => i.detailId), ['x3']);
  });

  it('is JSON-safe', () => {
    const sum = feedbackSummary(session());
    assert.deepEqual(JSON.parse(JSON.stringify(sum)), sum);
  });

  it('finds tags the leervraag names, by label part or number, not by common words', () => {
    const s = trio();
    const ask = (q: string) => mentionedTags({ ...s, review: { ...s.review, leervraag: q } });
    assert.deepEqual(ask('Hoe herken ik emoties sneller?'), ['u2']);
    assert.deepEqual(ask('Ik wil beter verdiepen'), ['u3']);
    assert.deepEqual(ask('Pas ik NIVEA toe?'), ['u8']);
    assert.deepEqual(ask('Werk ik met uitgangspunt 9?'), ['u9']);
    assert.deepEqual(ask('Hoe laat ik studenten meer vertellen?'), []);
  });

  it('renders plain text in Dutch and English', () => {
    const text = renderFeedbackText(feedbackSummary(session()), 'nl');
    assert.match(text, /^Leervraag: Hoe kan ik beter leeg luisteren\?\n/);
    const u3 = text.slice(text.indexOf('== Vraag wat er precies gebeurde'));
    assert.ok(u3.indexOf('Wat ging goed:') < u3.indexOf("Wat ging 't beste:"));
    assert.ok(u3.indexOf("Wat ging 't beste:") < u3.indexOf('Wat kan beter:'));
    assert.match(text, /\[1:00\] Ruud: laat de stilte bestaan — de student gaat verder/);
    assert.match(text, /== "Leeg luisteren" \(in de leervraag\) ==/);
    const en = renderFeedbackText(feedbackSummary(session()), 'en');
    assert.match(en, /What went best:/);
    const empty = renderFeedbackText(feedbackSummary(trio()), 'nl');
    assert.equal(empty, 'Nog geen details met feedback.');
  });
});
