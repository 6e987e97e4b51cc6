import type { Actor } from "@between/core";
import { OpenAPIHono } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { z } from "zod";
import { AppError } from "../errors.ts";
import { problem } from "./problem.ts";

export interface SessionUser {
  id: string;
  name: string;
  email: string;
  role: "client" | "therapist" | "admin";
  timeZone: string;
  country: string | null;
  twoFactorEnabled: boolean;
}

export interface HttpEnv {
  Variables: {
    requestId: string;
    user: SessionUser | undefined;
  };
}

/** A router whose validation failures are problem documents naming each field. */
export function newRouter(): OpenAPIHono<HttpEnv> {
  return new OpenAPIHono<HttpEnv>({
    defaultHook: (result, c) => {
      if (result.success) return undefined;
      return validationProblem(c, result.error);
    },
  });
}

export function validationProblem(c: Context, error: z.ZodError): Response {
  const entries = error.issues.flatMap((issue) => {
    // An unknown field is named at its own path (`consent.extra`), one entry per field.
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => {
        const path = [...issue.path, key].join(".");
        return { path, message: `"${path}" isn't a field this request takes.`, named: true };
      });
    }
    return [{ path: issue.path.join(".") || "(body)", message: describeIssue(issue), named: false }];
  });
  return problem(c, {
    status: 422,
    title: "Some details need another look",
    detail: entries.map((e) => (e.named || e.path === "(body)" ? e.message : `${e.path}: ${e.message}`)).join(" "),
    errors: entries.map(({ path, message }) => ({ path, message })),
  });
}

function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined ? "This is required." : `This should be ${article(issue.expected)}.`;
    case "invalid_value":
      return `This should be one of: ${issue.values.map((value) => JSON.stringify(value)).join(", ")}.`;
    case "too_small":
      return issue.origin === "string" ? `This is too short (at least ${String(issue.minimum)} characters).` : issue.message;
    case "too_big":
      return issue.origin === "string" ? `This is too long (at most ${String(issue.maximum)} characters).` : issue.message;
    default:
      return issue.message;
  }
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

/** The signed-in actor, or a 401 problem. Optionally restricted to roles. */
export function requireActor(c: Context<HttpEnv>, ...roles: SessionUser["role"][]): Actor {
  const user = c.get("user");
  if (user === undefined) {
    throw new AppError("unauthenticated", "Please sign in", "You need to be signed in to do that.");
  }
  if (roles.length > 0 && !roles.includes(user.role)) {
    throw new AppError("forbidden", "Not allowed", `This is only for ${roles.join(" or ")} accounts.`);
  }
  return { userId: user.id, role: user.role };
}
