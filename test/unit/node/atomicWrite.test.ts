import assert from 'node:assert/strict';
import { promises as fsp, chmodSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { atomicWrite, describeWriteError, RenameRefusedError } from '../../../src/node/atomicWrite';

const errno = (code: string) => Object.assign(new Error(`${code}: operation refused`), { code });

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

  it('keeps the permission bits the file had', async () => {
    for (const mode of [0o600, 0o640, 0o664]) {
      const f = join(dir, `m${mode.toString(8)}.json`);
      writeFileSync(f, 'old');
      chmodSync(f, mode);
      await atomicWrite(f, 'new');
      assert.equal(statSync(f).mode & 0o777, mode, mode.toString(8));
      assert.equal(readFileSync(f, 'utf8'), 'new');
    }
  });

  it('keeps a symlink a symlink and writes through to the file it points to', async () => {
    mkdirSync(join(dir, 'echt'));
    const real = join(dir, 'echt', 'a.kleinkijken.json');
    writeFileSync(real, 'old');
    chmodSync(real, 0o600);
    symlinkSync('echt/a.kleinkijken.json', join(dir, 'tussen.json'));
    symlinkSync('tussen.json', join(dir, 'link.kleinkijken.json'));
    await atomicWrite(join(dir, 'link.kleinkijken.json'), 'new');
    assert.ok(lstatSync(join(dir, 'link.kleinkijken.json')).isSymbolicLink(), 'the link is still a link');
    assert.equal(readlinkSync(join(dir, 'link.kleinkijken.json')), 'tussen.json');
    assert.equal(readFileSync(real, 'utf8'), 'new');
    assert.equal(statSync(real).mode & 0o777, 0o600);
    assert.deepEqual(readdirSync(join(dir, 'echt')), ['a.kleinkijken.json'], 'no temp file left beside the target');
  });

  it('on Windows, retries a rename refused because another program holds the file', async () => {
    const f = join(dir, 'a.json');
    writeFileSync(f, 'old');
    let calls = 0;
    const rename = async (a: string, b: string) => {
      if (++calls <= 2) throw errno('EBUSY');
      await fsp.rename(a, b);
    };
    await atomicWrite(f, 'new', { rename }, 'win32');
    assert.equal(calls, 3);
    assert.equal(readFileSync(f, 'utf8'), 'new');
  });

  it('on Windows, a rename that stays refused is explained as a held file, not as read-only', async () => {
    const f = join(dir, 'a.json');
    writeFileSync(f, 'old');
    for (const code of ['EPERM', 'EACCES', 'EBUSY']) {
      let calls = 0;
      const rename = async () => {
        calls++;
        throw errno(code);
      };
      const err = await atomicWrite(f, 'new', { rename }, 'win32').then(() => null, (e: unknown) => e);
      assert.ok(err instanceof RenameRefusedError, code);
      assert.ok(calls > 1, 'it was retried');
      assert.match(describeWriteError(err).nl, /OneDrive/);
      assert.doesNotMatch(describeWriteError(err).nl, /alleen-lezen/);
      assert.equal(readFileSync(f, 'utf8'), 'old');
      assert.deepEqual(readdirSync(dir), ['a.json'], 'the temp file is removed');
    }
  });

  it('elsewhere, a refused rename is not retried as if a program held it', async () => {
    const f = join(dir, 'a.json');
    writeFileSync(f, 'old');
    let calls = 0;
    const rename = async () => {
      calls++;
      throw errno('EPERM');
    };
    await assert.rejects(atomicWrite(f, 'new', { rename }, 'linux'), (e) => !(e instanceof RenameRefusedError) && /alleen-lezen/.test(describeWriteError(e).nl));
    assert.equal(calls, 1);
  });
});
