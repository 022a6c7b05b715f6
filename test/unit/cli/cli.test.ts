import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../../src/cli/main';
import { parseSessionText } from '../../../src/core/session/sessionFile';
import { notepadUnicode, VTT } from '../transcript/encodedTranscripts';

const ROOT = join(__dirname, '../../..');

async function cli(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (t) => out.push(t), err: (t) => err.push(t), cwd, env });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('klein-kijken CLI', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'kk-cli-'));
    copyFileSync(join(ROOT, 'media/demo/demo.mp4'), join(dir, 'gesprek.mp4'));
    copyFileSync(join(ROOT, 'media/demo/demo.vtt'), join(dir, 'gesprek.vtt'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('prints help and version, and rejects an unknown command with exit 2', async () => {
    const help = await cli(['--help'], dir);
    assert.equal(help.code, 0);
    for (const c of ['probe', 'peaks', 'proxy', 'transcript', 'new', 'validate', 'analyze', 'compare', 'questions', 'export']) assert.match(help.out, new RegExp(`\\b${c}\\b`));
    const v = await cli(['--version'], dir);
    assert.equal(v.code, 0);
    assert.equal(v.out, JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
    const bad = await cli(['frobnicate'], dir, { LANG: 'nl_NL.UTF-8' });
    assert.equal(bad.code, 2);
    assert.match(bad.err, /onbekend commando/);
    assert.equal(bad.err.split('\n').length, 1);
  });

  it('new creates a valid session with the transcript, and never overwrites it', async () => {
    const r = await cli(['new', 'gesprek.mp4', '--transcript', 'gesprek.vtt'], dir);
    assert.equal(r.code, 0, r.err);
    assert.equal(r.out, join(dir, 'gesprek.mp4.kleinkijken.json'));
    const parsed = parseSessionText(readFileSync(r.out, 'utf8'));
    assert.ok(parsed.ok);
    assert.equal(parsed.session.recording!.path, 'gesprek.mp4');
    assert.ok(parsed.session.transcript.length > 20);
    assert.ok(parsed.session.speakers.length >= 2);
    const again = await cli(['new', 'gesprek.mp4'], dir);
    assert.equal(again.code, 2);
    assert.match(again.err, /already exists|bestaat al/);
  });

  it('new reads a transcript Notepad saved as "Unicode" (UTF-16 LE) with its Dutch text whole', async () => {
    const sub = mkdtempSync(join(dir, 'utf16-'));
    copyFileSync(join(dir, 'gesprek.mp4'), join(sub, 'gesprek.mp4'));
    writeFileSync(join(sub, 'kladblok.vtt'), notepadUnicode(VTT));
    const r = await cli(['new', 'gesprek.mp4', '--transcript', 'kladblok.vtt'], sub, { LANG: 'nl_NL.UTF-8' });
    assert.equal(r.code, 0, r.err);
    assert.equal(r.err, 'kladblok.vtt: Gelezen als UTF-16 (little-endian): wat Kladblok en Word "Unicode" noemen.');
    const parsed = parseSessionText(readFileSync(r.out, 'utf8'));
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.session.transcript.map((s) => s.text), ['Hoe voelde je je daarbij, “eerlijk gezegd”?', 'Financiële zorgen… en mijn ĳsbaan-café 😶']);
    assert.deepEqual(parsed.session.speakers.map((s) => s.name).sort(), ['Anouk', 'Daan']);
  });

  it('validate exits 0 for a valid file and 2 with line and column for a broken one', async () => {
    const ok = await cli(['validate', join(ROOT, 'media/demo/demo.mp4.kleinkijken.json')], dir);
    assert.equal(ok.code, 0, ok.err);
    writeFileSync(join(dir, 'kapot.kleinkijken.json'), '{\n  "format": "klein-kijken/session",\n  "version": 1,,\n}');
    const bad = await cli(['validate', 'kapot.kleinkijken.json'], dir);
    assert.equal(bad.code, 2);
    assert.match(bad.err, /kapot\.kleinkijken\.json:3:\d+:/);
    writeFileSync(join(dir, 'schema.kleinkijken.json'), JSON.stringify({ format: 'klein-kijken/session', version: 1 }));
    const schema = await cli(['validate', 'schema.kleinkijken.json'], dir);
    assert.equal(schema.code, 2);
    assert.match(schema.err, /\.id|id/);
  });

  it('validate reports a recording path outside the session folder as an error naming the field', async () => {
    const demo = JSON.parse(readFileSync(join(ROOT, 'media/demo/demo.mp4.kleinkijken.json'), 'utf8'));
    for (const [i, p] of ['/etc/passwd', '../outside.mp4', '\\\\host\\share\\x.mp4', 'C:\\x.mp4'].entries()) {
      writeFileSync(join(dir, `pad${i}.kleinkijken.json`), JSON.stringify({ ...demo, recording: { ...demo.recording, path: p } }));
      const r = await cli(['validate', `pad${i}.kleinkijken.json`], dir, { LANG: 'nl_NL.UTF-8' });
      assert.equal(r.code, 2, p);
      assert.match(r.err, new RegExp(`pad${i}\\.kleinkijken\\.json: recording\\.path: de opname moet in de map van de sessie staan`), p);
    }
    writeFileSync(join(dir, 'padgoed.kleinkijken.json'), JSON.stringify({ ...demo, recording: { ...demo.recording, path: 'sub/gesprek.mp4' } }));
    assert.equal((await cli(['validate', 'padgoed.kleinkijken.json'], dir)).code, 0);
  });

  it('writes --out through a random exclusive temp file and replaces a symlink there instead of following it', async () => {
    const victim = join(dir, 'slachtoffer.txt');
    writeFileSync(victim, 'niet aankomen');
    symlinkSync(victim, join(dir, 'lijst.md'));
    // A planted temp name from the old predictable scheme must not be written through either.
    symlinkSync(victim, join(dir, `.lijst.md.${process.pid}.tmp`));
    const r = await cli(['questions', join(ROOT, 'media/demo/demo.mp4.kleinkijken.json'), '--out', 'lijst.md'], dir);
    assert.equal(r.code, 0, r.err);
    assert.equal(readFileSync(victim, 'utf8'), 'niet aankomen');
    assert.ok(!lstatSync(join(dir, 'lijst.md')).isSymbolicLink(), 'the link was replaced by the file');
    assert.match(readFileSync(join(dir, 'lijst.md'), 'utf8'), /\S/);
    assert.deepEqual(readdirSync(dir).filter((f) => f.startsWith('.lijst.md.') && f !== `.lijst.md.${process.pid}.tmp`), [], 'no temp file left');
  });

  it('strips terminal control characters from its messages', async () => {
    const r = await cli(['validate', 'weg\u001b[31m\u0007.kleinkijken.json'], dir);
    assert.equal(r.code, 2);
    assert.ok(![...r.err].some((ch) => ch.charCodeAt(0) < 32 && ch !== '\n'), JSON.stringify(r.err));
    assert.match(r.err, /weg\[31m\.kleinkijken\.json/);
  });

  it('the built dist/cli.js runs as a program with exit code 2 and one line on bad input', function () {
    this.timeout(60000);
    execFileSync('node', ['esbuild.js'], { cwd: ROOT, stdio: 'ignore' });
    const r = spawnSync('node', [join(ROOT, 'dist/cli.js'), 'validate', join(dir, 'does-not-exist.json')], { encoding: 'utf8' });
    assert.equal(r.status, 2);
    assert.equal(r.stderr.trim().split('\n').length, 1);
    const v = spawnSync('node', [join(ROOT, 'dist/cli.js'), '--version'], { encoding: 'utf8' });
    assert.equal(v.stdout.trim(), JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
  });
});
