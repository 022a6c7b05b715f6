// Transcript maken inside the real VS Code: a generated Dutch recording (espeak-ng, two voices),
// the real sherpa-onnx engine with stand-in models (scripts/speech-standins), the command with its
// question answered, then one undo takes every row and speaker out again.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { TranscribeOutcome } from '../../src/host/speech/transcribeCommand';
import { makeDutchSpeech } from '../fixtures/speech/dutchSpeech';
import { api, closeAll, repo, until } from './testKit';

/** The recogniser and speaker stand-ins, made here by the repo's scripts (bundled tests have no __dirname of their own). */
function standins(dir: string): { transducer: string; speakers: string } {
  const make = (script: string, out: string) => {
    const r = spawnSync('/usr/bin/python3', [repo('scripts', 'speech-standins', script), out], { encoding: 'utf8' });
    if (r.error || r.status !== 0) throw new Error(`python3-onnx is required to make the stand-in speech models — install with: sudo apt-get install -y python3-onnx (${r.stderr ?? r.error})`);
    return out;
  };
  return { transducer: make('make_transducer.py', path.join(dir, 'transducer')), speakers: make('make_diarization.py', path.join(dir, 'speakers')) };
}

describe('Transcript maken (speech recognition) in the editor', function () {
  this.timeout(180000);
  const cfg = () => vscode.workspace.getConfiguration('kleinKijken');
  afterEach(async () => {
    await closeAll();
    for (const k of ['spraak.model', 'spraak.sprekersModel', 'spraak.sprekers']) await cfg().update(k, undefined, vscode.ConfigurationTarget.Global);
  });

  it('makes rows with two automatic speakers from a recording, and one undo removes them all', async () => {
    const ws = process.env.KK_TEST_WORKSPACE ?? vscode.workspace.workspaceFolders![0]!.uri.fsPath;
    const dir = path.join(ws, `speech-${Date.now()}`);
    fs.mkdirSync(dir, { recursive: true });
    const talk = makeDutchSpeech(dir, 'gesprek');
    const models = standins(fs.mkdtempSync(path.join(dir, 'models-')));
    await cfg().update('spraak.model', models.transducer, vscode.ConfigurationTarget.Global);
    await cfg().update('spraak.sprekersModel', models.speakers, vscode.ConfigurationTarget.Global);
    await cfg().update('spraak.sprekers', 2, vscode.ConfigurationTarget.Global);

    // From the explorer's context menu on the recording: its session is made and opened.
    const out = (await vscode.commands.executeCommand('kleinKijken.makeTranscript', vscode.Uri.file(talk.wav), { existing: 'replace', partial: 'discard' })) as TranscribeOutcome | null;
    assert.ok(out, 'the command ran to the end');
    assert.equal(out.complete, true);
    assert.ok(out.imported > 0);

    const a = await api();
    const sessionUri = vscode.Uri.file(`${talk.wav}.kleinkijken.json`);
    const doc = await until('the session document', () => a.provider.documentFor(sessionUri));
    const s = doc.session!;
    assert.equal(s.transcript.length, out.imported);
    const auto = s.speakers.filter((x) => /^Spreker \d$/.test(x.name));
    assert.ok(auto.length >= 1 && auto.length <= 2, `speakers: ${s.speakers.map((x) => x.name).join(', ')}`);
    for (const seg of s.transcript) {
      assert.ok(auto.some((x) => x.id === seg.speakerId), 'each row has an automatic speaker');
      assert.ok(seg.start >= 0 && seg.end <= talk.durationSec + 0.5 && seg.end >= seg.start);
      // Inside the speech the recording really has (generous: stand-in models).
      assert.ok(talk.spans.some((sp) => seg.start >= sp.start - 0.5 && seg.end <= sp.end + 0.5), `row [${seg.start}, ${seg.end}] outside ${JSON.stringify(talk.spans)}`);
    }
    const starts = s.transcript.map((x) => x.start);
    assert.deepEqual(starts, [...starts].sort((x, y) => x - y));

    // One step back: no rows and no automatic speakers (undo acts on the focused editor, as Ctrl+Z does).
    await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
    await vscode.commands.executeCommand('undo');
    await until('undo of the whole import', () => doc.session!.transcript.length === 0);
    assert.equal(doc.session!.speakers.filter((x) => /^Spreker \d$/.test(x.name)).length, 0);
    await vscode.commands.executeCommand('redo');
    await until('redo', () => doc.session!.transcript.length === out.imported);
  });

  it('without a model folder it says which setting and command, and changes nothing', async () => {
    const ws = process.env.KK_TEST_WORKSPACE ?? vscode.workspace.workspaceFolders![0]!.uri.fsPath;
    const dir = path.join(ws, `speech-none-${Date.now()}`);
    fs.mkdirSync(dir, { recursive: true });
    const talk = makeDutchSpeech(dir, 'kort', [{ voice: 'nl', text: 'Hallo.', silenceBefore: 0.5 }], 0.5);
    const out = await vscode.commands.executeCommand('kleinKijken.makeTranscript', vscode.Uri.file(talk.wav));
    assert.equal(out, null);
    const doc = await until('the session document', async () => (await api()).provider.documentFor(vscode.Uri.file(`${talk.wav}.kleinkijken.json`)));
    assert.equal(doc.session!.transcript.length, 0);
  });

  it('Spraakmodel kiezen stores a folder the engine accepts and refuses one it does not', async () => {
    const ws = process.env.KK_TEST_WORKSPACE ?? vscode.workspace.workspaceFolders![0]!.uri.fsPath;
    const dir = fs.mkdtempSync(path.join(ws, 'speech-choose-'));
    const models = standins(dir);
    const empty = fs.mkdtempSync(path.join(dir, 'leeg-'));
    assert.equal(await vscode.commands.executeCommand('kleinKijken.chooseSpeechModel', { which: 'model', dir: empty }), null);
    assert.equal(cfg().inspect<string>('spraak.model')?.globalValue, undefined);
    // A speaker folder is not a recogniser.
    assert.equal(await vscode.commands.executeCommand('kleinKijken.chooseSpeechModel', { which: 'model', dir: models.speakers }), null);
    assert.equal(await vscode.commands.executeCommand('kleinKijken.chooseSpeechModel', { which: 'model', dir: models.transducer }), models.transducer);
    assert.equal(cfg().inspect<string>('spraak.model')?.globalValue, models.transducer);
    assert.equal(await vscode.commands.executeCommand('kleinKijken.chooseSpeechModel', { which: 'speakers', dir: models.speakers }), models.speakers);
    assert.equal(cfg().inspect<string>('spraak.sprekersModel')?.globalValue, models.speakers);
  });

  it('speech regions become empty rows to type into, in one undoable step', async () => {
    const ws = process.env.KK_TEST_WORKSPACE ?? vscode.workspace.workspaceFolders![0]!.uri.fsPath;
    const dir = fs.mkdtempSync(path.join(ws, 'speech-regions-'));
    const talk = makeDutchSpeech(dir, 'meetypen');
    const n = (await vscode.commands.executeCommand('kleinKijken.speechRegions', vscode.Uri.file(talk.wav))) as number | null;
    assert.equal(n, talk.spans.length);
    const doc = await until('the session document', async () => (await api()).provider.documentFor(vscode.Uri.file(`${talk.wav}.kleinkijken.json`)));
    const rows = doc.session!.transcript;
    assert.equal(rows.length, talk.spans.length);
    rows.forEach((r, i) => {
      assert.equal(r.text, '');
      assert.ok(Math.abs(r.start - talk.spans[i]!.start) < 0.5 && Math.abs(r.end - talk.spans[i]!.end) < 0.5, `row ${i} [${r.start}, ${r.end}] vs ${JSON.stringify(talk.spans[i])}`);
    });
    await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
    await vscode.commands.executeCommand('undo');
    await until('undo of the rows', () => doc.session!.transcript.length === 0);
  });
});
