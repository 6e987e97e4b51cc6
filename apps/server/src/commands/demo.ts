// `npx between demo`, and `npx between serve --demo`: fills an empty database with the demo practice
// and prints how to sign in.
import pino from "pino";
import { loadConfig, type Config } from "../config.ts";
import type { App } from "../server.ts";
import { createApp } from "../server.ts";
import { seedDemo, type DemoAccounts } from "../demo/seed-demo.ts";

/** A clock the demo can hold at past instants while it writes the history, then let go. */
export function demoClock(): { now: () => Date; setNow: (at: Date | null) => void } {
  let held: Date | null = null;
  return {
    now: () => held ?? new Date(),
    setNow: (at) => {
      held = at;
    },
  };
}

export async function fillDemo(app: App, clock: ReturnType<typeof demoClock>, signInUrl: string): Promise<void> {
  process.stdout.write("Writing the demo practice (four fictional clients, twelve weeks each)…\n");
  const accounts = await seedDemo({ ctx: app.ctx, setNow: clock.setNow, now: new Date() });
  process.stdout.write(accounts === null ? "The database already has accounts: the demo only fills an empty one. Nothing was added.\n" : describeAccounts(accounts, signInUrl));
}

export function describeAccounts(accounts: DemoAccounts, signInUrl: string): string {
  const lines = [
    "",
    `Demo practice ready. Sign in at ${signInUrl} with the password ${accounts.password}`,
    `  therapist  ${accounts.therapist.email}  (${accounts.therapist.name})`,
    ...accounts.clients.map((client) => `  client     ${client.email}  (${client.name}; shares ${client.consent}; ${client.profile})`),
    "Everyone in it is fictional. The password is shown only now.",
    "",
  ];
  return lines.join("\n");
}

export async function demoCommand(): Promise<number> {
  const config: Config = loadConfig();
  const clock = demoClock();
  const app = await createApp({ config, now: clock.now, logDestination: pino.destination(2) });
  try {
    await fillDemo(app, clock, config.publicUrl);
    return 0;
  } finally {
    await app.close();
  }
}
