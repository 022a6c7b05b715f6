/**
 * The parts of `sherpa-onnx-node` (1.13.8) that Klein Kijken uses, typed by hand from the package's
 * `types.js` so that no `any` leaks out of the loader. Only what we call is declared.
 */

export interface SherpaVadConfig {
  sileroVad: {
    model: string;
    threshold: number;
    minSpeechDuration: number;
    minSilenceDuration: number;
    windowSize: number;
    maxSpeechDuration?: number;
  };
  sampleRate: number;
  numThreads?: number;
  provider?: string;
  debug?: number;
}

export interface SherpaVad {
  acceptWaveform(samples: Float32Array): void;
  isEmpty(): boolean;
  /** The earliest finished speech segment: `start` is a sample index. */
  front(enableExternalBuffer?: boolean): { start: number; samples: Float32Array };
  pop(): void;
  flush(): void;
}

export interface SherpaOfflineModelConfig {
  transducer?: { encoder: string; decoder: string; joiner: string };
  whisper?: { encoder: string; decoder: string; language?: string; task?: string; tailPaddings?: number };
  nemoCtc?: { model: string };
  tokens: string;
  modelType?: string;
  numThreads?: number;
  provider?: string;
  debug?: number;
}

export interface SherpaOfflineRecognizerConfig {
  featConfig: { sampleRate: number; featureDim: number };
  modelConfig: SherpaOfflineModelConfig;
  decodingMethod?: string;
}

export interface SherpaOfflineStream {
  acceptWaveform(wave: { sampleRate: number; samples: Float32Array }): void;
}

/** `getResult()`: times are seconds from the start of the stream's audio. */
export interface SherpaOfflineResult {
  text: string;
  tokens?: string[];
  timestamps?: number[];
  durations?: number[];
}

export interface SherpaOfflineRecognizer {
  createStream(): SherpaOfflineStream;
  decode(stream: SherpaOfflineStream): void;
  getResult(stream: SherpaOfflineStream): SherpaOfflineResult;
}

export interface SherpaDiarizationConfig {
  segmentation: { pyannote: { model: string }; numThreads?: number; debug?: number };
  embedding: { model: string; numThreads?: number; debug?: number };
  clustering: { numClusters?: number; threshold?: number };
  minDurationOn?: number;
  minDurationOff?: number;
}

export interface SherpaDiarizationSegment {
  start: number;
  end: number;
  speaker: number;
}

export interface SherpaOfflineSpeakerDiarization {
  readonly sampleRate: number;
  process(samples: Float32Array): SherpaDiarizationSegment[];
}

export interface SherpaModule {
  readonly version: string;
  Vad: new (config: SherpaVadConfig, bufferSizeInSeconds: number) => SherpaVad;
  OfflineRecognizer: new (config: SherpaOfflineRecognizerConfig) => SherpaOfflineRecognizer;
  OfflineSpeakerDiarization: new (config: SherpaDiarizationConfig) => SherpaOfflineSpeakerDiarization;
}
