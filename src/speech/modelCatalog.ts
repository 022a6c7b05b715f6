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
  /** Dutch accuracy and speed as published (never measured here). */
  note: LocalText;
}

export const MODEL_CATALOG: readonly CatalogModel[] = [];

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
