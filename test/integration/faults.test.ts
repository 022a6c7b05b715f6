// Faults a coach's laptop meets: a full disk during save, the session file deleted while open.
// Work is never lost: edits stay in the editor (and in VS Code's backup), and the banner says why.
import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { api, closeAll, demoCopy, openSession, until } from './testKit';

/** ffmpeg and ffprobe that write every call to a log, then run the real program: counts what was spawned. */
function countingFfmpeg(): { ffmpeg: string; calls: () => string[] } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kk-ffmpeg-'));
  const log = path.join(dir, 'calls.log');
  fs.writeFileSync(log, '');
  for (const tool of ['ffmpeg', 'ffprobe']) {
    const real = ['/usr/bin', '/usr/local/bin'].map((d) => path.join(d, tool)).find((p) => fs.existsSync(p));
    assert.ok(real, `${tool} is missing: sudo apt-get install -y ffmpeg`);
    fs.writeFileSync(path.join(dir, tool), `#!/bin/sh\nprintf '%s\\n' "${tool} $*" >> '${log}'\nexec '${real}' "$@"\n`, { mode: 0o755 });
  }
  return { ffmpeg: path.join(dir, 'ffmpeg'), calls: () => fs.readFileSync(log, 'utf8').split('\n').filter((l) => l && !/ -version\b/.test(l)) };
}

describe("a shared session's recording stays in its folder", function () {
  this.timeout(120000);
  const cfg = () => vscode.workspace.getConfiguration('kleinKijken');
  afterEach(async () => {
    await closeAll();
    await cfg().update('ffmpegPath', undefined, vscode.ConfigurationTarget.Global);
  });

  it('a session naming /etc/passwd, ../outside.mp4 or a network share opens with a banner and spawns no ffmpeg', async () => {
    const counter = countingFfmpeg();
    await cfg().update('ffmpegPath', counter.ffmpeg, vscode.ConfigurationTarget.Global);
    for (const [i, hostile] of ['/etc/passwd', '../outside.mp4', '\\\\host\\share\\x.mp4', '//host/share/x.mp4', '/dev/zero'].entries()) {
      const { dir, session } = demoCopy(`hostile${i}`);
      // The file `../outside.mp4` really exists: it is refused for where it is, not for being absent.
      fs.copyFileSync(path.join(dir, 'demo.mp4'), path.join(dir, '..', 'outside.mp4'));
      const json = JSON.parse(fs.readFileSync(session.fsPath, 'utf8'));
      json.recording.path = hostile;
      fs.writeFileSync(session.fsPath, JSON.stringify(json));
      const open = await openSession(session);
      const playback = open.api.services.playbackFor(open.doc);
      const banner = await until(`the banner for ${hostile}`, () => playback.problems.find((p) => p.id === 'recording-outside'));
      assert.ok(banner.actions.some((a) => a.id === 'relink' && a.label === 'Opname koppelen…'), 'the banner offers Opname koppelen…');
      assert.strictEqual(playback.state.status, 'error');
      assert.strictEqual(playback.recordingPath(), null);
      assert.ok(open.doc.session!.details.length > 0, 'the rest of the session is there');
      await closeAll();
    }
    assert.deepStrictEqual(counter.calls(), [], 'no ffmpeg or ffprobe was run for a hostile path');
    // The counter does count: a session with its recording beside it runs ffprobe/ffmpeg through it.
    // A tone of its own (not in the media cache yet), so probing and peaks really run.
    const good = demoCopy('hostile-control');
    const wav = path.join(good.dir, 'toon.wav');
    execFileSync('ffmpeg', ['-v', 'error', '-f', 'lavfi', '-i', `sine=frequency=${200 + (Date.now() % 800)}:duration=2`, '-y', wav]);
    const json = JSON.parse(fs.readFileSync(good.session.fsPath, 'utf8'));
    json.recording = { path: 'toon.wav', size: fs.statSync(wav).size, quickHash: '', durationSec: null };
    fs.writeFileSync(good.session.fsPath, JSON.stringify(json));
    const open = await openSession(good.session);
    const playback = open.api.services.playbackFor(open.doc);
    await until('the control recording ready', () => playback.state.status === 'ready', 60000);
    assert.ok(counter.calls().some((c) => c.includes('toon.wav')), `the control run was counted: ${counter.calls().join(' | ')}`);
  });

  it('a recording outside the folder plays only after the user picks it', async () => {
    const { dir, session } = demoCopy('outside-picked');
    const outside = path.join(dir, '..', `buiten-${path.basename(dir)}.mp4`);
    fs.renameSync(path.join(dir, 'demo.mp4'), outside);
    const json = JSON.parse(fs.readFileSync(session.fsPath, 'utf8'));
    json.recording.path = `../${path.basename(outside)}`;
    fs.writeFileSync(session.fsPath, JSON.stringify(json));
    const open = await openSession(session);
    const playback = open.api.services.playbackFor(open.doc);
    await until('the outside banner', () => playback.problems.find((p) => p.id === 'recording-outside'));
    await playback.link(vscode.Uri.file(outside));
    const ready = await until('playback of the picked recording', () => (playback.state.status === 'ready' ? playback.state : null), 60000);
    assert.ok(ready.viaProxy, 'played from a copy in the cache, since its folder is not a webview resource root');
    assert.strictEqual(playback.recordingPath(), fs.realpathSync(outside));
    assert.strictEqual(open.doc.session!.recording!.path, `../${path.basename(outside)}`);
  });
});

describe('faults', function () {
  this.timeout(60000);
  afterEach(closeAll);

  it('a full disk: the save fails with a clear Dutch message, the edit stays, the file is intact', async () => {
    const { session } = demoCopy('diskfull');
    const { doc, api } = await openSession(session);
    const before = fs.readFileSync(session.fsPath, 'utf8');
    doc.apply({ op: 'meta', patch: { title: 'nog niet opgeslagen' } });
    api.setSaveFaults({ afterTempWritten: () => { throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' }); } });
    try {
      await assert.rejects(Promise.resolve(api.provider.saveCustomDocument(doc, new vscode.CancellationTokenSource().token)), /schijf is vol/);
    } finally {
      api.setSaveFaults({});
    }
    const problem = api.provider.problemsFor(doc).get('save');
    assert.ok(problem && /schijf is vol/.test(problem.message), 'a banner explains it');
    assert.ok(problem.actions.some((a) => a.id === 'saveAs'));
    assert.strictEqual(fs.readFileSync(session.fsPath, 'utf8'), before);
    assert.strictEqual(doc.session!.title, 'nog niet opgeslagen');
    assert.ok(doc.isDirty);
    assert.ok(doc.backupText()!.includes('nog niet opgeslagen'), 'the backup holds the edit');
  });

  it('the session file deleted while open: a banner, the work still here, and saving writes it again', async () => {
    const { session } = demoCopy('deleted');
    const { doc, api } = await openSession(session);
    fs.rmSync(session.fsPath);
    const problem = await until('the deleted banner', () => api.provider.problemsFor(doc).get('deleted'));
    assert.ok(problem.actions.some((a) => a.id === 'saveAgain'));
    assert.ok(doc.session!.details.length > 0, 'the session is still in the editor');
    await api.provider.documentAction(doc, 'deleted', 'saveAgain');
    assert.ok(fs.existsSync(session.fsPath));
    assert.deepStrictEqual(JSON.parse(fs.readFileSync(session.fsPath, 'utf8')).details.length, doc.session!.details.length);
  });
});

describe('Restricted Mode (an untrusted folder)', function () {
  this.timeout(120000);
  const cfg = () => vscode.workspace.getConfiguration('kleinKijken');
  afterEach(async () => {
    (await api()).setTrusted(undefined);
    await closeAll();
    await cfg().update('ffmpegPath', undefined, vscode.ConfigurationTarget.Global);
  });

  it('runs no ffmpeg and reads no workspace emotion words until the folder is trusted; the rest works', async () => {
    const counter = countingFfmpeg();
    await cfg().update('ffmpegPath', counter.ffmpeg, vscode.ConfigurationTarget.Global);
    const { dir, session } = demoCopy('untrusted');
    const wav = path.join(dir, 'toon.wav');
    execFileSync('ffmpeg', ['-v', 'error', '-f', 'lavfi', '-i', `sine=frequency=${200 + ((Date.now() + 400) % 800)}:duration=2`, '-y', wav]);
    const json = JSON.parse(fs.readFileSync(session.fsPath, 'utf8'));
    json.recording = { path: 'toon.wav', size: fs.statSync(wav).size, quickHash: '', durationSec: null };
    fs.writeFileSync(session.fsPath, JSON.stringify(json));
    const lemma = `zenuwachtig${Date.now()}`;
    fs.writeFileSync(path.join(dir, 'team.emotiewoorden.json'), JSON.stringify({ words: [{ lemma, group: 'emotie' }] }));
    (await api()).setTrusted(false);
    const open = await openSession(session);
    const playback = open.api.services.playbackFor(open.doc);
    const banner = await until('the Restricted Mode banner', () => playback.problems.find((p) => p.id === 'untrusted'));
    assert.ok(banner.actions.some((x) => x.id === 'manageTrust'));
    const asIs = await until('playing the original as it is', () => (playback.state.status === 'ready' ? playback.state : null));
    assert.deepStrictEqual([asIs.viaProxy, asIs.peaks.length], [false, 0]);
    const init = (await open.api.provider.initMessage()) as { emotionWords: { words: { lemma: string }[] } };
    assert.ok(!init.emotionWords.words.some((w) => w.lemma === lemma), 'the workspace list is not read in Restricted Mode');
    // Editing still works.
    open.doc.apply({ op: 'meta', patch: { title: 'beperkte modus' } });
    assert.strictEqual(open.doc.session!.title, 'beperkte modus');
    assert.deepStrictEqual(counter.calls(), [], 'no ffmpeg or ffprobe ran in Restricted Mode');

    open.api.setTrusted(true);
    const prepared = await until('the waveform once trusted', () => (playback.state.status === 'ready' && playback.state.peaks.length > 0 ? playback.state : null), 60000);
    assert.ok(prepared.peaks.length > 0);
    assert.ok(counter.calls().some((c) => c.includes('toon.wav')), 'ffmpeg runs once the folder is trusted');
    assert.ok(!playback.problems.some((p) => p.id === 'untrusted'), 'the banner is gone');
    const trusted = await until('the workspace emotion words once trusted', async () => {
      const m = (await open.api.provider.initMessage()) as { emotionWords: { words: { lemma: string }[] } };
      return m.emotionWords.words.some((w) => w.lemma === lemma);
    });
    assert.ok(trusted);
  });
});
