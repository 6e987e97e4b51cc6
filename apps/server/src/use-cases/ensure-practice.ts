import { eq } from "drizzle-orm";
import type { Executor } from "../db/database.ts";
import { practice, practiceMember, user } from "../db/schema/index.ts";
import { newId } from "../context.ts";

/** Every therapist belongs to a practice; one who signs up alone gets a one-person practice. */
export async function ensurePractice(exec: Executor, therapistId: string): Promise<string> {
  const [member] = await exec.select().from(practiceMember).where(eq(practiceMember.therapistId, therapistId));
  if (member !== undefined) return member.practiceId;
  const [therapist] = await exec.select({ name: user.name }).from(user).where(eq(user.id, therapistId));
  const practiceId = newId();
  await exec.insert(practice).values({ id: practiceId, name: `${therapist?.name ?? "Therapist"}'s practice` });
  await exec.insert(practiceMember).values({ therapistId, practiceId, role: "owner" }).onConflictDoNothing();
  const [winner] = await exec.select().from(practiceMember).where(eq(practiceMember.therapistId, therapistId));
  return winner?.practiceId ?? practiceId;
}
