// Small helpers so route definitions read as a table of what goes in and out.
import { z } from "zod";

export const ProblemDocument = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string(),
  instance: z.string().optional(),
  errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});

export function json<T extends z.ZodType>(schema: T, description: string) {
  return { content: { "application/json": { schema } }, description };
}

export function jsonBody<T extends z.ZodType>(schema: T) {
  return { content: { "application/json": { schema } }, required: true };
}

const problemContent = { content: { "application/problem+json": { schema: ProblemDocument } } };

/** The errors any authenticated route may answer with. */
export const problemResponses = {
  401: { ...problemContent, description: "Not signed in" },
  403: { ...problemContent, description: "Not allowed" },
  404: { ...problemContent, description: "Not found, or not yours to see" },
  409: { ...problemContent, description: "Conflicts with the current state" },
  422: { ...problemContent, description: "The values are not valid" },
} as const;
