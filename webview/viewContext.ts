import type { ViewSettings } from '../src/protocol/messages';
import type { HostBridge } from './hostBridge';
import type { SessionStore } from './sessionStore';
import type { Clock } from './components/player';

/** What every panel gets: the bridge, the store, the strings and the shared playback clock. */
export interface ViewContext {
  bridge: HostBridge;
  store: SessionStore;
  t: (key: string, ...args: (string | number)[]) => string;
  settings: ViewSettings;
  clock: Clock;
  /** The participant currently noting ("who is noting" chip), or null. */
  author: () => string | null;
  /** Opens the pause-and-tag form at the current time. */
  tagHere: () => void;
  win: Window;
  /** The range dragged out on the waveform, if any (for ranged details and fragments). */
  selection: () => { start: number; end: number } | null;
  /** Shows a tab (e.g. the details tab when a lane marker is clicked). */
  showTab: (id: 'transcript' | 'details' | 'questions' | 'review' | 'mirror') => void;
  /** Elements that must be visible beside the player (the pause-and-tag form) go here. */
  formSlot: HTMLElement;
}
