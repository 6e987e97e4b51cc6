// Exactly the fields of frames, practices and sessions that leave the server.
import type { Practice } from "@between/contracts";
import type { FrameView, PracticeView, SessionView } from "../repositories/care-work.ts";

export function presentFrame(view: FrameView) {
  return {
    version: view.version,
    createdAt: view.createdAt.toISOString(),
    by: view.by,
    focus: view.focus,
    approach: view.approach,
    avoid: view.avoid,
    tone: view.tone,
    dependencyPlan: view.dependencyPlan,
  };
}

export function presentFrameHistory(versions: FrameView[]) {
  const presented = versions.map(presentFrame);
  return { current: presented[0] ?? null, versions: presented };
}

export function presentPractice(view: PracticeView): Practice {
  return {
    id: view.id,
    title: view.title,
    why: view.why,
    cadence: view.cadence,
    followUpQuestion: view.followUpQuestion,
    startsOn: view.startsOn,
    endsOn: view.endsOn,
    status: view.status,
    adherence: view.adherence,
    reports: view.reports?.map((report) => ({ ...report, reportedAt: report.reportedAt.toISOString() })) ?? null,
  };
}

export function presentSession(view: SessionView) {
  return { id: view.id, heldAt: view.heldAt.toISOString(), notes: view.notes };
}
