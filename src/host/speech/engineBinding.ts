import type { SpeechEngine } from './speechEngine';

/**
 * Binds the editor to the speech engine (`src/speech/*`). Until that engine is part of this build
 * the editor says so in words instead of failing: every command checks `load()` first.
 * The lead's merge replaces the body with the real modules (loaded lazily, so activation never
 * touches the native module):
 *   load: loadSherpa, catalog: MODEL_CATALOG, inspectModelFolder, transcribe: transcribeInWorker,
 *   detectSpeech.
 */
const NOT_IN_BUILD = {
  nl: 'Spraakherkenning zit niet in deze versie van Klein Kijken.',
  en: 'Speech recognition is not part of this build of Klein Kijken.',
};

export function speechEngine(): SpeechEngine {
  return {
    load: () => ({ ok: false, problem: NOT_IN_BUILD }),
    catalog: [],
    inspectModelFolder: () => Promise.resolve({ ok: false, problem: NOT_IN_BUILD }),
    transcribe: () => Promise.reject(new Error(NOT_IN_BUILD.en)),
    detectSpeech: () => Promise.reject(new Error(NOT_IN_BUILD.en)),
  };
}
