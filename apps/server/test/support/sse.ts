// Reads a UI message stream (Server-Sent Events) the way a browser would, chunk by chunk.
export interface UiChunk {
  type: string;
  [key: string]: unknown;
}

export async function* readSse(response: Response): AsyncGenerator<UiChunk> {
  if (response.body === null) return;
  const decoder = new TextDecoder();
  let buffer = "";
  for await (const bytes of response.body) {
    buffer += decoder.decode(bytes as Uint8Array, { stream: true });
    let boundary = buffer.indexOf("\n\n");
    while (boundary >= 0) {
      const event = buffer.slice(0, boundary);
      buffer = buffer.slice(boundary + 2);
      boundary = buffer.indexOf("\n\n");
      const data = event
        .split("\n")
        .filter((line) => line.startsWith("data: "))
        .map((line) => line.slice(6))
        .join("\n");
      if (data === "" || data === "[DONE]") continue;
      yield JSON.parse(data) as UiChunk;
    }
  }
}

export interface TurnResult {
  status: number;
  chunks: UiChunk[];
  /** The reply as the client sees it: text parts in order, without any the guard replaced. */
  text: string;
  data: Record<string, unknown[]>;
}

export async function collectTurn(response: Response): Promise<TurnResult> {
  const chunks: UiChunk[] = [];
  if (response.headers.get("content-type")?.includes("text/event-stream") === true) {
    for await (const chunk of readSse(response)) chunks.push(chunk);
  } else {
    await response.text();
  }
  const texts = new Map<string, string>();
  const replaced = new Set<string>();
  const data: Record<string, unknown[]> = {};
  for (const chunk of chunks) {
    if (chunk.type === "text-delta") texts.set(chunk.id as string, (texts.get(chunk.id as string) ?? "") + (chunk.delta as string));
    if (chunk.type.startsWith("data-")) {
      const list = data[chunk.type] ?? [];
      list.push(chunk.data);
      data[chunk.type] = list;
      if (chunk.type === "data-guard") replaced.add((chunk.data as { replaces: string }).replaces);
    }
  }
  const text = [...texts.entries()].filter(([id]) => !replaced.has(id)).map(([, value]) => value).join("");
  return { status: response.status, chunks, text, data };
}
