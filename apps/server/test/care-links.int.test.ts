import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signUp } from "./support/api-client.ts";
import { startTestServer, type TestServer } from "./support/test-server.ts";

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.stop();
});

interface CareLinkBody {
  id: string;
  status: string;
  consent: { level: string; riskAlerts: boolean };
  companionEnabled: boolean;
  agreed: { level: { shows: string }; riskAlerts: string };
}

describe("care links", () => {
  it("lets a therapist invite and a client redeem with a chosen consent", async () => {
    const therapist = await signUp(server.url, "therapist");
    const client = await signUp(server.url, "client");
    const invite = await therapist.api.post<{ code: string; expiresAt: string }>("/api/invites");
    expect(invite.status).toBe(201);
    expect(invite.body.code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);

    const linked = await client.api.post<CareLinkBody>("/api/care-links", {
      code: invite.body.code.toLowerCase(),
      consent: { level: "moments", riskAlerts: true },
    });
    expect(linked.status).toBe(201);
    expect(linked.body.consent).toEqual({ level: "moments", riskAlerts: true });
    expect(linked.body.agreed.level.shows).toContain("bring to session");
    expect(linked.body.agreed.riskAlerts).toContain("alert");

    const seenByTherapist = await therapist.api.get<{ careLinks: CareLinkBody[] }>("/api/care-links");
    expect(seenByTherapist.body.careLinks.map((link) => link.id)).toEqual([linked.body.id]);
  });
});
