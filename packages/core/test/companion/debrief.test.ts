import { describe, expect, it } from "vitest";
import type { DueFollowUp } from "../../src/index.ts";
import { eventsOf, newConversation, open, say } from "./helpers.ts";

const practice: DueFollowUp = { kind: "practice", id: "p1", what: "Say no to one extra shift", due: "2025-06-10" };
const intention: DueFollowUp = { kind: "intention", id: "i1", what: "talk to Ana about the holidays", withWhom: "Ana", due: "2025-06-07" };

describe("debrief", () => {
  it("after a practice: what happened, how it felt, what they noticed, what next", () => {
    const conversation = newConversation("debrief");
    const options = { dueFollowUps: [practice] };
    let plan = open(conversation, options);
    expect(plan.builtInReply).toMatch(/Say no to one extra shift/);
    plan = say(conversation, { text: "I told my manager I couldn't take the Saturday shift", ...options });
    expect(plan.builtInReply).toMatch(/feel|like/i);
    say(conversation, { text: "scary but also kind of good", ...options });
    say(conversation, { text: "that nothing bad happened", ...options });
    plan = say(conversation, { text: "keep doing it", ...options });
    expect(eventsOf(plan.events, "practice-debrief")).toEqual([
      {
        type: "practice-debrief",
        practiceId: "p1",
        outcome: "done",
        happened: "I told my manager I couldn't take the Saturday shift",
        felt: "scary but also kind of good",
        noticed: "that nothing bad happened",
        next: "keep doing it",
      },
    ]);
    expect(plan.builtInReply).toMatch(/session/);
    // The invitation to bring it to session is an offer: yes marks a moment.
    plan = say(conversation, { text: "yes", ...options });
    expect(eventsOf(plan.events, "moment-requested")).toEqual([
      { type: "moment-requested", text: "I told my manager I couldn't take the Saturday shift\nthat nothing bad happened" },
    ]);
  });

  it("asks which one when several are due, asks the outcome when the story doesn't tell it, and turns a dated next step into an intention", () => {
    const conversation = newConversation("debrief");
    const options = { dueFollowUps: [intention, practice] };
    let plan = open(conversation, options);
    // The choice carries ids, not the client's words; the list is in the (encrypted) reply text.
    expect(plan.structured).toEqual({
      kind: "follow-up-choice",
      followUps: [
        { kind: "intention", id: "i1", send: "1" },
        { kind: "practice", id: "p1", send: "2" },
      ],
      other: { label: "Something else", send: "Something else" },
    });
    expect(plan.builtInReply).toBe("Which would you like to talk about?\n1. talk to Ana about the holidays\n2. Say no to one extra shift");
    plan = say(conversation, { text: "1", ...options });
    expect(plan.builtInReply).toMatch(/Saturday/);
    plan = say(conversation, { text: "we met for coffee", ...options });
    expect(plan.structured).toMatchObject({ kind: "choices", purpose: "outcome" });
    say(conversation, { text: "Not yet", ...options });
    say(conversation, { text: "nervous", ...options });
    say(conversation, { text: "I kept changing the subject", ...options });
    plan = say(conversation, { text: "I'll bring it up on friday", ...options });
    expect(eventsOf(plan.events, "intention-outcome")).toEqual([
      { type: "intention-outcome", intentionId: "i1", outcome: "not-yet", note: "we met for coffee\nnervous\nI kept changing the subject\nI'll bring it up on friday" },
    ]);
    expect(eventsOf(plan.events, "intention-created")).toEqual([
      { type: "intention-created", what: "bring it up", withWhom: "Ana", due: "2025-06-13", dueText: "on friday", source: "debrief" },
    ]);
    expect(plan.builtInReply).toMatch(/Friday 13 June/);
  });

  it("debriefs a real-life conversation not linked to anything", () => {
    const conversation = newConversation("debrief");
    say(conversation, "I finally spoke to my brother about dad's drinking last night");
    say(conversation, "relieved and shaky");
    const plan = say(conversation, "he already knew");
    expect(plan.builtInReply).toMatch(/next/i);
    const last = say(conversation, "idk");
    expect(eventsOf(last.events, "debrief-completed")).toEqual([
      { type: "debrief-completed", happened: "I finally spoke to my brother about dad's drinking last night", felt: "relieved and shaky", noticed: "he already knew", next: null },
    ]);
  });
});

describe("practice follow-ups", () => {
  it("ask the therapist's own follow-up question, as written", () => {
    const conversation = newConversation("talk");
    const withQuestion: DueFollowUp = { ...practice, question: "What happened when you said no?" };
    const plan = say(conversation, { text: "hi", dueFollowUps: [withQuestion] });
    expect(plan.builtInReply).toContain("What happened when you said no?");
    expect(plan.builtInReply).toContain("Say no to one extra shift");
    expect(plan.prompt.system).toContain('Their therapist\'s follow-up question, to ask as written: "What happened when you said no?"');
    const next = say(conversation, { text: "I did it twice actually", dueFollowUps: [withQuestion] });
    const last = say(conversation, { text: "it felt strange but ok", dueFollowUps: [withQuestion] });
    expect(next.events).toEqual([]);
    expect(last.events).toEqual([
      { type: "practice-debrief", practiceId: "p1", outcome: "done", happened: "I did it twice actually", felt: null, noticed: "it felt strange but ok", next: null },
    ]);
  });
});
