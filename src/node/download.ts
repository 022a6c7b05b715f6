import { createHash } from 'node:crypto';
import { createWriteStream, promises as fs } from 'node:fs';
import * as http from 'node:http';
import * as https from 'node:https';
import { join } from 'node:path';
import type { LocalText } from '../core/session/model';
import { runProcess } from '../media/runProcess';

/**
 * The one network access in the whole extension: downloading a speech model the user chose, after
 * they agreed. No vscode here, so it is unit-tested against a local server. Each file goes to
 * `<name>.part` first and is renamed when complete and (where a checksum is known) verified, so a
 * model folder never holds half a file under the real name.
 */
export interface DownloadFile {
  name: string;
  url: string;
  /** What comes over the wire (the archive's size for an archive); 0 when unknown. */
  sizeBytes: number;
  /** Of the file itself (after unpacking, for an archive); null when unknown. */
  sha256: string | null;
  /** The file is published only inside a .tar.bz2 at `url`: its checksum and the file's path in it. */
  archive?: { sha256: string | null; member: string };
}

export interface DownloadOptions {
  /** Asked before anything is requested; without a yes nothing leaves this computer. */
  consent: () => Promise<boolean>;
  destDir: string;
  /** Bytes done and expected over all files (expected from the catalogue, else from the server). */
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
  maxRedirects?: number;
  /** A connection that sends nothing for this long is given up. */
  idleTimeoutMs?: number;
}

export type DownloadFailure = 'declined' | 'cancelled' | 'checksum' | 'http' | 'network' | 'redirects' | 'insecure';
export type DownloadResult = { ok: true; files: string[] } | { ok: false; reason: DownloadFailure; problem: LocalText };

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

class Failure extends Error {
  constructor(
    readonly reason: DownloadFailure,
    readonly problem: LocalText,
  ) {
    super(problem.en);
  }
}

/**
 * Plain http is refused except on this computer's own loopback address (the tests' local server):
 * a model fetched over the internet comes over https, with its certificate checked by Node.
 */
function checkedUrl(raw: string): URL {
  const u = new URL(raw);
  const loopback = u.hostname === '127.0.0.1' || u.hostname === 'localhost' || u.hostname === '[::1]';
  if (u.protocol === 'https:' || (u.protocol === 'http:' && loopback)) return u;
  throw new Failure('insecure', { nl: `Niet gedownload: ${u.host} biedt geen beveiligde verbinding (https).`, en: `Not downloaded: ${u.host} offers no secure connection (https).` });
}

function get(url: URL, signal: AbortSignal | undefined, idleMs: number): Promise<http.IncomingMessage> {
  return new Promise((resolve, reject) => {
    const lib = url.protocol === 'https:' ? https : http;
    const req = lib.get(url, { signal, headers: { 'user-agent': 'klein-kijken' } }, resolve);
    req.setTimeout(idleMs, () => req.destroy(new Error(`no answer from ${url.host} for ${idleMs / 1000} s`)));
    req.on('error', reject);
  });
}

/** Follows redirects up to a bound; a loop or a long chain is an error, not a hang. */
async function open(raw: string, opts: DownloadOptions): Promise<http.IncomingMessage> {
  const max = opts.maxRedirects ?? 5;
  let url = checkedUrl(raw);
  for (let hop = 0; ; hop++) {
    const res = await get(url, opts.signal, opts.idleTimeoutMs ?? 60_000);
    const status = res.statusCode ?? 0;
    if (REDIRECTS.has(status) && res.headers.location) {
      res.resume();
      if (hop >= max) throw new Failure('redirects', { nl: `Niet gedownload: ${url.host} stuurt meer dan ${max} keer door.`, en: `Not downloaded: ${url.host} redirects more than ${max} times.` });
      url = checkedUrl(new URL(res.headers.location, url).toString());
      continue;
    }
    if (status !== 200) {
      res.resume();
      throw new Failure('http', { nl: `Niet gedownload: ${url.host} antwoordt met ${status} voor ${url.pathname}.`, en: `Not downloaded: ${url.host} answers ${status} for ${url.pathname}.` });
    }
    return res;
  }
}

function mismatch(name: string): Failure {
  return new Failure('checksum', {
    nl: `${name} is niet goed aangekomen (de controlesom klopt niet) en is weer verwijderd. Probeer het later opnieuw.`,
    en: `${name} did not arrive intact (the checksum does not match) and was deleted again. Try again later.`,
  });
}

/** Streams a response to a file, hashing on the way; a broken or cancelled transfer leaves no file. */
async function save(res: http.IncomingMessage, file: string, progress: (n: number) => void): Promise<string> {
  const hash = createHash('sha256');
  try {
    await new Promise<void>((resolve, reject) => {
      const out = createWriteStream(file);
      res.on('data', (chunk: Buffer) => {
        hash.update(chunk);
        progress(chunk.length);
      });
      res.on('error', reject);
      res.on('close', () => res.complete || reject(new Error('connection closed early')));
      out.on('error', reject);
      out.on('finish', resolve);
      res.pipe(out);
    });
  } catch (e) {
    await fs.rm(file, { force: true });
    throw e;
  }
  return hash.digest('hex');
}

/** Only for files unpacked from an archive, which are small (a 6 MB segmentation model). */
function sha256Of(file: string): Promise<string> {
  return fs.readFile(file).then((b) => createHash('sha256').update(b).digest('hex'));
}

/** Takes one file out of a downloaded .tar.bz2 with the system's tar (bsdtar on Windows 10+). */
async function unpack(archive: string, member: string, into: string, signal: AbortSignal | undefined): Promise<string> {
  const tmp = `${into}.unpack`;
  await fs.rm(tmp, { recursive: true, force: true });
  await fs.mkdir(tmp, { recursive: true });
  try {
    const r = await runProcess('tar', ['-xjf', archive, '-C', tmp, member], { signal, timeoutMs: 10 * 60_000 });
    if (r.spawnError || r.code !== 0) throw new Error(`tar: ${r.spawnError?.message ?? r.stderr.trim().split('\n').pop() ?? `code ${r.code}`}`);
    await fs.rename(join(tmp, member), into);
    return into;
  } finally {
    await fs.rm(tmp, { recursive: true, force: true });
  }
}

async function fetchOne(f: DownloadFile, opts: DownloadOptions, progress: (n: number) => void, expectTotal: (n: number) => void): Promise<string> {
  const target = join(opts.destDir, f.name);
  const part = `${target}.part`;
  const res = await open(f.url, opts);
  const length = Number(res.headers['content-length']);
  if (!f.sizeBytes && Number.isFinite(length)) expectTotal(length);
  if (f.archive) {
    const archive = `${target}.tar.bz2.part`;
    try {
      const got = await save(res, archive, progress);
      if (f.archive.sha256 && got !== f.archive.sha256.toLowerCase()) throw mismatch(f.name);
      await unpack(archive, f.archive.member, part, opts.signal);
    } finally {
      await fs.rm(archive, { force: true });
    }
  } else {
    const got = await save(res, part, progress);
    if (f.sha256 && got !== f.sha256.toLowerCase()) {
      await fs.rm(part, { force: true });
      throw mismatch(f.name);
    }
  }
  if (f.archive && f.sha256 && (await sha256Of(part)) !== f.sha256.toLowerCase()) {
    await fs.rm(part, { force: true });
    throw mismatch(f.name);
  }
  await fs.rename(part, target);
  return target;
}

const safeName = (n: string) => n !== '' && !/[\\/]/.test(n) && n !== '.' && n !== '..';

/**
 * Asks for consent, then downloads the files one after another into `destDir`. On cancel or any
 * failure the files of this run are removed again (half a model is of no use) and the reason is
 * given in Dutch and English.
 */
export async function downloadFiles(files: readonly DownloadFile[], opts: DownloadOptions): Promise<DownloadResult> {
  if (!files.every((f) => safeName(f.name))) throw new Error('a download file name must be a plain file name');
  if (!(await opts.consent())) return { ok: false, reason: 'declined', problem: { nl: 'Niet gedownload: je gaf geen toestemming.', en: 'Not downloaded: you did not agree.' } };
  await fs.mkdir(opts.destDir, { recursive: true });
  let total = files.reduce((a, f) => a + f.sizeBytes, 0);
  let done = 0;
  const written: string[] = [];
  try {
    for (const f of files) {
      const path = await fetchOne(
        f,
        opts,
        (n) => {
          done += n;
          opts.onProgress?.(done, Math.max(total, done));
        },
        (n) => (total += n),
      );
      written.push(path);
    }
    return { ok: true, files: written };
  } catch (e) {
    await Promise.all(written.map((p) => fs.rm(p, { force: true })));
    if (opts.signal?.aborted) return { ok: false, reason: 'cancelled', problem: { nl: 'Download geannuleerd; er is niets bewaard.', en: 'Download cancelled; nothing was kept.' } };
    if (e instanceof Failure) return { ok: false, reason: e.reason, problem: e.problem };
    const msg = (e as Error).message;
    return { ok: false, reason: 'network', problem: { nl: `De download is mislukt (${msg}). Er is niets bewaard.`, en: `The download failed (${msg}). Nothing was kept.` } };
  }
}
