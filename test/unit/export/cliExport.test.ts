import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { unzipSync } from 'fflate';
import { runCli } from '../../../src/cli/main';
import type { CliIo } from '../../../src/cli/cliCommand';
import { findSessionFiles, readSessionFiles } from '../../../src/node/sessionFiles';
import { fixtureSession, fixtureSession2 } from '../../fixtures/export/fixtureSession';
import { EAF_XSD, xmllint } from './exportTestKit';

function io(cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  const x: CliIo = { out: (t) => out.push(t), err: (t) => err.push(t), cwd, env: { LANG: 'nl_NL.UTF-8' } };
  return { io: x, out, err };
}

function tree(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'kk-cli-export-'));
  mkdirSync(path.join(dir, 'trio1'));
  mkdirSync(path.join(dir, 'node_modules', 'x'), { recursive: true });
  mkdirSync(path.join(dir, '.verborgen'));
  writeFileSync(path.join(dir, 'trio1', 'a.kleinkijken.json'), JSON.stringify(fixtureSession()));
  writeFileSync(path.join(dir, 'b.kleinkijken.json'), JSON.stringify(fixtureSession2()));
  writeFileSync(path.join(dir, 'node_modules', 'x', 'c.kleinkijken.json'), JSON.stringify(fixtureSession2()));
  writeFileSync(path.join(dir, '.verborgen', 'd.kleinkijken.json'), JSON.stringify(fixtureSession2()));
  writeFileSync(path.join(dir, 'kapot.kleinkijken.json'), '{ "format": ');
  writeFileSync(path.join(dir, 'anders.kleinkijken.json'), '{"hallo": 1}');
  return dir;
}

describe('session files on disk', () => {
  it('finds sessions recursively, skipping node_modules and dot-folders; bad files become problems', async () => {
    const dir = tree();
    const found = await findSessionFiles([dir], dir);
    assert.deepEqual(found.files.map((f) => path.relative(dir, f)).sort(), ['anders.kleinkijken.json', 'b.kleinkijken.json', 'kapot.kleinkijken.json', path.join('trio1', 'a.kleinkijken.json')].sort());
    const read = await readSessionFiles(found.files, { concurrency: 2 });
    assert.equal(read.sessions.length, 2);
    assert.equal(read.problems.length, 2);
    assert.ok(read.problems.some((p) => p.path.endsWith('kapot.kleinkijken.json') && /JSON/.test(p.message.nl)));
  });
});

describe('klein-kijken questions / export', () => {
  it('questions: writes the list, warns about bad files without failing', async () => {
    const dir = tree();
    const c = io(dir);
    const code = await runCli(['questions', '.', '--format', 'csv', '--out', 'vragen.csv'], c.io);
    assert.equal(code, 0, c.err.join('\n'));
    const csv = readFileSync(path.join(dir, 'vragen.csv'), 'utf8');
    assert.ok(csv.startsWith('\uFEFFVraag;'));
    assert.ok(csv.includes('gebeurde er precies') && csv.includes('Wat maakte dat je baalde?'));
    assert.equal(c.err.filter((l) => l.startsWith('waarschuwing:')).length, 2);
  });

  it('questions: json to stdout, and docx needs --out', async () => {
    const dir = tree();
    const c = io(dir);
    assert.equal(await runCli(['questions', 'trio1', 'b.kleinkijken.json', '--format', 'json'], c.io), 0);
    const j = JSON.parse(c.out.join(''));
    assert.equal(j.sessions, 2);
    assert.equal(j.entries[0].count, 2);
    const d = io(dir);
    assert.equal(await runCli(['questions', '.', '--format', 'docx'], d.io), 2);
    assert.equal(d.err.length, 1);
  });

  it('export: every format, with pseudonymisation', async () => {
    const dir = tree();
    for (const f of ['md', 'html', 'docx', 'csv', 'vtt', 'eaf', 'qdpx', 'qdc']) {
      const c = io(dir);
      const code = await runCli(['export', 'trio1/a.kleinkijken.json', '--format', f, '--out', `uit.${f}`, '--pseudonymise', 'roles'], c.io);
      assert.equal(code, 0, `${f}: ${c.err.join('\n')}`);
      const bytes = readFileSync(path.join(dir, `uit.${f}`));
      if (f === 'docx' || f === 'qdpx') {
        const files = unzipSync(new Uint8Array(bytes));
        const text = Object.values(files).map((u) => Buffer.from(u).toString('utf8')).join('');
        assert.ok(!text.includes('Bram'), `${f} leaks a name`);
      } else assert.ok(!bytes.toString('utf8').includes('Bram'), `${f} leaks a name`);
    }
    assert.ok(xmllint(readFileSync(path.join(dir, 'uit.eaf'), 'utf8'), EAF_XSD).ok);
  });

  it('export: bad input is exit 2 with one line; never overwrites the session', async () => {
    const dir = tree();
    const session = path.join(dir, 'b.kleinkijken.json');
    const before = readFileSync(session, 'utf8');
    for (const args of [
      ['export', 'b.kleinkijken.json', '--format', 'md', '--out', 'b.kleinkijken.json'],
      ['export', 'b.kleinkijken.json', '--format', 'pdf'],
      ['export', 'b.kleinkijken.json', '--format', 'qdpx'],
      ['export', 'kapot.kleinkijken.json', '--format', 'md'],
      ['export', 'bestaat-niet.json', '--format', 'md'],
      ['export', 'b.kleinkijken.json', '--format', 'md', '--pseudonymise', 'alles'],
      ['questions', 'trio1', '--format', 'md', '--out', 'trio1/a.kleinkijken.json'],
    ]) {
      const c = io(dir);
      assert.equal(await runCli(args, c.io), 2, args.join(' '));
      assert.equal(c.err.length, 1, args.join(' '));
      assert.ok(!c.err[0]!.includes('\n'));
    }
    assert.equal(readFileSync(session, 'utf8'), before);
    assert.ok(existsSync(path.join(dir, 'trio1', 'a.kleinkijken.json')));
    assert.ok(readFileSync(path.join(dir, 'trio1', 'a.kleinkijken.json'), 'utf8').startsWith('{'));
  });
});
