// Carries one reply to the browser as a UI message stream, while the turn itself runs on
// regardless: if the browser goes away mid-reply, writes become no-ops and the turn still finishes
// and stores the whole reply.
import { createUIMessageStreamResponse, type UIMessageChunk } from "ai";

export class ReplyChannel {
  readonly stream: ReadableStream<UIMessageChunk>;
  private controller: ReadableStreamDefaultController<UIMessageChunk> | undefined;
  private listening = true;

  constructor() {
    this.stream = new ReadableStream<UIMessageChunk>({
      start: (controller) => {
        this.controller = controller;
      },
      cancel: () => {
        this.listening = false;
      },
    });
  }

  /** Whether anyone is still reading (false after the browser disconnected). */
  get connected(): boolean {
    return this.listening;
  }

  write(chunk: UIMessageChunk): void {
    if (!this.listening) return;
    try {
      this.controller?.enqueue(chunk);
    } catch {
      this.listening = false;
    }
  }

  close(): void {
    if (!this.listening) return;
    this.listening = false;
    try {
      this.controller?.close();
    } catch {
      // Already closed by a cancel.
    }
  }

  response(headers: Record<string, string> = {}): Response {
    return createUIMessageStreamResponse({ stream: this.stream, headers });
  }
}
