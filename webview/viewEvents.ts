import type { ViewCommand } from '../src/protocol/messages';

/**
 * What one part of the page asks of another, with its payload type. These were `kk-*` DOM
 * CustomEvents on the app root: untyped payloads (`as CustomEvent<unknown>`), a listener that had
 * to know the event went down in the capture phase, and a misspelt name failed silently.
 */
export interface ViewEventMap {
  /** Open the pause-and-tag form at this time in seconds (key t, Enter, the command). */
  tagHere: number;
  /** Show and select this detail in the details panel (a lane marker, a transcript row's link). */
  selectDetail: string;
  /** A type-along key from VS Code's keybindings. */
  typeAlong: Extract<ViewCommand, { kind: 'typeAlong' }>['action'];
  /** After "Transcript maken": ask which automatic speaker is who. */
  whoIsWho: readonly string[];
}

type Listener<K extends keyof ViewEventMap> = (payload: ViewEventMap[K]) => void;

/** The page's typed event hub: panels listen with `on`, the app and panels `emit`. */
export class ViewEvents {
  private readonly listeners: { [K in keyof ViewEventMap]?: Listener<K>[] } = {};

  /** Listens until the returned function is called. */
  on<K extends keyof ViewEventMap>(name: K, listener: Listener<K>): () => void {
    const list = (this.listeners[name] ??= []) as Listener<K>[];
    list.push(listener);
    return () => {
      const i = list.indexOf(listener);
      if (i >= 0) list.splice(i, 1);
    };
  }

  emit<K extends keyof ViewEventMap>(name: K, payload: ViewEventMap[K]): void {
    // A copy: a listener that unsubscribes while being called does not skip the next one.
    for (const l of [...((this.listeners[name] ?? []) as Listener<K>[])]) l(payload);
  }
}
