import { strict as assert } from 'node:assert';
import { buildBankTree, describeFilter, hasFilter, nextGrouping, occurrenceLabel, type GroupNode } from '../../../src/core/questions/bankTree';
import { buildQuestionBank } from '../../../src/core/questions/questionBank';
import type { Question, QuestionType, Session } from '../../../src/core/session/model';
import { newSession } from '../../../src/core/session/newSession';

function question(id: string, text: string, type: QuestionType, time: number | null, proposedBy: string | null, tags: string[]): Question {
  return { id, text, type, proposedBy, time, speakerId: null, source: 'free', detailId: null, tags, note: '', createdAt: '2025-03-04T12:00:00.000Z' };
}

function sessionA(): Session {
  const s = newSession(null, 'Gesprek met Daan');
  s.participants = [{ id: 'p1', name: 'Noor de Wit', role: 'b', colour: '#000000', lens: [] }];
  s.speakers = [{ id: 'sp1', name: 'Lotte', role: 'begeleider', colour: '#000000' }];
  s.questions = [
    // Lotte asked it in the recording; Noor put it on the list.
    { ...question('q1', 'Hoe voelde dat voor jou?', 'verdiepend', 65, 'p1', ['u2']), source: 'transcript', speakerId: 'sp1' },
    question('q2', 'Waar merk je dat nog meer?', 'verbredend', 130, 'p1', ['u4']),
    { ...question('q3', 'Wat zag je toen precies gebeuren?', 'verdiepend', 200, 'p1', ['u3']), source: 'detail', detailId: 'd1' },
  ];
  s.details = [
    {
      id: 'd1', start: 200, end: null, tags: ['u3'], authorId: 'p1', see: 'Daan kijkt weg', meaning: '', deepen: '', feedback: null,
      question: { text: 'Wat zag je toen precies gebeuren?', type: 'verdiepend' }, segmentIds: [], createdAt: '2025-03-04T12:00:00.000Z', updatedAt: '2025-03-04T12:00:00.000Z',
    },
  ];
  return s;
}

function sessionB(): Session {
  const s = newSession(null, 'Gesprek met Yara');
  s.participants = [{ id: 'p9', name: 'Karim Bouali', role: 'c', colour: '#000000', lens: [] }];
  s.speakers = [{ id: 'sp2', name: 'Sem', role: 'begeleider', colour: '#000000' }];
  // Same question as in A, asked too, other spelling: merges.
  s.questions = [{ ...question('q7', 'hoe VOELDE dat voor jou', 'verdiepend', 3723, 'p9', ['u6']), origin: 'asked', speakerId: 'sp2' }, question('q8', 'Wat wil je hierna proberen?', 'anders', null, null, [])];
  return s;
}

const bank = () => buildQuestionBank([
  { sessionPath: '/w/a.kleinkijken.json', session: sessionA() },
  { sessionPath: '/w/b.kleinkijken.json', session: sessionB() },
]);

const labels = (groups: GroupNode[]) => groups.map((g) => [g.label, g.children.map((e) => e.label)]);

describe('bank tree', () => {
  it('groups by origin and type, merges near-duplicates and badges them with their count', () => {
    const tree = buildBankTree(bank(), { grouping: 'type', lang: 'nl' });
    assert.deepEqual(tree.map((g) => g.label), ['Gesteld in het gesprek · verdiepend', 'Voorgesteld door observatoren · verbredend', 'Voorgesteld door observatoren · verdiepend', 'Voorgesteld door observatoren · anders']);
    const asked = tree[0]!;
    assert.equal(asked.description, '1 vraag');
    const merged = asked.children.find((e) => e.label === 'Hoe voelde dat voor jou?')!;
    assert.equal(merged.count, 2);
    assert.equal(merged.badge, '2×');
    assert.equal(merged.origin, 'asked');
    assert.equal(tree[2]!.children.find((e) => e.label.startsWith('Wat zag'))!.badge, '', 'a single occurrence has no badge');
    // Children are the occurrences: session · m:ss (h:mm:ss past an hour) · who asked it · who listed it.
    assert.deepEqual(merged.children.map((o) => o.label), ['Gesprek met Daan · 1:05 · gesteld door Lotte · op de lijst gezet door Noor de Wit', 'Gesprek met Yara · 1:02:03 · gesteld door Sem · op de lijst gezet door Karim Bouali']);
    assert.equal(tree[1]!.children[0]!.children[0]!.label, 'Gesprek met Daan · 2:10 · voorgesteld door Noor de Wit');
    assert.deepEqual(merged.children.map((o) => o.seconds), [65, 3723]);
    assert.deepEqual(merged.children.map((o) => o.variant), ['', 'hoe VOELDE dat voor jou'], 'the other wording is kept visible');
  });

  it('groups by uitgangspunt (an entry under each of its tags, untagged last) and by session', () => {
    const byTag = buildBankTree(bank(), { grouping: 'tag', lang: 'nl' });
    assert.deepEqual(byTag.map((g) => g.id), ['tag:u2', 'tag:u3', 'tag:u4', 'tag:u6', 'tag:']);
    assert.equal(byTag.at(-1)!.label, 'Zonder uitgangspunt');
    assert.ok(byTag[0]!.label.startsWith('(H)erken emoties'));
    const bySession = buildBankTree(bank(), { grouping: 'session', lang: 'en' });
    assert.deepEqual(labels(bySession), [
      ['Gesprek met Daan', ['Hoe voelde dat voor jou?', 'Waar merk je dat nog meer?', 'Wat zag je toen precies gebeuren?']],
      ['Gesprek met Yara', ['Hoe voelde dat voor jou?', 'Wat wil je hierna proberen?']],
    ]);
    assert.equal(bySession[0]!.description, '3 questions');
  });

  it('gives every node an id that is unique in the tree, also when an entry sits in several groups', () => {
    for (const grouping of ['type', 'tag', 'session'] as const) {
      const ids = buildBankTree(bank(), { grouping, lang: 'nl' }).flatMap((g) => [g.id, ...g.children.flatMap((e) => [e.id, ...e.children.map((o) => o.id)])]);
      assert.equal(new Set(ids).size, ids.length, grouping);
    }
  });

  it('filters by type and by search, and drops groups left empty', () => {
    const deep = buildBankTree(bank(), { grouping: 'type', filter: { type: 'verdiepend' }, lang: 'nl' });
    assert.deepEqual(labels(deep), [['Gesteld in het gesprek · verdiepend', ['Hoe voelde dat voor jou?']], ['Voorgesteld door observatoren · verdiepend', ['Wat zag je toen precies gebeuren?']]]);
    const suggested = buildBankTree(bank(), { grouping: 'session', filter: { origin: 'suggested' }, lang: 'nl' });
    assert.deepEqual(labels(suggested), [['Gesprek met Daan', ['Waar merk je dat nog meer?', 'Wat zag je toen precies gebeuren?']], ['Gesprek met Yara', ['Wat wil je hierna proberen?']]]);
    const search = buildBankTree(bank(), { grouping: 'session', filter: { search: 'MERK' }, lang: 'nl' });
    assert.deepEqual(labels(search), [['Gesprek met Daan', ['Waar merk je dat nog meer?']]]);
    const none = buildBankTree(bank(), { grouping: 'type', filter: { type: 'verbredend', search: 'voelde' }, lang: 'nl' });
    assert.deepEqual(none, []);
  });

  it('describes the active filter and cycles groupings', () => {
    assert.equal(hasFilter({}), false);
    assert.equal(hasFilter({ search: '   ' }), false);
    assert.equal(hasFilter({ type: 'anders' }), true);
    assert.equal(describeFilter({}, 'nl'), '');
    assert.equal(describeFilter({ type: 'verdiepend', search: ' voelde ' }, 'nl'), 'filter: verdiepend · “voelde”');
    assert.equal(describeFilter({ type: 'verbredend' }, 'en'), 'filter: broadening');
    assert.equal(describeFilter({ origin: 'asked', type: 'verdiepend' }, 'nl'), 'filter: gesteld · verdiepend');
    assert.deepEqual([nextGrouping('type'), nextGrouping('tag'), nextGrouping('session')], ['tag', 'session', 'type']);
  });

  it('labels an occurrence without a moment or proposer, and falls back to the file name', () => {
    const e = bank().find((x) => x.text.startsWith('Wat wil je'))!;
    assert.equal(occurrenceLabel(e.occurrences[0]!, 'nl'), 'Gesprek met Yara · geen moment');
    assert.equal(occurrenceLabel({ ...e.occurrences[0]!, sessionTitle: ' ' }, 'en'), 'b.kleinkijken.json · no moment');
  });
});
