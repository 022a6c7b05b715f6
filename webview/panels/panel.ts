import type { StoreChange } from '../sessionStore';
import type { ViewContext } from '../viewContext';
import type { UiStringKey } from '../../src/protocol/uiStrings';

/** A tab in the side area of the editor. Each is built from the shared ViewContext. */
export interface Panel {
  id: 'transcript' | 'details' | 'questions' | 'review' | 'mirror';
  titleKey: UiStringKey;
  element: HTMLElement;
  /** The session changed (a replace, or an edit that touched these collections). */
  update(change: StoreChange): void;
  /** The tab became visible. */
  shown?(): void;
  focus?(): void;
}

export type PanelFactory = (ctx: ViewContext) => Panel;
