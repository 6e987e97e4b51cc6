import { signUp } from "../apps/server/test/support/api-client.ts";
import { collectTurn } from "../apps/server/test/support/sse.ts";
import { startTestServer } from "../apps/server/test/support/test-server.ts";
const server = await startTestServer({ env: { LOG_LEVEL: "silent" } });
const client = await signUp(server.url, "client", { timeZone: "Europe/London", country: "GB" });
async function convo(mode: string, lines: string[]) {
  const c = await client.api.post<{ id: string; opening: { text: string } | null }>("/api/conversations", { mode });
  console.log(`\n=== ${mode}\nCOMPANION: ${c.body.opening?.text}`);
  for (const line of lines) {
    const r = await collectTurn(await client.api.raw("POST", `/api/conversations/${c.body.id}/messages`, { body: JSON.stringify({ text: line }), headers: { "content-type": "application/json" } }));
    console.log(`CLIENT: ${line}\nCOMPANION: ${r.text}${r.data["data-structured"] ? "  [" + JSON.stringify(r.data["data-structured"]).slice(0, 120) + "]" : ""}`);
  }
}
await convo("talk", ["hey", "i had a fight with my sister ana and i feel so ashamed", "she said i always make everything about me", "i dont know, maybe she's right", "are you real?"]);
await convo("rehearse", ["my dad", "he's my father, we don't talk much", "that i'm moving to berlin", "that i'm abandoning him", "realistic", "Dad, I've decided to move to Berlin for work.", "I know it's hard. I'll visit often.", "pause", "when he went quiet", "my chest got tight", "that i can be kind and still decide", "talk to him on saturday"]);
await convo("regulate", ["8", "breathing", "done", "5"]);
await convo("check-in", ["4", "flat"]);
await server.stop();
