// The host side of a trio round: the edits a round produces (set-up, leervraag sharpened with its
// history, lenses, a fragment, details by b and c, a good question, an in-file role swap) sent as
// the webview's session/apply messages into the editor panel, so each passes the messenger's
// validation and the session check before it reaches the document; then saved, and the
// comparison and feedback read back from the file. The messages are written here, not produced
// by the panels: the round as a trio does it, clicking and typing in the real webview (and
// Volgende ronde to the next member's own session), is test/e2e/trioRound.test.ts.
import * as assert from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';
import { compareObservers } from '../../src/core/compare/compareObservers';
import type { Edit } from '../../src/core/session/edits';
import type { Detail } from '../../src/core/session/model';
import { parseSessionText } from '../../src/core/session/sessionFile';
import { feedbackSummary } from '../../src/core/review/feedbackSummary';
import { closeAll, demoCopy, openSession, until } from './testKit';

const detail = (id: string, start: number, authorId: string, tags: string[], feedback: Detail['feedback']): Detail => ({
  id, start, end: null, tags, authorId, see: `gezien door ${authorId}`, meaning: '', deepen: '', feedback, question: null, segmentIds: [],
  createdAt: '2026-11-23T10:00:00.000Z', updatedAt: '2026-11-23T10:00:00.000Z',
});

describe('a trio round\'s edits through the editor panel\'s messenger into the document', function () {
  this.timeout(60000);
  afterEach(closeAll);

  it('takes set-up, viewing, tagging, questions and a role swap as webview messages, and everything lands in the file', async () => {
    const { session } = demoCopy('trio');
    const { doc, api } = await openSession(session);
    const panel = await until('the editor panel', () => api.provider.panelsOf(doc)[0]);
    const dropped = panel.droppedMessages.count;
    // As the webview's store sends an intent: validated by the messenger, then applied by the host.
    const send = (edit: Edit) => {
      const revision = doc.revision;
      panel.receiveFromWebview({ type: 'session/apply', edit, baseRevision: revision });
      assert.strictEqual(doc.revision, revision + 1, `applied: ${edit.op}`);
    };
    // A fresh review: clear the demo's own trio work first (one step).
    send({ op: 'batch', label: 'leeg', edits: [
      { op: 'replace', coll: 'participants', items: [] },
      { op: 'replace', coll: 'details', items: [] },
      { op: 'replace', coll: 'questions', items: [] },
      { op: 'review', patch: { leervraag: '', leervraagHistory: [], focus: [] } },
    ] });
    send({ op: 'batch', label: 'drietal', edits: [
      { op: 'add', coll: 'participants', item: { id: 'pA', name: 'Sanne', role: 'a', colour: '#0072B2', lens: [] } },
      { op: 'add', coll: 'participants', item: { id: 'pB', name: 'Ruben', role: 'b', colour: '#009E73', lens: ['u2', 'u6'] } },
      { op: 'add', coll: 'participants', item: { id: 'pC', name: 'Ilse', role: 'c', colour: '#CC79A7', lens: ['u2', 'u3'] } },
    ] });
    send({ op: 'review', patch: { leervraag: 'Hoe vraag ik door?', context: { opleiding: 'Verzorgende-IG', leerjaar: '2', niveau: '3', aanleiding: 'stage', voorafgaand: '', plek: 'tweede gesprek' } } });
    send({ op: 'review', patch: { leervraag: 'Hoe vraag ik door zonder in te vullen?', leervraagHistory: [{ text: 'Hoe vraag ik door?', at: '2026-11-23T10:05:00.000Z' }], focus: ['u2'] } });
    send({ op: 'add', coll: 'fragments', item: { id: 'f1', name: 'begin', start: 0, end: 60 } });
    for (const d of [detail('d1', 10, 'pB', ['u2'], 'goed'), detail('d2', 11.5, 'pC', ['u2'], 'best'), detail('d3', 40, 'pC', ['u3'], 'beter'), detail('d4', 55, 'pB', ['u6'], 'goed')]) {
      send({ op: 'add', coll: 'details', item: d });
    }
    send({ op: 'add', coll: 'questions', item: { id: 'q1', text: 'Wat gebeurde er precies toen?', type: 'verdiepend', proposedBy: 'pC', time: 40, speakerId: null, source: 'detail', detailId: 'd3', tags: ['u3'], note: 'Milan vertelde daarna veel meer.', createdAt: '2026-11-23T10:20:00.000Z' } });
    send({ op: 'batch', label: 'wisselen', edits: [
      { op: 'update', coll: 'participants', id: 'pA', patch: { role: 'c' } },
      { op: 'update', coll: 'participants', id: 'pB', patch: { role: 'a' } },
      { op: 'update', coll: 'participants', id: 'pC', patch: { role: 'b' } },
    ] });
    await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
    await vscode.commands.executeCommand('workbench.action.files.save');
    assert.strictEqual(panel.droppedMessages.count, dropped, 'no message was dropped');
    const parsed = parseSessionText(fs.readFileSync(session.fsPath, 'utf8'));
    assert.ok(parsed.ok, 'the saved file is a valid session');
    const s = parsed.session;
    assert.strictEqual(s.review.leervraagHistory[0]!.text, 'Hoe vraag ik door?');
    assert.deepStrictEqual(s.participants.map((p) => p.role), ['c', 'a', 'b']);
    assert.strictEqual(s.details.length, 4);
    // Compare the two observers of the round (before rotation: Ruben was b, Ilse c).
    const cmp = compareObservers(s, { observers: ['pB', 'pC'], tolerance: 3 });
    assert.ok(cmp.ok);
    assert.strictEqual(cmp.value.perTag.u2!.matched, 1, 'both marked (h)erken emoties at 10 and 11.5 s');
    assert.strictEqual(cmp.value.perTag.u3!.onlyC, 1);
    const fb = feedbackSummary(s);
    assert.strictEqual(fb.tags[0]!.tagId, 'u2', 'the focus comes first in the feedback');
    assert.strictEqual(fb.tags[0]!.groups.goed.length, 1);
  });
});
