// A small PDF writer for text documents (the session brief): A4 pages, Helvetica and Helvetica-Bold
// (standard fonts, nothing embedded), WinAnsi text, word wrapping and page breaks, compressed content
// streams. In-process, no network, no browser, no dependency. PDF 1.4 (ISO 32000-1 reads it too).
import { deflateSync } from "node:zlib";
import { helveticaBoldWidths, helveticaWidths, winAnsiExtras } from "./font-metrics.ts";

const PAGE_WIDTH = 595.28;
const PAGE_HEIGHT = 841.89;
const MARGIN = 56;

export type FontWeight = "regular" | "bold";

export interface TextStyle {
  size?: number;
  weight?: FontWeight;
  /** Left indent in points. */
  indent?: number;
  /** A grey for secondary text. */
  muted?: boolean;
  /** Space after, in points (default: a third of the line height). */
  after?: number;
}

/** Characters WinAnsi lacks, written as the nearest it has. */
const substitutes: Readonly<Record<string, string>> = {
  "→": "->",
  "←": "<-",
  "≤": "<=",
  "≥": ">=",
  "≈": "~",
  Ł: "L",
  ł: "l",
  Đ: "D",
  đ: "d",
  ı: "i",
  "\u00a0": " ",
  "\u2009": " ",
  "\u202f": " ",
  "\u2212": "-",
};

/** One character's WinAnsi byte, or null when it has none. */
function winAnsi(char: string): number | null {
  const code = char.codePointAt(0) ?? 63;
  if (code >= 32 && code <= 126) return code;
  if (code >= 160 && code <= 255) return code;
  return winAnsiExtras.get(code) ?? null;
}

/** Text as WinAnsi bytes: substitutes first, then accents dropped, then "?". */
export function encodeWinAnsi(text: string): number[] {
  const out: number[] = [];
  for (const char of text.replace(/[\r\t]/g, " ")) {
    const direct = winAnsi(char);
    if (direct !== null) {
      out.push(direct);
      continue;
    }
    const replacement = substitutes[char] ?? char.normalize("NFKD").replace(/\p{M}/gu, "");
    for (const part of replacement === char ? "?" : replacement) out.push(winAnsi(part) ?? 63);
  }
  return out;
}

function widthOf(bytes: readonly number[], weight: FontWeight, size: number): number {
  const table = weight === "bold" ? helveticaBoldWidths : helveticaWidths;
  let total = 0;
  for (const byte of bytes) total += table[byte - 32] ?? 556;
  return (total * size) / 1000;
}

function pdfString(bytes: readonly number[]): string {
  let out = "(";
  for (const byte of bytes) {
    if (byte === 0x28 || byte === 0x29 || byte === 0x5c) out += `\\${String.fromCharCode(byte)}`;
    else if (byte < 32 || byte > 126) out += `\\${byte.toString(8).padStart(3, "0")}`;
    else out += String.fromCharCode(byte);
  }
  return `${out})`;
}

const number = (value: number): string => (Math.round(value * 100) / 100).toString();

export class PdfDocument {
  private readonly pages: string[][] = [[]];
  private y = PAGE_HEIGHT - MARGIN;
  private readonly title: string;

  constructor(options: { title: string }) {
    this.title = options.title;
  }

  private get page(): string[] {
    const page = this.pages[this.pages.length - 1];
    if (page === undefined) throw new Error("no page");
    return page;
  }

  private newPage(): void {
    this.pages.push([]);
    this.y = PAGE_HEIGHT - MARGIN;
  }

  /** Vertical space (a page break, if it runs out, waits for something to be drawn). */
  space(points: number): void {
    this.y -= points;
  }

  /** Keeps the next `points` together on one page. */
  keep(points: number): void {
    if (this.y - points < MARGIN) this.newPage();
  }

  /** A paragraph, wrapped to the page width (explicit newlines start new lines). */
  text(text: string, style: TextStyle = {}): void {
    const size = style.size ?? 10;
    const weight = style.weight ?? "regular";
    const indent = style.indent ?? 0;
    const leading = size * 1.35;
    const width = PAGE_WIDTH - 2 * MARGIN - indent;
    const space = widthOf([32], weight, size);
    for (const paragraph of text.split("\n")) {
      let line: number[] = [];
      let lineWidth = 0;
      const flush = (): void => {
        this.keep(leading);
        this.y -= leading;
        const font = weight === "bold" ? "/F2" : "/F1";
        const colour = style.muted === true ? "0.35 g" : "0 g";
        this.page.push(`BT ${colour} ${font} ${number(size)} Tf ${number(MARGIN + indent)} ${number(this.y + size * 0.3)} Td ${pdfString(line)} Tj ET`);
        line = [];
        lineWidth = 0;
      };
      for (const word of paragraph.split(/ +/)) {
        if (word === "") continue;
        let bytes = encodeWinAnsi(word);
        let wordWidth = widthOf(bytes, weight, size);
        // A word longer than the line is cut.
        while (wordWidth > width) {
          let cut = bytes.length - 1;
          while (cut > 1 && widthOf(bytes.slice(0, cut), weight, size) > width) cut--;
          if (line.length > 0) flush();
          line = bytes.slice(0, cut);
          flush();
          bytes = bytes.slice(cut);
          wordWidth = widthOf(bytes, weight, size);
        }
        if (line.length > 0 && lineWidth + space + wordWidth > width) flush();
        if (line.length > 0) {
          line.push(32);
          lineWidth += space;
        }
        line.push(...bytes);
        lineWidth += wordWidth;
      }
      if (line.length > 0) flush();
    }
    this.space(style.after ?? size * 0.45);
  }

  /** A thin horizontal rule. */
  rule(): void {
    this.keep(8);
    this.y -= 4;
    this.page.push(`0.75 G 0.5 w ${number(MARGIN)} ${number(this.y)} m ${number(PAGE_WIDTH - MARGIN)} ${number(this.y)} l S`);
    this.y -= 6;
  }

  /** The finished file. */
  toBuffer(): Buffer {
    const objects: Buffer[] = [];
    const add = (body: Buffer | string): number => {
      objects.push(typeof body === "string" ? Buffer.from(body, "latin1") : body);
      return objects.length;
    };
    const catalog = add(""); // filled in below, once the page tree's number is known
    const pagesRef = add("");
    const regular = add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
    const bold = add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>");
    const info = add(`<< /Title ${pdfString(encodeWinAnsi(this.title))} /Producer (Between) >>`);
    const kids: number[] = [];
    const total = this.pages.length;
    this.pages.forEach((operations, index) => {
      const footer = `BT 0.45 g /F1 8 Tf ${number(MARGIN)} ${number(MARGIN / 2)} Td ${pdfString(encodeWinAnsi(`${this.title} · page ${index + 1} of ${total}`))} Tj ET`;
      const content = deflateSync(Buffer.from([...operations, footer].join("\n"), "latin1"));
      const stream = add(Buffer.concat([Buffer.from(`<< /Length ${content.length} /Filter /FlateDecode >>\nstream\n`, "latin1"), content, Buffer.from("\nendstream", "latin1")]));
      kids.push(
        add(
          `<< /Type /Page /Parent ${pagesRef} 0 R /MediaBox [0 0 ${number(PAGE_WIDTH)} ${number(PAGE_HEIGHT)}] /Resources << /Font << /F1 ${regular} 0 R /F2 ${bold} 0 R >> >> /Contents ${stream} 0 R >>`,
        ),
      );
    });
    objects[catalog - 1] = Buffer.from(`<< /Type /Catalog /Pages ${pagesRef} 0 R >>`, "latin1");
    objects[pagesRef - 1] = Buffer.from(`<< /Type /Pages /Kids [${kids.map((kid) => `${kid} 0 R`).join(" ")}] /Count ${kids.length} >>`, "latin1");

    const parts: Buffer[] = [Buffer.from("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", "latin1")];
    let offset = parts[0]?.length ?? 0;
    const offsets: number[] = [];
    objects.forEach((body, index) => {
      offsets.push(offset);
      const object = Buffer.concat([Buffer.from(`${index + 1} 0 obj\n`, "latin1"), body, Buffer.from("\nendobj\n", "latin1")]);
      parts.push(object);
      offset += object.length;
    });
    const xref = [`xref\n0 ${objects.length + 1}\n`, "0000000000 65535 f \n", ...offsets.map((at) => `${String(at).padStart(10, "0")} 00000 n \n`)].join("");
    parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R /Info ${info} 0 R >>\nstartxref\n${offset}\n%%EOF\n`, "latin1"));
    return Buffer.concat(parts);
  }
}
