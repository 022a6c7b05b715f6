// A whole trio day in the editor: three members, three recordings, each member a once. Each round
// is scripted through its session document as the panels would send it; the rotation goes through
// the real command, which opens or creates the next member's own session. Afterwards every file
// still names its own a with their own leervraag, and the day report lists all three rounds.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { NoteKind } from '../../src/core/session/model';
import { parseSessionText } from '../../src/core/session/sessionFile';
import type { SessionDocument } from '../../src/host/sessionDocument';
import { api, closeAll, demoCopy, openSession, until } from './testKit';

const T = '2026-11-29T10:00:00.000Z';
let noteN = 0;
const note = (kind: NoteKind, authorId: string, text: string, time: number | null = null) => ({ op: 'add' as const, coll: 'notes' as const, item: { id: `n${++noteN}`, kind, authorId, time, text, createdAt: new Date(Date.parse(T) + noteN * 60_000).toISOString() } });

/** One round in a's session: leervraag, context, the notes of each step, b's feedforward to a; then saved. */
async function round(doc: SessionDocument, a: string, b: string, c: string, leervraag: string, step: string): Promise<void> {
  doc.apply({ op: 'review', patch: { leervraag, context: { opleiding: 'Zorg en welzijn', leerjaar: '2', niveau: '3', aanleiding: `gesprek van ${a}`, voorafgaand: '', plek: '' } } });
  doc.apply({ op: 'batch', label: 'ronde', edits: [
    note('verduidelijking', b, 'Was dit het eerste gesprek?'),
    note('observation', c, 'De student kijkt weg bij het woord stage.', 12),
    note('reactie', a, 'Het stil blijven na een emotiewoord herken ik.'),
    note('feedforward', b, step),
  ] });
  await vscode.commands.executeCommand('vscode.openWith', doc.uri, 'kleinKijken.session');
  await vscode.commands.executeCommand('workbench.action.files.save');
  await until(`${path.basename(doc.uri.fsPath)} saved`, () => !doc.isDirty);
}

function onDisk(uri: vscode.Uri) {
  const parsed = parseSessionText(fs.readFileSync(uri.fsPath, 'utf8'));
  assert.ok(parsed.ok, `${uri.fsPath} is a valid session`);
  return parsed.session;
}

describe('a trio day in the editor', function () {
  this.timeout(120000);
  after(closeAll);

  it('rotates through three members\' own recordings without changing the previous files, and reports the day', async () => {
    const { dir, session: sanneUri, recording } = demoCopy('trioday');
    for (const name of ['ruben.mp4', 'ilse.mp4', 'sanne-volgende.mp4']) fs.copyFileSync(recording, path.join(dir, name));
    const { doc: sanne } = await openSession(sanneUri);
    sanne.apply({ op: 'batch', label: 'leeg', edits: [
      { op: 'replace', coll: 'participants', items: [
        { id: 'pS', name: 'Sanne', role: 'a', colour: '#0072B2', lens: ['u2'] },
        { id: 'pR', name: 'Ruben', role: 'b', colour: '#009E73', lens: ['u3'] },
        { id: 'pI', name: 'Ilse', role: 'c', colour: '#CC79A7', lens: ['u6'] },
      ] },
      { op: 'replace', coll: 'notes', items: [] },
      { op: 'review', patch: { leervraag: '', leervraagHistory: [], focus: [] } },
    ] });
    await round(sanne, 'pS', 'pR', 'pI', 'Hoe blijf ik bij het kleine verhaal?', 'Na een emotiewoord eerst stil blijven.');

    // Round 2: Ruben brings ruben.mp4; its session is created and the trio set up there.
    const rubenUri = await vscode.commands.executeCommand<vscode.Uri>('kleinKijken.trio.nextRound', sanneUri, vscode.Uri.file(path.join(dir, 'ruben.mp4')));
    assert.ok(rubenUri, 'the next round has a session');
    const a = await api();
    const ruben = a.provider.documentFor(rubenUri)!;
    assert.deepEqual(ruben.session!.participants.map((p) => [p.name, p.role, p.colour]), [['Sanne', 'c', '#0072B2'], ['Ruben', 'a', '#009E73'], ['Ilse', 'b', '#CC79A7']]);
    assert.equal(ruben.session!.review.leervraag, '', 'Ruben has no earlier next step to propose');
    await round(ruben, 'pR', 'pI', 'pS', 'Hoe vraag ik door zonder in te vullen?', 'Vaker vragen wat er precies gebeurde.');

    // Round 3: Ilse.
    const ilseUri = await vscode.commands.executeCommand<vscode.Uri>('kleinKijken.trio.nextRound', rubenUri, vscode.Uri.file(path.join(dir, 'ilse.mp4')));
    const ilse = a.provider.documentFor(ilseUri)!;
    assert.deepEqual(ilse.session!.participants.map((p) => [p.name, p.role]), [['Sanne', 'b'], ['Ruben', 'c'], ['Ilse', 'a']]);
    await round(ilse, 'pI', 'pS', 'pR', 'Hoe help ik de student een groter verhaal te zien?', 'De student zelf laten vergelijken.');

    // Every file still names its own a, with their own leervraag and context.
    const files = [[sanneUri, 'Sanne', 'Hoe blijf ik bij het kleine verhaal?'], [rubenUri, 'Ruben', 'Hoe vraag ik door zonder in te vullen?'], [ilseUri, 'Ilse', 'Hoe help ik de student een groter verhaal te zien?']] as const;
    for (const [uri, name, leervraag] of files) {
      const s = onDisk(uri);
      assert.equal(s.participants.find((p) => p.role === 'a')!.name, name, `${path.basename(uri.fsPath)} names ${name} as a`);
      assert.equal(s.review.leervraag, leervraag);
      assert.equal(s.review.context.aanleiding, `gesprek van ${s.participants.find((p) => p.role === 'a')!.id}`);
      assert.deepEqual(s.notes.map((n) => n.kind).sort(), ['feedforward', 'observation', 'reactie', 'verduidelijking']);
    }
    assert.deepEqual(onDisk(sanneUri).participants.find((p) => p.id === 'pS')!.lens, ['u2'], 'round 1 keeps its lenses');

    // One report for the day.
    const reportUri = vscode.Uri.file(path.join(dir, 'drietaldag.md'));
    const written = await vscode.commands.executeCommand<string>('kleinKijken.trio.dayReport', ilseUri, 'md', reportUri);
    assert.equal(written, reportUri.fsPath);
    const md = fs.readFileSync(reportUri.fsPath, 'utf8');
    for (const [n, name] of [[1, 'Sanne'], [2, 'Ruben'], [3, 'Ilse']] as const) {
      assert.match(md, new RegExp(`\\| ${n} \\| ${name} \\| [^|]+ \\| [^|]+ \\| klaar \\|`), `round ${n} is done`);
      assert.match(md, new RegExp(`# Ronde ${n}: ${name} is a`));
    }
    assert.match(md, /Het stil blijven na een emotiewoord herken ik\./);

    // Continuity: when Sanne brings her next recording, her last next step is proposed as leervraag.
    const nextUri = await vscode.commands.executeCommand<vscode.Uri>('kleinKijken.trio.nextRound', ilseUri, vscode.Uri.file(path.join(dir, 'sanne-volgende.mp4')));
    const next = a.provider.documentFor(nextUri)!;
    assert.equal(next.session!.participants.find((p) => p.role === 'a')!.name, 'Sanne');
    assert.equal(next.session!.review.leervraag, 'Na een emotiewoord eerst stil blijven.');
    assert.equal(onDisk(ilseUri).participants.find((p) => p.role === 'a')!.name, 'Ilse', 'the previous file is unchanged');
  });
});
