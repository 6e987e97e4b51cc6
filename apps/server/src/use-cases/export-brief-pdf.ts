// GET /api/clients/:id/brief.pdf: the brief a therapist would read (authorised and recorded as a
// `brief` read, resource id `pdf`), rendered as a PDF.
import type { Actor } from "@between/core";
import { eq } from "drizzle-orm";
import type { AppContext } from "../context.ts";
import { user } from "../db/schema/index.ts";
import type { RequestedWindow } from "../anchor/windows.ts";
import { buildClientBrief } from "./build-session-brief.ts";
import { renderBriefPdf } from "./render-brief-pdf.ts";

export async function exportBriefPdf(ctx: AppContext, request: { actor: Actor; clientId: string; requested?: RequestedWindow | undefined }): Promise<{ pdf: Buffer; fileName: string }> {
  const brief = await buildClientBrief(ctx, { ...request, format: "pdf" });
  const [row] = await ctx.db.select({ name: user.name }).from(user).where(eq(user.id, request.clientId));
  const name = row?.name ?? "Client";
  return { pdf: renderBriefPdf(brief, { clientName: name }), fileName: `brief-${brief.window.toDate}.pdf` };
}
