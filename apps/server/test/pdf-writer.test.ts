// The PDF writer, read back by an independent parser (pdf-lib).
import { describe, expect, it } from "vitest";
import { encodeWinAnsi, PdfDocument } from "../src/pdf/pdf-writer.ts";
import { readPdfText } from "./support/pdf-text.ts";

describe("the PDF writer", () => {
  it("writes a document another parser reads, with the text as written", async () => {
    const pdf = new PdfDocument({ title: "Session brief: Ana Test" });
    pdf.text("Session brief: Ana Test", { size: 18, weight: "bold" });
    pdf.text("Wrote about “fear and worry” — 18% of messages… distress 7 → 4; café (résumé) \\ back-slash");
    const bytes = pdf.toBuffer();
    expect(bytes.subarray(0, 8).toString("latin1")).toBe("%PDF-1.4");
    expect(bytes.subarray(-6).toString("latin1")).toBe("%%EOF\n");
    const read = await readPdfText(bytes);
    expect(read.pages).toBe(1);
    expect(read.title).toBe("Session brief: Ana Test");
    expect(read.text).toContain("Wrote about “fear and worry” — 18% of messages… distress 7 -> 4; café (résumé) \\ back-slash");
  });

  it("wraps long paragraphs and words, and breaks pages", async () => {
    const pdf = new PdfDocument({ title: "Long" });
    const paragraph = "The client wrote about work and their sister on most evenings this week. ".repeat(12);
    for (let i = 0; i < 30; i++) pdf.text(`${String(i)}. ${paragraph}`);
    pdf.text("x".repeat(400));
    const read = await readPdfText(pdf.toBuffer());
    expect(read.pages).toBeGreaterThan(3);
    expect(read.text).toContain("29. The client wrote about work");
    expect(read.text.replace(/ /g, "")).toContain("x".repeat(400));
    for (const page of read.pageTexts) expect(page).toMatch(/Long · page \d+ of \d+/);
  });

  it("writes what WinAnsi lacks as its nearest characters", () => {
    expect(String.fromCharCode(...encodeWinAnsi("a → b ≤ c"))).toBe("a -> b <= c");
    expect(encodeWinAnsi("“”")).toEqual([0x93, 0x94]);
    expect(String.fromCharCode(...encodeWinAnsi("Łódź 日本"))).toBe("Lódz ??");
  });
});
