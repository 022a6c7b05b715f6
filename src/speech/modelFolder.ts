/**
 * Checks a folder the user chose as a speech model: which engine it is for (transducer such as
 * Parakeet, Whisper, NeMo CTC, or speaker separation), that the files it needs are there and look
 * like ONNX, and for the models we list, their sizes and SHA-256. Returns the file paths the
 * engine config needs, or a Dutch + English problem that names what is missing or wrong.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { LocalText } from '../core/session/model';
import { MODEL_CATALOG, type CatalogModel, type ModelKind } from './modelCatalog';

export type RecognizerConfig =
  | { kind: 'transducer'; encoder: string; decoder: string; joiner: string; tokens: string; /** NeMo (Parakeet) rather than icefall. */ nemo: boolean }
  | { kind: 'whisper'; encoder: string; decoder: string; tokens: string }
  | { kind: 'nemoCtc'; model: string; tokens: string };

export interface SpeakerConfig {
  kind: 'diarization';
  segmentation: string;
  embedding: string;
}

export type ModelFolderResult =
  | { ok: true; kind: 'recognizer'; dir: string; config: RecognizerConfig; /** The listed models whose files are here (a speaker folder holds two). */ catalogIds: string[]; /** Files whose checksum was not checked (unknown, or skipped). */ unverified: string[] }
  | { ok: true; kind: 'speakers'; dir: string; config: SpeakerConfig; /** The listed models whose files are here (a speaker folder holds two). */ catalogIds: string[]; /** Files whose checksum was not checked (unknown, or skipped). */ unverified: string[] }
  | { ok: false; problem: LocalText };

export interface InspectOptions {
  /** What the caller needs; a folder of the other kind is a problem. */
  expect?: ModelKind;
  /** Hash catalogued files (default true). The pipeline skips it: the picker checked already. */
  verifyChecksums?: boolean;
  catalog?: readonly CatalogModel[];
}

const fail = (nl: string, en: string): ModelFolderResult => ({ ok: false, problem: { nl, en } });

/** The int8 file when both exist (smaller, faster, what the catalogue lists). */
function pick(files: readonly string[], re: RegExp): string | null {
  const hits = files.filter((f) => re.test(f)).sort((a, b) => Number(b.includes('.int8.')) - Number(a.includes('.int8.')) || a.length - b.length);
  return hits[0] ?? null;
}

/** sherpa-onnx names Whisper exports after the size: small-encoder.onnx, turbo-encoder.int8.onnx. */
const WHISPER_NAME = /whisper|tiny|base|small|medium|large|turbo|distil/i;

const RE = {
  encoder: /(^|[-_.])encoder([-_.].*)?\.onnx$/i,
  decoder: /(^|[-_.])decoder([-_.].*)?\.onnx$/i,
  joiner: /(^|[-_.])joiner([-_.].*)?\.onnx$/i,
  tokens: /(^|[-_.])tokens\.txt$/i,
  ctc: /^model(\.int8)?\.onnx$/i,
  segmentation: /(seg|pyannote)[^/]*\.onnx$/i,
  embedding: /(emb|speaker|eres2net|campplus|wespeaker|resnet|titanet)[^/]*\.onnx$/i,
};

/** An ONNX file is a protobuf ModelProto; its first field (ir_version) is tag byte 0x08. */
async function looksLikeOnnx(file: string): Promise<boolean> {
  const fh = await fs.promises.open(file, 'r');
  try {
    const b = Buffer.alloc(1);
    const { bytesRead } = await fh.read(b, 0, 1, 0);
    return bytesRead === 1 && b[0] === 0x08;
  } finally {
    await fh.close();
  }
}

/** Streams the file through SHA-256 (model files are hundreds of MB). */
export function sha256File(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const h = createHash('sha256');
    fs.createReadStream(file, { highWaterMark: 1 << 20 })
      .on('data', (c) => h.update(c))
      .on('error', reject)
      .on('end', () => resolve(h.digest('hex')));
  });
}

/** NeMo puts the blank token last in tokens.txt, icefall first. */
function nemoTokens(tokensFile: string): boolean {
  const lines = fs.readFileSync(tokensFile, 'utf8').trim().split('\n');
  return /^<blk>\s/.test(lines[lines.length - 1] ?? '') && !/^<blk>\s/.test(lines[0] ?? '');
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await fs.promises.readdir(dir, { withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => e.name);
}

export async function inspectModelFolder(dirIn: string, options: InspectOptions = {}): Promise<ModelFolderResult> {
  let dir = path.resolve(dirIn);
  let st: fs.Stats;
  try {
    st = await fs.promises.stat(dir);
  } catch {
    return fail(`De map voor het spraakmodel bestaat niet: ${dir}`, `The speech model folder does not exist: ${dir}`);
  }
  if (!st.isDirectory()) return fail(`Kies een map, geen bestand: ${dir}`, `Choose a folder, not a file: ${dir}`);
  let files = await listFiles(dir);
  // An unpacked archive often holds one folder with the model inside: look in it.
  if (!files.some((f) => f.endsWith('.onnx'))) {
    const sub = (await fs.promises.readdir(dir, { withFileTypes: true })).filter((e) => e.isDirectory());
    if (sub.length === 1) {
      dir = path.join(dir, sub[0]!.name);
      files = await listFiles(dir);
    }
  }
  const at = (f: string) => path.join(dir, f);
  const found = Object.fromEntries(Object.entries(RE).map(([k, re]) => [k, pick(files, re)])) as Record<keyof typeof RE, string | null>;
  const missing = (names: string[]): ModelFolderResult =>
    fail(`In ${dir} ontbreekt ${names.join(' en ')}. Kies de map waarin de modelbestanden staan (of download het model opnieuw).`, `${dir} lacks ${names.join(' and ')}. Choose the folder that holds the model files (or download the model again).`);

  let result: ModelFolderResult;
  const recogniser = found.encoder || found.decoder || found.joiner || (found.ctc && found.tokens);
  if (recogniser && (found.joiner || (found.encoder && found.decoder && found.tokens && !WHISPER_NAME.test(found.encoder)))) {
    const need = [!found.encoder && 'encoder.onnx', !found.decoder && 'decoder.onnx', !found.joiner && 'joiner.onnx', !found.tokens && 'tokens.txt'].filter((x): x is string => !!x);
    if (need.length) return missing(need);
    result = { ok: true, kind: 'recognizer', dir, config: { kind: 'transducer', encoder: at(found.encoder!), decoder: at(found.decoder!), joiner: at(found.joiner!), tokens: at(found.tokens!), nemo: nemoTokens(at(found.tokens!)) }, catalogIds: [], unverified: [] };
  } else if (recogniser && (found.encoder || found.decoder)) {
    const need = [!found.encoder && 'encoder.onnx', !found.decoder && 'decoder.onnx', !found.tokens && 'tokens.txt'].filter((x): x is string => !!x);
    if (need.length) return missing(need);
    result = { ok: true, kind: 'recognizer', dir, config: { kind: 'whisper', encoder: at(found.encoder!), decoder: at(found.decoder!), tokens: at(found.tokens!) }, catalogIds: [], unverified: [] };
  } else if (recogniser) {
    result = { ok: true, kind: 'recognizer', dir, config: { kind: 'nemoCtc', model: at(found.ctc!), tokens: at(found.tokens!) }, catalogIds: [], unverified: [] };
  } else if (found.segmentation || found.embedding) {
    // pyannote's own archive calls the segmentation model model.onnx.
    const segmentation = found.segmentation ?? found.ctc;
    const embedding = pick(files.filter((f) => f !== segmentation), RE.embedding);
    if (!segmentation || !embedding) {
      const nl = [!segmentation && 'een segmentatiemodel (pyannote)', !embedding && 'een sprekermodel (stemkenmerken, embedding)'].filter(Boolean).join(' en ');
      const en = [!segmentation && 'a segmentation model (pyannote)', !embedding && 'a speaker-embedding model'].filter(Boolean).join(' and ');
      return fail(`In ${dir} ontbreekt ${nl}; beide horen in dezelfde map.`, `${dir} lacks ${en}; both belong in the same folder.`);
    }
    result = { ok: true, kind: 'speakers', dir, config: { kind: 'diarization', segmentation: at(segmentation), embedding: at(embedding) }, catalogIds: [], unverified: [] };
  } else if (found.ctc) {
    return missing(['tokens.txt']);
  } else {
    return fail(`In ${dir} staat geen spraakmodel: geen .onnx-bestanden die Klein Kijken kent (encoder/decoder/joiner, model.onnx of een sprekermodel).`, `${dir} holds no speech model: no .onnx files Klein Kijken knows (encoder/decoder/joiner, model.onnx or a speaker model).`);
  }

  if (options.expect && options.expect !== result.kind) {
    return options.expect === 'recognizer'
      ? fail(`${dir} bevat sprekermodellen (wie spreekt wanneer), geen spraakherkenningsmodel.`, `${dir} holds speaker models (who speaks when), not a speech recognition model.`)
      : fail(`${dir} bevat een spraakherkenningsmodel, geen sprekermodellen.`, `${dir} holds a speech recognition model, not speaker models.`);
  }

  const used = Object.values(result.config).filter((v): v is string => typeof v === 'string' && v.startsWith(dir));
  for (const file of used.filter((f) => f.endsWith('.onnx'))) {
    const name = path.basename(file);
    const size = (await fs.promises.stat(file)).size;
    if (size === 0 || !(await looksLikeOnnx(file))) {
      return fail(`${name} in ${dir} is beschadigd of geen ONNX-model. Download het model opnieuw.`, `${name} in ${dir} is damaged or not an ONNX model. Download the model again.`);
    }
  }
  return checkCatalogue(result, files, options);
}

/** For a folder that holds listed models: every size, and (unless skipped) every SHA-256. */
async function checkCatalogue(result: Extract<ModelFolderResult, { ok: true }>, files: readonly string[], options: InspectOptions): Promise<ModelFolderResult> {
  const catalog = options.catalog ?? MODEL_CATALOG;
  const models = catalog.filter((m) => m.kind === result.kind && m.files.every((f) => files.includes(f.name)));
  const unverified: string[] = [];
  for (const model of models) {
    for (const f of model.files) {
      const file = path.join(result.dir, f.name);
      const size = (await fs.promises.stat(file)).size;
      if (f.bytes !== null && size !== f.bytes) {
        return fail(`${f.name} is ${size} bytes, maar bij ${model.label.nl.split(' — ')[0]} hoort ${f.bytes} bytes: het bestand is onvolledig of anders. Download het model opnieuw.`, `${f.name} is ${size} bytes, but ${model.label.en.split(' — ')[0]} has ${f.bytes} bytes: the file is incomplete or different. Download the model again.`);
      }
      if (f.sha256 === null || options.verifyChecksums === false) {
        unverified.push(f.name);
        continue;
      }
      if ((await sha256File(file)) !== f.sha256) {
        return fail(`${f.name} heeft niet de controlesom (SHA-256) van ${model.label.nl.split(' — ')[0]}: het bestand is beschadigd of anders. Download het model opnieuw.`, `${f.name} does not have the checksum (SHA-256) of ${model.label.en.split(' — ')[0]}: the file is damaged or different. Download the model again.`);
      }
    }
  }
  return { ...result, catalogIds: models.map((m) => m.id), unverified };
}
