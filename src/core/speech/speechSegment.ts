/** What speech recognition produces: pure data, times in seconds from the start of the recording. */

export interface SpeechWord {
  start: number;
  end: number;
  text: string;
}

export interface SpeechSegment {
  start: number;
  end: number;
  /** 0-based voice number as diarization found it ("Spreker 1" is 0). */
  speaker: number;
  text: string;
  /** Word times where the model gives token times; ordered and inside [start, end]. */
  words?: SpeechWord[];
}

export interface TimeSpan {
  start: number;
  end: number;
}
