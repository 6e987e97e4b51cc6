// The crisis protocol's reply: fixed copy (copy/crisis-protocol.copy.ts), the client's own safety plan
// and their country's crisis lines — never model text. The turn pipeline sends this instead of calling
// the companion engine whenever the risk screen says `urgent` or `imminent`; for `imminent` the server
// also alerts the therapist at once where the client consented (this function only says so).
import { crisisCopy } from "./copy/crisis-protocol.copy.ts";
import { smsHref, telHref, type CountryCrisisLines, type CrisisLine } from "./crisis-lines.ts";
import type { RiskCategory } from "./risk-types.ts";
import { hasSafetyPlan, tidySafetyPlan, type SafetyPlan, type SafetyPlanSection } from "./safety-plan.ts";

export type CrisisTier = "urgent" | "imminent";

export interface TherapistAlertOption {
  /** The client has a care link with a therapist. */
  linked: boolean;
  /** The client consented to risk alerts on that link. */
  consented: boolean;
  /** How to name them to the client ("Dr Rivera"); "your therapist" when absent. */
  therapistName?: string | null | undefined;
}

export interface BuildCrisisReplyInput {
  tier: CrisisTier;
  categories: readonly RiskCategory[];
  safetyPlan: SafetyPlan | null | undefined;
  /** The client's country's lines (see `crisisLinesFor`). */
  crisisLines: CountryCrisisLines;
  therapistAlert: TherapistAlertOption;
}

export interface CrisisLink {
  kind: "call" | "text" | "web";
  /** The number or address as shown. */
  label: string;
  href: string;
}

export interface CrisisContact {
  name: string;
  description: string;
  hours: string;
  /** The one-line rendering used in the reply's text. */
  text: string;
  links: CrisisLink[];
}

export interface CrisisPlanSection {
  section: SafetyPlanSection;
  title: string;
  items: string[];
}

export type CrisisReplyPart =
  | { kind: "paragraph"; text: string }
  | { kind: "safety-plan"; intro: string; sections: CrisisPlanSection[] }
  | { kind: "crisis-lines"; intro: string; emergency: CrisisContact | null; lines: CrisisContact[]; noEmergency: string | null }
  | { kind: "question"; text: string };

export type CrisisActionKind = "call-emergency" | "call-line" | "text-line" | "open-line-website" | "alert-therapist" | "open-safety-plan" | "breathe" | "keep-talking";

export interface CrisisAction {
  kind: CrisisActionKind;
  label: string;
  href?: string | undefined;
}

export interface CrisisReply {
  tier: CrisisTier;
  /** The whole reply as plain text: what is stored as the companion's message and shown without the
   * richer rendering. Built from `parts`, so the two never disagree. */
  text: string;
  parts: CrisisReplyPart[];
  emergency: CrisisContact | null;
  lines: CrisisContact[];
  /** In the order the UI should offer them. */
  actions: CrisisAction[];
  /** Imminent: keep the crisis lines on screen until the client closes them. */
  pinCrisisLines: boolean;
  /** "alerted": the reply tells the client their therapist has been told (the server must do it);
   * "offered": an alert-therapist action is offered; "unavailable": no linked, consenting therapist. */
  therapistAlert: "alerted" | "offered" | "unavailable";
  safetyPlanShown: boolean;
  /** The country whose lines are shown ("INTL" for the fallback). */
  country: string;
}

type Focus = "attempt" | "self" | "abuse" | "others";

const selfCategories: ReadonlySet<RiskCategory> = new Set(["suicidal-thoughts", "self-harm", "plan-or-means", "preparations", "attempt-in-progress"]);

function focusOf(categories: readonly RiskCategory[]): Focus {
  if (categories.includes("attempt-in-progress")) return "attempt";
  if (categories.some((category) => selfCategories.has(category))) return "self";
  if (categories.includes("abuse-or-violence")) return "abuse";
  if (categories.includes("harm-to-others")) return "others";
  return "self";
}

/** The order a plan is walked through: all of it when urgent; for imminent, what helps in the next
 * minutes — reasons, people, a safer room, professionals. */
const planOrder: Readonly<Record<CrisisTier, readonly SafetyPlanSection[]>> = {
  urgent: ["warningSigns", "thingsICanDo", "peopleAndPlaces", "peopleICanAsk", "professionalsAndLines", "makingSurroundingsSafer", "reasonsForLiving"],
  imminent: ["reasonsForLiving", "peopleICanAsk", "makingSurroundingsSafer", "professionalsAndLines"],
};

export function buildCrisisReply(input: BuildCrisisReplyInput): CrisisReply {
  const { tier, categories } = input;
  const focus = focusOf(categories);
  const emergency = emergencyContact(input.crisisLines);
  const lines = input.crisisLines.lines.map(contactFor);
  const emergencyText = emergency === null ? crisisCopy.unknownEmergency : (input.crisisLines.emergency?.number ?? crisisCopy.unknownEmergency);
  const therapist = cleanName(input.therapistAlert.therapistName) ?? crisisCopy.therapist.fallbackName;
  const canAlert = input.therapistAlert.linked && input.therapistAlert.consented;
  const plan = hasSafetyPlan(input.safetyPlan) ? tidySafetyPlan(input.safetyPlan) : null;
  const planSections = plan === null ? [] : planOrder[tier].filter((section) => plan[section].length > 0).map((section) => ({ section, title: crisisCopy.safetyPlan.sections[section], items: plan[section] }));

  const parts: CrisisReplyPart[] = [];
  const paragraph = (...texts: string[]): void => {
    parts.push({ kind: "paragraph", text: texts.join(" ") });
  };
  const linesPart: CrisisReplyPart = {
    kind: "crisis-lines",
    intro: crisisCopy.lines.intro[tier],
    emergency,
    lines,
    noEmergency: emergency === null ? crisisCopy.lines.noEmergency : null,
  };
  const planPart = (): void => {
    if (planSections.length > 0) parts.push({ kind: "safety-plan", intro: crisisCopy.safetyPlan.intro[tier], sections: planSections });
    else paragraph(crisisCopy.noSafetyPlan[tier]);
  };
  const therapistLine = tier === "imminent" ? (canAlert ? crisisCopy.therapist.alerted({ therapist }) : crisisCopy.therapist.trustedPerson.imminent) : canAlert ? crisisCopy.therapist.offer({ therapist }) : crisisCopy.therapist.trustedPerson.urgent;
  const question = focus === "abuse" ? crisisCopy.safetyQuestion.abuse : focus === "others" ? crisisCopy.safetyQuestion.others : crisisCopy.safetyQuestion.self;

  if (tier === "urgent") {
    paragraph(acknowledgement(categories, focus), crisisCopy.stay.urgent);
    planPart();
    parts.push(linesPart);
    paragraph(therapistLine);
  } else {
    paragraph(imminentLead(focus, emergencyText), crisisCopy.stay.imminent);
    parts.push(linesPart);
    paragraph(therapistLine);
    planPart();
    if (focus === "self" || focus === "attempt") paragraph(crisisCopy.saferSurroundings);
  }
  parts.push({ kind: "question", text: question });

  return {
    tier,
    text: parts.map(renderPart).join("\n\n"),
    parts,
    emergency,
    lines,
    actions: actionsFor({ tier, emergency, lines, canAlert, hasPlan: planSections.length > 0 }),
    pinCrisisLines: tier === "imminent",
    therapistAlert: canAlert ? (tier === "imminent" ? "alerted" : "offered") : "unavailable",
    safetyPlanShown: planSections.length > 0,
    country: input.crisisLines.country,
  };
}

function acknowledgement(categories: readonly RiskCategory[], focus: Focus): string {
  if (focus === "abuse") return crisisCopy.acknowledge["abuse-or-violence"];
  if (focus === "others") return crisisCopy.acknowledge["harm-to-others"];
  const suicidal = categories.some((category) => category === "suicidal-thoughts" || category === "plan-or-means" || category === "preparations");
  return categories.includes("self-harm") && !suicidal ? crisisCopy.acknowledge["self-harm"] : crisisCopy.acknowledge["suicidal-thoughts"];
}

function imminentLead(focus: Focus, emergency: string): string {
  switch (focus) {
    case "attempt":
      return crisisCopy.imminentLead.attempt({ emergency });
    case "self":
      return crisisCopy.imminentLead.danger({ emergency });
    case "abuse":
      return crisisCopy.imminentLead.abuse({ emergency });
    case "others":
      return crisisCopy.imminentLead.others({ emergency });
  }
}

function emergencyContact(lines: CountryCrisisLines): CrisisContact | null {
  if (lines.emergency === null) return null;
  const { number, label } = lines.emergency;
  return { name: label, description: label, hours: "24/7", text: crisisCopy.lines.emergency({ number }), links: [{ kind: "call", label: number, href: telHref(number) }] };
}

function contactFor(line: CrisisLine): CrisisContact {
  const links: CrisisLink[] = [];
  if (line.phone !== undefined) links.push({ kind: "call", label: line.phone, href: telHref(line.phone) });
  if (line.text !== undefined) links.push({ kind: "text", label: line.text.keyword === undefined ? line.text.number : `${line.text.keyword} to ${line.text.number}`, href: smsHref(line.text) });
  if (line.url !== undefined) links.push({ kind: "web", label: crisisCopy.lineText.web({ url: line.url }), href: line.url });
  const ways: string[] = [];
  const sameNumber = line.phone !== undefined && line.text !== undefined && line.text.keyword === undefined && digits(line.phone) === digits(line.text.number);
  if (sameNumber && line.phone !== undefined) ways.push(crisisCopy.lineText.callOrText({ number: line.phone }));
  else {
    if (line.phone !== undefined) ways.push(crisisCopy.lineText.call({ number: line.phone }));
    if (line.text !== undefined) ways.push(crisisCopy.lineText.text({ number: line.text.number, keyword: line.text.keyword }));
  }
  if (ways.length === 0 && line.url !== undefined) ways.push(crisisCopy.lineText.web({ url: line.url }));
  return { name: line.name, description: line.description, hours: line.hours, text: `${line.name}: ${ways.join(", or ")} (${line.hours})`, links };
}

function digits(value: string): string {
  return value.replace(/\D/g, "");
}

function actionsFor(input: { tier: CrisisTier; emergency: CrisisContact | null; lines: readonly CrisisContact[]; canAlert: boolean; hasPlan: boolean }): CrisisAction[] {
  const actions: CrisisAction[] = [];
  const emergencyAction: CrisisAction[] = input.emergency === null ? [] : [{ kind: "call-emergency", label: crisisCopy.actions.callEmergency({ number: input.emergency.links[0]?.label ?? "" }), href: input.emergency.links[0]?.href }];
  if (input.tier === "imminent") actions.push(...emergencyAction);
  for (const line of input.lines) {
    for (const link of line.links) {
      if (link.kind === "call") actions.push({ kind: "call-line", label: crisisCopy.actions.call({ name: line.name }), href: link.href });
      if (link.kind === "text") actions.push({ kind: "text-line", label: crisisCopy.actions.text({ name: line.name }), href: link.href });
    }
    if (!line.links.some((link) => link.kind !== "web")) {
      const web = line.links.find((link) => link.kind === "web");
      if (web !== undefined) actions.push({ kind: "open-line-website", label: crisisCopy.actions.visit({ name: line.name }), href: web.href });
    }
  }
  if (input.canAlert && input.tier === "urgent") actions.push({ kind: "alert-therapist", label: crisisCopy.actions.alertTherapist });
  if (input.hasPlan) actions.push({ kind: "open-safety-plan", label: crisisCopy.actions.openSafetyPlan });
  if (input.tier === "urgent") {
    actions.push({ kind: "breathe", label: crisisCopy.actions.breathe });
    actions.push(...emergencyAction);
  }
  actions.push({ kind: "keep-talking", label: crisisCopy.actions.keepTalking });
  return actions;
}

function renderPart(part: CrisisReplyPart): string {
  switch (part.kind) {
    case "paragraph":
    case "question":
      return part.text;
    case "safety-plan":
      return [part.intro, ...part.sections.map((section) => `${section.title}: ${section.items.join("; ")}`)].join("\n");
    case "crisis-lines": {
      const rows = [...(part.emergency === null ? [] : [part.emergency.text]), ...part.lines.map((line) => line.text)];
      if (part.noEmergency !== null) rows.push(part.noEmergency);
      return [part.intro, ...rows.map((row) => `• ${row}`)].join("\n");
    }
  }
}

function cleanName(name: string | null | undefined): string | null {
  const cleaned = (name ?? "").replace(/\p{Cc}|[<>]/gu, "").replace(/\s+/g, " ").trim().slice(0, 60);
  return cleaned.length === 0 ? null : cleaned;
}
