import type { ViewSettings } from '../src/protocol/messages';
import type { HostBridge } from './hostBridge';
import type { SessionStore } from './sessionStore';
import type { PlayerClock } from './components/player';

/** What every panel gets: the bridge, the store, the strings and the shared playback clock. */
export interface ViewContext {
  bridge: HostBridge;
  store: SessionStore;
  t: (key: string, ...args: (string | number)[]) => string;
  settings: ViewSettings;
  clock: PlayerClock;
  /** The participant currently noting ("who is noting" chip), or null. */
  author: () => string | null;
  /** Opens the pause-and-tag form at the current time. */
  tagHere: () => void;
  /** Marks the start of a typing context (VS Code keybindings stay off while typing). */
  win: Window;
}
