import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { downloadFiles, type DownloadFile } from '../../../src/node/download';

/** A real HTTP server on 127.0.0.1 that serves a model file, slowly when asked, and logs every request. */
function startServer(): Promise<{ base: string; seen: string[]; close(): Promise<void> }> {
  const body = Buffer.alloc(256 * 1024, 7);
  const seen: string[] = [];
  const server = http.createServer((req, res) => {
    seen.push(req.url!);
    const u = new URL(req.url!, 'http://x');
    if (u.pathname === '/model.onnx') {
      res.writeHead(200, { 'content-length': body.length });
      res.end(body);
    } else if (u.pathname === '/slow.onnx') {
      // 64 KiB every 50 ms: long enough to cancel halfway.
      res.writeHead(200, { 'content-length': body.length * 8 });
      let sent = 0;
      const tick = setInterval(() => {
        if (res.destroyed || sent >= 32) return clearInterval(tick);
        res.write(body.subarray(0, 64 * 1024));
        sent++;
      }, 50);
      res.on('close', () => clearInterval(tick));
    } else if (u.pathname === '/model.tar.bz2') {
      res.writeHead(200, { 'content-length': archive().length });
      res.end(archive());
    } else if (u.pathname.startsWith('/hop/')) {
      const n = Number(u.pathname.slice(5));
      res.writeHead(302, { location: n > 0 ? `/hop/${n - 1}` : '/model.onnx' });
      res.end();
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ base: `http://127.0.0.1:${port}`, seen, close: () => new Promise((r) => server.close(() => r())) });
    }),
  );
}

/** A real .tar.bz2 (system tar) holding seg/model.onnx, as sherpa-onnx publishes segmentation models. */
let tarball: Buffer | null = null;
function archive(): Buffer {
  if (tarball) return tarball;
  const src = mkdtempSync(join(tmpdir(), 'kk-tar-'));
  mkdirSync(join(src, 'seg'));
  writeFileSync(join(src, 'seg', 'model.onnx'), Buffer.alloc(256 * 1024, 7));
  writeFileSync(join(src, 'seg', 'README.md'), 'not wanted');
  const r = spawnSync('tar', ['-cjf', join(src, 'm.tar.bz2'), '-C', src, 'seg'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`tar with bzip2 is required — install with: sudo apt-get install -y tar bzip2 (${r.stderr})`);
  tarball = readFileSync(join(src, 'm.tar.bz2'));
  rmSync(src, { recursive: true, force: true });
  return tarball;
}

const SHA = createHash('sha256').update(Buffer.alloc(256 * 1024, 7)).digest('hex');

describe('speech model download (local HTTP server)', function () {
  this.timeout(20000);
  let srv: Awaited<ReturnType<typeof startServer>>;
  let dir: string;
  beforeEach(async () => {
    srv = await startServer();
    dir = mkdtempSync(join(tmpdir(), 'kk-dl-'));
  });
  afterEach(async () => {
    await srv.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const file = (path: string, sha256: string | null = SHA, sizeBytes = 256 * 1024): DownloadFile => ({ name: 'model.onnx', url: srv.base + path, sizeBytes, sha256 });

  it('asks first: without consent the server sees no request and nothing is written', async () => {
    const r = await downloadFiles([file('/model.onnx')], { consent: async () => false, destDir: join(dir, 'm') });
    assert.equal(r.ok, false);
    assert.equal(!r.ok && r.reason, 'declined');
    assert.match(!r.ok ? r.problem.nl : '', /geen toestemming/);
    assert.deepEqual(srv.seen, []);
    assert.equal(existsSync(join(dir, 'm')), false);
  });

  it('with consent: downloads, reports progress up to the full size, and checks the sha256', async () => {
    const steps: [number, number][] = [];
    const r = await downloadFiles([file('/model.onnx')], { consent: async () => true, destDir: dir, onProgress: (d, t) => steps.push([d, t]) });
    assert.equal(r.ok, true, JSON.stringify(r));
    assert.equal(createHash('sha256').update(readFileSync(join(dir, 'model.onnx'))).digest('hex'), SHA);
    assert.ok(steps.length >= 1);
    assert.deepEqual(steps.at(-1), [256 * 1024, 256 * 1024]);
    for (let i = 1; i < steps.length; i++) assert.ok(steps[i]![0] >= steps[i - 1]![0]);
    assert.deepEqual(readdirSync(dir), ['model.onnx']);
  });

  it('a checksum mismatch deletes the file and says so in Dutch', async () => {
    const r = await downloadFiles([file('/model.onnx', 'ab'.repeat(32))], { consent: async () => true, destDir: dir });
    assert.equal(!r.ok && r.reason, 'checksum');
    assert.match(!r.ok ? r.problem.nl : '', /controlesom klopt niet.*verwijderd/);
    assert.deepEqual(readdirSync(dir), []);
  });

  it('cancel halfway leaves no file behind', async () => {
    const ac = new AbortController();
    let seenBytes = 0;
    const r = await downloadFiles([{ ...file('/slow.onnx', null), sizeBytes: 0 }], {
      consent: async () => true,
      destDir: dir,
      signal: ac.signal,
      onProgress: (d) => {
        seenBytes = d;
        if (d >= 128 * 1024) ac.abort();
      },
    });
    assert.equal(!r.ok && r.reason, 'cancelled');
    assert.ok(seenBytes >= 128 * 1024 && seenBytes < 2 * 1024 * 1024);
    assert.deepEqual(readdirSync(dir), []);
  });

  it('follows redirects within the bound and refuses a longer chain', async () => {
    const ok = await downloadFiles([file('/hop/3')], { consent: async () => true, destDir: dir, maxRedirects: 5 });
    assert.equal(ok.ok, true);
    assert.deepEqual(srv.seen, ['/hop/3', '/hop/2', '/hop/1', '/hop/0', '/model.onnx']);
    rmSync(join(dir, 'model.onnx'));
    const tooMany = await downloadFiles([file('/hop/9')], { consent: async () => true, destDir: dir, maxRedirects: 5 });
    assert.equal(!tooMany.ok && tooMany.reason, 'redirects');
    assert.deepEqual(readdirSync(dir), []);
  });

  it('an error status and a plain-http address elsewhere are refused with a reason', async () => {
    const missing = await downloadFiles([file('/nothing.onnx')], { consent: async () => true, destDir: dir });
    assert.equal(!missing.ok && missing.reason, 'http');
    assert.match(!missing.ok ? missing.problem.nl : '', /404/);
    const insecure = await downloadFiles([{ ...file('/model.onnx'), url: 'http://example.invalid/model.onnx' }], { consent: async () => true, destDir: dir });
    assert.equal(!insecure.ok && insecure.reason, 'insecure');
  });

  it('takes one file out of a .tar.bz2, checking the archive and the file', async () => {
    const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
    const f: DownloadFile = { name: 'pyannote.onnx', url: `${srv.base}/model.tar.bz2`, sizeBytes: archive().length, sha256: SHA, archive: { sha256: sha(archive()), member: 'seg/model.onnx' } };
    const r = await downloadFiles([f], { consent: async () => true, destDir: dir });
    assert.equal(r.ok, true, JSON.stringify(r));
    assert.deepEqual(readdirSync(dir), ['pyannote.onnx']);
    assert.equal(sha(readFileSync(join(dir, 'pyannote.onnx'))), SHA);
    rmSync(join(dir, 'pyannote.onnx'));
    const bad = await downloadFiles([{ ...f, archive: { sha256: 'cd'.repeat(32), member: 'seg/model.onnx' } }], { consent: async () => true, destDir: dir });
    assert.equal(!bad.ok && bad.reason, 'checksum');
    assert.deepEqual(readdirSync(dir), []);
  });
});
