export interface SseMessage {
  id?: string;
  event?: string;
  data?: unknown;
  /** A comment line (heartbeats). */
  comment?: string;
}

/**
 * A server-sent events reader over fetch, for tests: collects messages as they arrive and lets
 * a test wait for one (promises settle on arrival, nothing sleeps).
 */
export class SseClient {
  readonly messages: SseMessage[] = [];
  private readonly waiters: { match: (m: SseMessage) => boolean; resolve: (m: SseMessage) => void }[] = [];
  private readonly abort = new AbortController();
  status = 0;

  static async open(url: string, headers: Record<string, string> = {}): Promise<SseClient> {
    const client = new SseClient();
    const response = await fetch(url, { headers, signal: client.abort.signal });
    client.status = response.status;
    if (response.body) void client.read(response.body.getReader());
    return client;
  }

  /** Resolves with the first message (already received or still to come) after `after` that matches. */
  next(match: (m: SseMessage) => boolean, timeoutMs = 20000, after = 0): Promise<SseMessage> {
    const seen = this.messages.slice(after).find(match);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no matching server-sent event within ${timeoutMs} ms; got ${JSON.stringify(this.messages)}`)), timeoutMs);
      this.waiters.push({ match, resolve: (m) => (clearTimeout(timer), resolve(m)) });
    });
  }

  changes(): SseMessage[] {
    return this.messages.filter((m) => m.event === 'change');
  }

  close(): void {
    this.abort.abort();
  }

  private async read(reader: ReadableStreamDefaultReader<Uint8Array>): Promise<void> {
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        buffer += decoder.decode(value, { stream: true });
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          this.receive(buffer.slice(0, end));
          buffer = buffer.slice(end + 2);
        }
      }
    } catch {
      // aborted by close()
    }
  }

  private receive(block: string): void {
    const message: SseMessage = {};
    for (const line of block.split('\n')) {
      if (line.startsWith(':')) message.comment = line.slice(1).trim();
      else if (line.startsWith('id: ')) message.id = line.slice(4);
      else if (line.startsWith('event: ')) message.event = line.slice(7);
      else if (line.startsWith('data: ')) message.data = JSON.parse(line.slice(6));
    }
    this.messages.push(message);
    for (const waiter of [...this.waiters]) {
      if (!waiter.match(message)) continue;
      this.waiters.splice(this.waiters.indexOf(waiter), 1);
      waiter.resolve(message);
    }
  }
}
