import { createInterface } from "node:readline/promises";
import { parseArgs } from "node:util";
import { roles, type Role } from "@between/core";
import { APIError } from "better-auth";
import { eq } from "drizzle-orm";
import pino from "pino";
import { loadConfig } from "../config.ts";
import { user } from "../db/schema/index.ts";
import { createApp } from "../server.ts";

export async function createUserCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { email: { type: "string" }, name: { type: "string" }, role: { type: "string", default: "client" } },
  });
  const role = values.role as Role;
  if (values.email === undefined || values.name === undefined || !roles.includes(role)) {
    process.stderr.write("Usage: npx between create-user --email E --name N --role client|therapist|admin\n");
    return 2;
  }
  const password = process.stdin.isTTY ? await ask("Password (at least 10 characters): ") : await readStdin();
  const app = await createApp({ config: loadConfig(), logDestination: pino.destination(2) });
  try {
    // Sign-up never makes admins; an admin starts as a client and is promoted here, on the machine.
    let created;
    try {
      created = await app.ctx.auth.api.signUpEmail({
        body: { email: values.email, name: values.name, password, role: role === "admin" ? "client" : role },
      });
    } catch (error) {
      // Refusals (password too short, email taken…) are for the operator, not a crash dump.
      if (!(error instanceof APIError)) throw error;
      process.stderr.write(`Couldn't create the account: ${error.message.replace(/\.$/, "")}.\n`);
      return 1;
    }
    if (role === "admin") await app.ctx.db.update(user).set({ role: "admin" }).where(eq(user.id, created.user.id));
    process.stdout.write(`Created ${role} ${created.user.id}.\n`);
    return 0;
  } finally {
    await app.close();
  }
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8").trim();
}

async function ask(question: string): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return (await rl.question(question)).trim();
  } finally {
    rl.close();
  }
}
