/** A change as reporting's stream sends it (`event: change`). */
export interface StreamChange {
  id: string;
  data: { kind: string; id?: string; region?: string; status?: string; paguIndikatif?: number; type?: string };
  /** Date.now() when the bench read it. */
  receivedAt: number;
}

/**
 * Reads `GET /v1/stream` the way the dashboard's EventSource does, and hands each change to
 * `onChange` as it arrives. A stream the server closes (a client too far behind is cut off) is
 * reopened with Last-Event-ID, as EventSource would, so no change is missed.
 */
export class ChangeStreamReader {
  private readonly abort = new AbortController();
  private lastId?: string;
  private closed = false;
  private opened?: () => void;
  readonly ready: Promise<void>;

  constructor(private readonly url: string, private readonly onChange: (change: StreamChange) => void) {
    this.ready = new Promise((resolve) => (this.opened = resolve));
    void this.loop();
  }

  close(): void {
    this.closed = true;
    this.abort.abort();
  }

  private async loop(): Promise<void> {
    while (!this.closed) {
      try {
        const response = await fetch(this.url, { headers: this.lastId ? { 'last-event-id': this.lastId } : {}, signal: this.abort.signal });
        if (!response.ok || !response.body) throw new Error(`stream answered ${response.status}`);
        await this.read(response.body.getReader());
      } catch (error) {
        if (this.closed) return;
        process.stderr.write(`bench: change stream interrupted (${(error as Error).message}); reconnecting\n`);
      }
      if (!this.closed) await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  private async read(reader: ReadableStreamDefaultReader<Uint8Array>): Promise<void> {
    const decoder = new TextDecoder();
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buffer += decoder.decode(value, { stream: true });
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        this.block(buffer.slice(0, end));
        buffer = buffer.slice(end + 2);
      }
    }
  }

  private block(text: string): void {
    let id: string | undefined;
    let event: string | undefined;
    let data: string | undefined;
    for (const line of text.split('\n')) {
      if (line.startsWith(': ')) this.opened?.(); // the server's first comment: the client is registered
      else if (line.startsWith('id: ')) id = line.slice(4);
      else if (line.startsWith('event: ')) event = line.slice(7);
      else if (line.startsWith('data: ')) data = line.slice(6);
    }
    if (event !== 'change' || !id || !data) return;
    this.lastId = id;
    this.onChange({ id, data: JSON.parse(data), receivedAt: Date.now() });
  }
}
