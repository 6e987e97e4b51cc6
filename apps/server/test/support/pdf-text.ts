// Reads a PDF back with an independent parser (pdf-lib): the document must load, and the text its
// pages draw (the operands of Tj) is returned, decoded from WinAnsi, one string per page.
import { decodePDFRawStream, PDFArray, PDFDocument, PDFRawStream, PDFRef } from "pdf-lib";

const winAnsiHigh: Readonly<Record<number, string>> = {
  0x80: "€", 0x82: "‚", 0x83: "ƒ", 0x84: "„", 0x85: "…", 0x86: "†", 0x87: "‡", 0x88: "ˆ", 0x89: "‰", 0x8a: "Š", 0x8b: "‹",
  0x8c: "Œ", 0x8e: "Ž", 0x91: "‘", 0x92: "’", 0x93: "“", 0x94: "”", 0x95: "•", 0x96: "–", 0x97: "—", 0x98: "˜", 0x99: "™",
  0x9a: "š", 0x9b: "›", 0x9c: "œ", 0x9e: "ž", 0x9f: "Ÿ",
};

function decodeString(literal: string): string {
  let out = "";
  for (let i = 0; i < literal.length; i++) {
    const char = literal[i] ?? "";
    if (char !== "\\") {
      out += winAnsiHigh[char.charCodeAt(0)] ?? char;
      continue;
    }
    const next = literal[i + 1] ?? "";
    if (/[0-7]/.test(next)) {
      const octal = literal.slice(i + 1, i + 4);
      const code = Number.parseInt(octal, 8);
      out += winAnsiHigh[code] ?? String.fromCharCode(code);
      i += 3;
    } else {
      out += next;
      i += 1;
    }
  }
  return out;
}

export interface PdfText {
  pages: number;
  /** Each page's text, the pieces drawn joined with newlines. */
  pageTexts: string[];
  /** All the text, words joined by single spaces (lines wrap anywhere). */
  text: string;
  title: string | undefined;
}

export async function readPdfText(bytes: Uint8Array): Promise<PdfText> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const pageTexts: string[] = [];
  for (const page of doc.getPages()) {
    const contents = page.node.Contents();
    const refs = contents instanceof PDFArray ? contents.asArray() : contents === undefined ? [] : [contents];
    let source = "";
    for (const item of refs) {
      const stream = item instanceof PDFRef ? doc.context.lookup(item) : item;
      if (stream instanceof PDFRawStream) source += Buffer.from(decodePDFRawStream(stream).decode()).toString("latin1");
    }
    const pieces = [...source.matchAll(/\(((?:\\[\s\S]|[^\\)])*)\)\s*Tj/g)].map((match) => decodeString(match[1] ?? ""));
    pageTexts.push(pieces.join("\n"));
  }
  return { pages: doc.getPageCount(), pageTexts, text: pageTexts.join("\n").replace(/\s+/g, " "), title: doc.getTitle() };
}
