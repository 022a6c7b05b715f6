import type { EmotionWordList } from '../src/core/analysis/emotionWords';
import type { Translate } from '../src/protocol/uiStrings';
import type { ViewSettings } from '../src/protocol/messages';
import type { HostBridge } from './hostBridge';
import type { SessionStore } from './sessionStore';
import type { Clock } from './components/player';
import type { ViewEvents } from './viewEvents';

/** What every panel gets: the bridge, the store, the strings and the shared playback clock. */
export interface ViewContext {
  bridge: HostBridge;
  store: SessionStore;
  t: Translate;
  settings: ViewSettings;
  clock: Clock;
  /** The participant currently noting ("who is noting" chip), or null. */
  author: () => string | null;
  /** Opens the pause-and-tag form at the current time. */
  tagHere: () => void;
  /** What panels ask of each other (open the form, select a detail, type along, who is who). */
  events: ViewEvents;
  win: Window;
  /** View state kept across webview reloads (VS Code's getState/setState), per key. */
  viewState: { get<T>(key: string): T | undefined; set(key: string, value: unknown): void };
  /** The emotion and signal words to mark (the base list plus the workspace's own). */
  emotionWords: EmotionWordList;
  /** The range dragged out on the waveform, if any (for ranged details and fragments). */
  selection: () => { start: number; end: number } | null;
  /** Shows a tab (e.g. the details tab when a lane marker is clicked). */
  showTab: (id: 'transcript' | 'details' | 'questions' | 'review' | 'mirror') => void;
  /** Elements that must be visible beside the player (the pause-and-tag form) go here. */
  formSlot: HTMLElement;
}
