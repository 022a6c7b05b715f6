import { applyEdit, type Edit } from '../src/core/session/edits';
import type { CollectionName, Session } from '../src/core/session/model';

export type StoreChange =
  | { kind: 'replace' }
  /** Which collections an edit touched, so panels redraw only what changed. */
  | { kind: 'edit'; touched: Set<Touched> };

type Touched = CollectionName | 'review' | 'meta' | 'spiegel';

function touchedBy(e: Edit, into = new Set<Touched>()): Set<Touched> {
  if (e.op === 'batch') e.edits.forEach((x) => touchedBy(x, into));
  else if (e.op === 'review' || e.op === 'meta' || e.op === 'spiegel') into.add(e.op);
  else into.add(e.coll);
  return into;
}

/**
 * The webview's copy of the session. It is changed only by what the host sends (the host's
 * document is the source of truth); panels send edits as intents and redraw when they come back.
 */
export class SessionStore {
  session: Session | null = null;
  revision = 0;
  readOnly = false;
  dirty = false;
  private readonly listeners: ((c: StoreChange) => void)[] = [];

  constructor(
    private readonly send: (edit: Edit, baseRevision: number) => void,
    /** Sends an edit as a request: resolves once the host applied it, rejects with its reason. */
    private readonly request: (edit: Edit, baseRevision: number) => Promise<unknown> = (edit, base) => Promise.resolve(send(edit, base)),
  ) {}

  subscribe(l: (c: StoreChange) => void): void {
    this.listeners.push(l);
  }

  replace(session: Session, revision: number, readOnly: boolean, dirty: boolean): void {
    this.session = session;
    this.revision = revision;
    this.readOnly = readOnly;
    this.dirty = dirty;
    this.emit({ kind: 'replace' });
  }

  /** The host has no session to show (the file became unreadable): show nothing, edit nothing. */
  unavailable(revision: number): void {
    this.session = null;
    this.revision = revision;
    this.readOnly = true;
    this.dirty = false;
    this.emit({ kind: 'replace' });
  }

  /** An edit the host applied (from this panel, another panel, undo or redo). */
  applied(edit: Edit, revision: number, dirty: boolean): void {
    if (!this.session) return;
    this.session = applyEdit(this.session, edit).session;
    this.revision = revision;
    this.dirty = dirty;
    this.emit({ kind: 'edit', touched: touchedBy(edit) });
  }

  /** Ask the host to apply an edit; the view changes when the host confirms it. */
  edit(edit: Edit): void {
    if (this.readOnly || !this.session) return;
    this.send(edit, this.revision);
  }

  /**
   * An edit from a form: the form closes only when the host confirmed it; a refusal rejects with
   * the host's reason, so the form can keep what was typed and say why.
   */
  submit(edit: Edit): Promise<void> {
    if (!this.session) return Promise.reject(new Error('no session'));
    return this.request(edit, this.revision).then(() => undefined);
  }

  private emit(c: StoreChange): void {
    for (const l of this.listeners) l(c);
  }
}
