import * as vscode from 'vscode';
import type { HostMessage, ViewMessage } from '../protocol/messages';
import { validateViewMessage } from '../protocol/viewMessageSchema';

/** Messages that onReady sends afresh: before the webview is ready they are not queued. */
const STATE_MESSAGES = new Set<HostMessage['type']>(['init', 'session/state', 'session/edit', 'media/state', 'problems']);

/**
 * One webview's side of the protocol: queues host messages until the webview says `ready`
 * (a message posted before its script runs would be lost), validates everything that comes back,
 * and logs both directions at debug level.
 */
export class WebviewMessenger implements vscode.Disposable {
  private ready = false;
  private queue: HostMessage[] = [];
  private readonly subs: vscode.Disposable[] = [];

  constructor(
    private readonly webview: vscode.Webview,
    private readonly log: vscode.LogOutputChannel,
    private readonly onMessage: (m: ViewMessage) => void,
    private readonly onReady: () => Promise<void>,
  ) {
    this.subs.push(webview.onDidReceiveMessage((raw: unknown) => this.receive(raw)));
  }

  /** How many messages from the webview were dropped as invalid, and why the last one was. */
  dropped = { count: 0, lastReason: '' };

  /** Every message from the webview passes here: validated first, acted on only when valid. */
  receive(raw: unknown): void {
    const r = validateViewMessage(raw);
    if (!r.ok) {
      this.dropped = { count: this.dropped.count + 1, lastReason: r.reason };
      this.log.warn(`webview → host: dropped an invalid message (${r.reason})`);
      return;
    }
    if (r.message.type !== 'playback/state' && r.message.type !== 'stream/flow') this.log.debug(`webview → host: ${r.message.type}`);
    if (r.message.type === 'ready') {
      const queued = this.queue.splice(0);
      this.ready = true;
      void this.onReady().then(() => queued.forEach((q) => void this.webview.postMessage(q)));
    }
    this.onMessage(r.message);
  }

  /** The last message of each type sent to this webview: what the view was told (log and tests). */
  readonly lastSent = new Map<HostMessage['type'], HostMessage>();

  post(m: HostMessage): void {
    this.lastSent.set(m.type, m);
    // Stream chunks are many and binary: the stream logs its starts and ends instead.
    if ((m.type !== 'media/state' || m.media.status !== 'preparing') && m.type !== 'stream/data') this.log.debug(`host → webview: ${m.type}`);
    if (this.ready) void this.webview.postMessage(m);
    // Before `ready`, state is not queued: onReady sends the whole current state (init first), and
    // queued copies would only arrive as stale duplicates ahead of it (peaks can be megabytes).
    else if (!STATE_MESSAGES.has(m.type)) this.queue.push(m);
  }

  dispose(): void {
    this.subs.forEach((d) => d.dispose());
  }
}
