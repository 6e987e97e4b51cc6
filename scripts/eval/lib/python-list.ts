// Parses the Python list-of-strings literal that the C-SSRS Reddit CSV keeps each user's posts in
// (`['first post', "it's the second", ...]`). Handles both quote styles and backslash escapes, decodes
// runs of `\xNN` byte escapes as UTF-8 (the data has mojibake like `\xe2\x80\x9c`), and tolerates a
// list cut off mid-string (15 rows are truncated at 32,759 characters by a spreadsheet): the cut
// string is kept as far as it goes.

export function parsePythonStringList(source: string): string[] {
  const items: string[] = [];
  let i = source.indexOf("[");
  if (i === -1) return items;
  i++;
  while (i < source.length) {
    while (i < source.length && /[\s,]/.test(source[i] ?? "")) i++;
    if (i >= source.length || source[i] === "]") break;
    while (/[bBuUrR]/.test(source[i] ?? "") && (source[i + 1] === "'" || source[i + 1] === '"' || /[bBuUrR]/.test(source[i + 1] ?? ""))) i++;
    const quote = source[i];
    if (quote !== "'" && quote !== '"') break;
    i++;
    const parsed = readString(source, i, quote);
    items.push(parsed.value);
    i = parsed.next;
    if (!parsed.closed) break;
  }
  return items;
}

const simpleEscapes: Readonly<Record<string, string>> = { n: "\n", t: "\t", r: "\r", "\\": "\\", "'": "'", '"': '"', a: "\u0007", b: "\b", f: "\f", v: "\v", "0": "\0", "\n": "" };

function readString(source: string, start: number, quote: string): { value: string; next: number; closed: boolean } {
  let value = "";
  let bytes: number[] = [];
  const flush = (): void => {
    if (bytes.length === 0) return;
    value += decodeBytes(bytes);
    bytes = [];
  };
  let i = start;
  while (i < source.length) {
    const ch = source[i] ?? "";
    if (ch === "\\") {
      const next = source[i + 1] ?? "";
      if (next === "x" && /^[0-9a-fA-F]{2}$/.test(source.slice(i + 2, i + 4))) {
        bytes.push(Number.parseInt(source.slice(i + 2, i + 4), 16));
        i += 4;
        continue;
      }
      flush();
      if (next === "u" && /^[0-9a-fA-F]{4}$/.test(source.slice(i + 2, i + 6))) {
        value += String.fromCharCode(Number.parseInt(source.slice(i + 2, i + 6), 16));
        i += 6;
        continue;
      }
      if (next === "U" && /^[0-9a-fA-F]{8}$/.test(source.slice(i + 2, i + 10))) {
        value += String.fromCodePoint(Number.parseInt(source.slice(i + 2, i + 10), 16));
        i += 10;
        continue;
      }
      const simple = simpleEscapes[next];
      value += simple ?? `\\${next}`;
      i += 2;
      continue;
    }
    flush();
    if (ch === quote) return { value, next: i + 1, closed: true };
    value += ch;
    i++;
  }
  flush();
  return { value, next: i, closed: false };
}

function decodeBytes(bytes: readonly number[]): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(new Uint8Array(bytes));
  } catch {
    return String.fromCharCode(...bytes);
  }
}
