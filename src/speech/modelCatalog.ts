/**
 * The speech models Klein Kijken lists for the user to choose and (optionally) download. Nothing
 * here touches the network: it is a list of addresses, sizes, licences and checksums.
 *
 * Where a size or checksum comes from is noted per model; a value we could not establish is
 * `null`, never a guess (the folder check then skips it and says so).
 */
import type { LocalText } from '../core/session/model';

export type ModelKind = 'recognizer' | 'speakers';
export type EngineKind = 'transducer' | 'whisper' | 'nemoCtc' | 'diarization';

export interface ModelFile {
  /** File name inside the model folder. */
  name: string;
  /** Where the download command fetches it (https only). */
  url: string;
  bytes: number | null;
  sha256: string | null;
  /**
   * Set when the file is only published inside a .tar.bz2 (then `url` is the archive's address):
   * the archive's own size and checksum, and the file's path inside it. `bytes`/`sha256` above
   * are the unpacked file's.
   */
  archive?: { bytes: number | null; sha256: string | null; member: string };
}

export interface CatalogModel {
  id: string;
  label: LocalText;
  kind: ModelKind;
  engine: EngineKind;
  licence: string;
  /** Model card / licence page, shown before consent. */
  homepage: string;
  files: ModelFile[];
  /** Roughly how much is downloaded, for the consent dialog even where exact sizes are unknown. */
  approxMB: number;
  /** Dutch accuracy and speed as published (never measured here), and where the numbers come from. */
  note: LocalText;
}

const HF = 'https://huggingface.co/csukuangfj';
/** The Parakeet files at the commit whose sizes and checksums are listed below. */
const PARAKEET = `${HF}/sherpa-onnx-nemo-parakeet-tdt-0.6b-v3-int8/resolve/2bda32ec70b097a55adaa07d9a7173915b43cc78`;
const SHERPA_RELEASES = 'https://github.com/k2-fsa/sherpa-onnx/releases/download';

/**
 * Sources of the numbers (checked 2026-11-29 with the documentation search; nothing downloaded):
 * - Parakeet: byte sizes and SHA-256 as listed by a public mirror that states it holds unchanged
 *   copies of csukuangfj/sherpa-onnx-nemo-parakeet-tdt-0.6b-v3-int8 at commit 2bda32ec…; the sizes
 *   agree with a second mirror's listing (652 MB / 11.8 MB / 6.36 MB / 93.9 kB).
 * - pyannote segmentation 3.0 and WeSpeaker CAM++: byte sizes and SHA-256 as listed by a public
 *   byte-for-byte mirror of the sherpa-onnx release assets (the archive's size and checksum agree
 *   with a second mirror).
 * - Whisper small / large-v3-turbo: only rounded sizes are published on the model pages; exact
 *   bytes and SHA-256 are unknown here, so they are null (the check then only looks at the files'
 *   presence, and the download cannot verify them: the download command must say so).
 */
export const MODEL_CATALOG: readonly CatalogModel[] = [
  {
    id: 'parakeet-tdt-0.6b-v3-int8',
    label: { nl: 'NVIDIA Parakeet TDT 0.6B v3 (int8) — Nederlands en 24 andere Europese talen', en: 'NVIDIA Parakeet TDT 0.6B v3 (int8) — Dutch and 24 other European languages' },
    kind: 'recognizer',
    engine: 'transducer',
    licence: 'CC-BY-4.0',
    homepage: 'https://huggingface.co/nvidia/parakeet-tdt-0.6b-v3',
    approxMB: 670,
    files: [
      { name: 'encoder.int8.onnx', url: `${PARAKEET}/encoder.int8.onnx`, bytes: 652_184_281, sha256: 'acfc2b4456377e15d04f0243af540b7fe7c992f8d898d751cf134c3a55fd2247' },
      { name: 'decoder.int8.onnx', url: `${PARAKEET}/decoder.int8.onnx`, bytes: 11_845_275, sha256: '179e50c43d1a9de79c8a24149a2f9bac6eb5981823f2a2ed88d655b24248db4e' },
      { name: 'joiner.int8.onnx', url: `${PARAKEET}/joiner.int8.onnx`, bytes: 6_355_277, sha256: '3164c13fc2821009440d20fcb5fdc78bff28b4db2f8d0f0b329101719c0948b3' },
      { name: 'tokens.txt', url: `${PARAKEET}/tokens.txt`, bytes: 93_939, sha256: 'd58544679ea4bc6ac563d1f545eb7d474bd6cfa467f0a6e2c1dc1c7d37e3c35d' },
    ],
    note: {
      nl: 'Gepubliceerd: ongeveer 6% woordfouten op Nederlandse voorgelezen spraak (Common Voice 17); met leestekens, hoofdletters en woordtijden. Echte gesprekken op een telefoon gaan slechter.',
      en: 'Published: about 6% word error rate on Dutch read speech (Common Voice 17); with punctuation, capitals and word times. Real phone recordings of a conversation will do worse.',
    },
  },
  {
    id: 'whisper-large-v3-turbo',
    label: { nl: 'Whisper large-v3-turbo (int8) — meertalig, groot', en: 'Whisper large-v3-turbo (int8) — multilingual, large' },
    kind: 'recognizer',
    engine: 'whisper',
    licence: 'MIT',
    homepage: 'https://huggingface.co/openai/whisper-large-v3-turbo',
    approxMB: 1_000,
    files: [
      { name: 'turbo-encoder.int8.onnx', url: `${HF}/sherpa-onnx-whisper-turbo/resolve/main/turbo-encoder.int8.onnx`, bytes: null, sha256: null },
      { name: 'turbo-decoder.int8.onnx', url: `${HF}/sherpa-onnx-whisper-turbo/resolve/main/turbo-decoder.int8.onnx`, bytes: null, sha256: null },
      { name: 'turbo-tokens.txt', url: `${HF}/sherpa-onnx-whisper-turbo/resolve/main/turbo-tokens.txt`, bytes: null, sha256: null },
    ],
    note: {
      nl: 'Gepubliceerd voor large-v3: ongeveer 5% woordfouten op Nederlands (FLEURS). Geeft geen woordtijden; trager dan Parakeet.',
      en: 'Published for large-v3: about 5% word error rate on Dutch (FLEURS). Gives no word times; slower than Parakeet.',
    },
  },
  {
    id: 'whisper-small',
    label: { nl: 'Whisper small (int8) — meertalig, klein en sneller, minder nauwkeurig', en: 'Whisper small (int8) — multilingual, small and faster, less accurate' },
    kind: 'recognizer',
    engine: 'whisper',
    licence: 'MIT',
    homepage: 'https://huggingface.co/openai/whisper-small',
    approxMB: 375,
    files: [
      { name: 'small-encoder.int8.onnx', url: `${HF}/sherpa-onnx-whisper-small/resolve/main/small-encoder.int8.onnx`, bytes: null, sha256: null },
      { name: 'small-decoder.int8.onnx', url: `${HF}/sherpa-onnx-whisper-small/resolve/main/small-decoder.int8.onnx`, bytes: null, sha256: null },
      { name: 'small-tokens.txt', url: `${HF}/sherpa-onnx-whisper-small/resolve/main/small-tokens.txt`, bytes: null, sha256: null },
    ],
    note: {
      nl: 'Kleiner en sneller dan large-v3-turbo, maar duidelijk meer fouten in het Nederlands. Geeft geen woordtijden.',
      en: 'Smaller and faster than large-v3-turbo, but clearly more errors in Dutch. Gives no word times.',
    },
  },
  {
    id: 'pyannote-segmentation-3.0',
    label: { nl: 'pyannote segmentation 3.0 — wie spreekt wanneer', en: 'pyannote segmentation 3.0 — who speaks when' },
    kind: 'speakers',
    engine: 'diarization',
    licence: 'MIT',
    homepage: 'https://huggingface.co/pyannote/segmentation-3.0',
    approxMB: 7,
    files: [
      {
        name: 'pyannote-segmentation-3-0.onnx',
        url: `${SHERPA_RELEASES}/speaker-segmentation-models/sherpa-onnx-pyannote-segmentation-3-0.tar.bz2`,
        bytes: 5_992_913,
        sha256: '220ad67ca923bef2fa91f2390c786097bf305bceb5e261d4af67b38e938e1079',
        archive: { bytes: 6_958_444, sha256: '24615ee884c897d9d2ba09bb4d30da6bb1b15e685065962db5b02e76e4996488', member: 'sherpa-onnx-pyannote-segmentation-3-0/model.onnx' },
      },
    ],
    note: { nl: 'Hoort bij een sprekermodel (hieronder) in dezelfde map.', en: 'Goes with a speaker-embedding model (below) in the same folder.' },
  },
  {
    id: 'wespeaker-voxceleb-campplus',
    label: { nl: 'WeSpeaker CAM++ (VoxCeleb) — stemkenmerken om sprekers uit elkaar te houden', en: 'WeSpeaker CAM++ (VoxCeleb) — voice fingerprints to tell speakers apart' },
    kind: 'speakers',
    engine: 'diarization',
    licence: 'Apache-2.0 (WeSpeaker) / CC-BY-4.0 (VoxCeleb-weights)',
    homepage: 'https://github.com/wenet-e2e/wespeaker',
    approxMB: 29,
    // "recongition" is how the sherpa-onnx release tag is spelled.
    files: [{ name: 'wespeaker_en_voxceleb_CAM++.onnx', url: `${SHERPA_RELEASES}/speaker-recongition-models/wespeaker_en_voxceleb_CAM++.onnx`, bytes: 29_292_684, sha256: 'c46fad10b5f81e1aa4a60c162714208577093655076c5450f8c469e522ec54ef' }],
    note: {
      nl: 'Getraind op Engelstalige stemmen; stemkenmerken hangen weinig af van de taal. Hoort bij pyannote segmentation 3.0 in dezelfde map.',
      en: 'Trained on English-speaking voices; voice fingerprints depend little on language. Goes with pyannote segmentation 3.0 in the same folder.',
    },
  },
];

export function catalogModel(id: string): CatalogModel | undefined {
  return MODEL_CATALOG.find((m) => m.id === id);
}

/** Total download size, or null when a file's size is unknown. */
export function catalogBytes(m: CatalogModel): number | null {
  let sum = 0;
  for (const f of m.files) {
    if (f.bytes === null) return null;
    sum += f.bytes;
  }
  return sum;
}
