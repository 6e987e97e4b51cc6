import { describe, expect, it } from "vitest";
import {
  consentLevels,
  decideClientAccess,
  resourcesVisibleUnder,
  type CareLinkGrant,
  type ClientResource,
} from "../../src/index.ts";

const client = { userId: "client-a", role: "client" as const };
const otherClient = { userId: "client-b", role: "client" as const };
const therapist = { userId: "therapist-1", role: "therapist" as const };
const admin = { userId: "admin-1", role: "admin" as const };

function link(overrides: Partial<CareLinkGrant> = {}): CareLinkGrant {
  return {
    id: "link-1",
    clientId: "client-a",
    therapistId: "therapist-1",
    status: "active",
    consentLevel: "signals",
    riskAlerts: false,
    ...overrides,
  };
}

const contentByLevel: ClientResource[] = ["signals", "moments", "summaries", "transcripts"];

describe("decideClientAccess", () => {
  it("lets a client read all of their own content, without a link", () => {
    for (const resource of [...contentByLevel, "safety-alerts", "profile"] as const) {
      expect(decideClientAccess({ actor: client, clientId: "client-a", resource, links: [] })).toEqual({
        allowed: true,
        via: "self",
      });
    }
  });

  it("never lets one client read another", () => {
    expect(decideClientAccess({ actor: otherClient, clientId: "client-a", resource: "signals", links: [link()] })).toEqual({
      allowed: false,
      reason: "role",
    });
  });

  it("gives admins no client content", () => {
    expect(decideClientAccess({ actor: admin, clientId: "client-a", resource: "signals", links: [] }).allowed).toBe(false);
  });

  it("shows a linked therapist exactly the levels up to the consent", () => {
    for (const [grantedIndex, granted] of consentLevels.entries()) {
      for (const [neededIndex, resource] of contentByLevel.entries()) {
        const decision = decideClientAccess({
          actor: therapist,
          clientId: "client-a",
          resource,
          links: [link({ consentLevel: granted })],
        });
        expect(decision.allowed, `${granted} → ${resource}`).toBe(neededIndex <= grantedIndex);
      }
    }
  });

  it("needs the separate risk-alert consent for safety alerts", () => {
    const ask = (riskAlerts: boolean) =>
      decideClientAccess({
        actor: therapist,
        clientId: "client-a",
        resource: "safety-alerts",
        links: [link({ consentLevel: "transcripts", riskAlerts })],
      }).allowed;
    expect(ask(false)).toBe(false);
    expect(ask(true)).toBe(true);
  });

  it("gives nothing once the link is revoked or ended, and nothing to an unlinked therapist", () => {
    for (const status of ["revoked", "ended"] as const) {
      expect(
        decideClientAccess({ actor: therapist, clientId: "client-a", resource: "signals", links: [link({ status })] }),
      ).toEqual({ allowed: false, reason: "not-linked" });
    }
    expect(
      decideClientAccess({
        actor: therapist,
        clientId: "client-a",
        resource: "profile",
        links: [link({ therapistId: "therapist-2" })],
      }).allowed,
    ).toBe(false);
  });

  it("names the link a therapist read through, for the audit log", () => {
    expect(
      decideClientAccess({ actor: therapist, clientId: "client-a", resource: "profile", links: [link({ id: "l-9" })] }),
    ).toEqual({ allowed: true, via: "care-link", careLinkId: "l-9" });
  });
});

describe("resourcesVisibleUnder", () => {
  it("lists what a level shows, for the client's mirror", () => {
    expect(resourcesVisibleUnder({ consentLevel: "moments", riskAlerts: true })).toEqual([
      "profile",
      "care",
      "signals",
      "moments",
      "safety-alerts",
    ]);
  });
});
