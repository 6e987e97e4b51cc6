import { z } from "zod";
import { roles } from "@between/core";
import { Id, Timestamp } from "./common.ts";

export const Me = z.object({
  id: Id,
  name: z.string(),
  email: z.string(),
  role: z.enum(roles),
  timeZone: z.string(),
  country: z.string().nullable(),
  twoFactorEnabled: z.boolean(),
});

export const UpdateMeBody = z
  .strictObject({
    timeZone: z.string().min(1).max(64).optional(),
    country: z
      .string()
      .regex(/^[A-Z]{2}$/, "Use a two-letter country code, like GB.")
      .nullable()
      .optional(),
  })
  .refine((body) => Object.keys(body).length > 0, { error: "Say what to change." });

export const AccessLogEntry = z.object({
  id: Id,
  at: Timestamp,
  actor: z.object({ id: Id, name: z.string(), role: z.string() }).nullable(),
  action: z.enum(["read", "write"]),
  resource: z.string(),
  resourceId: z.string().nullable(),
});

export const AccessLog = z.object({ events: z.array(AccessLogEntry) });

export type Me = z.infer<typeof Me>;
