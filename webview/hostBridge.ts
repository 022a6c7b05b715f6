import type { HostMessage, ViewMessage, ViewRequest } from '../src/protocol/messages';

type Handler<T extends HostMessage['type']> = (m: Extract<HostMessage, { type: T }>) => void;

/** The webview's side of the protocol: typed sends, typed handlers, and requests with answers. */
export class HostBridge {
  private readonly handlers = new Map<string, ((m: HostMessage) => void)[]>();
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private nextId = 1;

  constructor(private readonly postMessage: (m: ViewMessage) => void) {}

  post(m: ViewMessage): void {
    this.postMessage(m);
  }

  on<T extends HostMessage['type']>(type: T, h: Handler<T>): void {
    const list = this.handlers.get(type) ?? [];
    list.push(h as (m: HostMessage) => void);
    this.handlers.set(type, list);
  }

  request(request: ViewRequest): Promise<unknown> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.post({ type: 'request', id, request });
    });
  }

  receive(data: unknown): void {
    const m = data as HostMessage;
    if (!m || typeof m !== 'object' || typeof m.type !== 'string') return;
    if (m.type === 'response') {
      const p = this.pending.get(m.id);
      if (!p) return;
      this.pending.delete(m.id);
      if (m.ok) p.resolve(m.result);
      else p.reject(new Error(m.error ?? 'request failed'));
      return;
    }
    for (const h of this.handlers.get(m.type) ?? []) h(m);
  }
}
