import assert from 'node:assert/strict';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { atomicWrite, describeWriteError } from '../../../src/node/atomicWrite';

describe('atomicWrite', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'kk-atomic-'))));
  afterEach(() => {
    chmodSync(dir, 0o755);
    rmSync(dir, { recursive: true, force: true });
  });

  it('replaces the content', async () => {
    const f = join(dir, 'a.kleinkijken.json');
    writeFileSync(f, 'old');
    await atomicWrite(f, 'new ë');
    assert.equal(readFileSync(f, 'utf8'), 'new ë');
    assert.deepEqual(readdirSync(dir), ['a.kleinkijken.json']);
  });

  it('leaves the previous file intact when the save crashes midway, and no temp file behind', async () => {
    const f = join(dir, 'a.kleinkijken.json');
    writeFileSync(f, 'previous');
    await assert.rejects(
      atomicWrite(f, 'half', { afterTempWritten: () => { throw new Error('crash'); } }),
      /crash/,
    );
    assert.equal(readFileSync(f, 'utf8'), 'previous');
    assert.deepEqual(readdirSync(dir), ['a.kleinkijken.json']);
  });

  it('fails with a clear reason in a read-only folder and keeps the old file', async function () {
    if (process.getuid?.() === 0) {
      // root ignores permission bits; simulate with a folder that does not exist instead
      await assert.rejects(atomicWrite(join(dir, 'gone', 'x.json'), 'x'), (e) => /bestaat niet meer/.test(describeWriteError(e).nl));
      return;
    }
    const f = join(dir, 'a.json');
    writeFileSync(f, 'keep');
    chmodSync(dir, 0o555);
    await assert.rejects(atomicWrite(f, 'x'), (e) => /alleen-lezen/.test(describeWriteError(e).nl));
    assert.equal(readFileSync(f, 'utf8'), 'keep');
  });

  it('says what a full disk means for the user', () => {
    const e = Object.assign(new Error('no space'), { code: 'ENOSPC' });
    assert.match(describeWriteError(e).nl, /schijf is vol/);
    assert.match(describeWriteError(e).en, /disk is full/);
  });
});
