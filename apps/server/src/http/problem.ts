// RFC 9457 problem documents: every error the API returns has this shape and media type.

export const PROBLEM_TYPE = "application/problem+json";

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  /** The request id, to quote when asking for help. */
  instance?: string;
  /** For validation failures: which fields were wrong and why. */
  errors?: { path: string; message: string }[];
}

export function problemResponse(problem: Problem, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(problem), {
    status: problem.status,
    headers: { "content-type": PROBLEM_TYPE, ...headers },
  });
}

/** Anything that knows the request id: a Hono context. */
export interface RequestScope {
  get: (key: "requestId") => string;
}

export function problem(
  c: RequestScope,
  fields: { status: number; title: string; detail: string; errors?: Problem["errors"]; type?: string },
): Response {
  const requestId: string | undefined = c.get("requestId");
  return problemResponse({
    type: fields.type ?? "about:blank",
    title: fields.title,
    status: fields.status,
    detail: fields.detail,
    ...(requestId === undefined ? {} : { instance: `urn:between:request:${requestId}` }),
    ...(fields.errors === undefined ? {} : { errors: fields.errors }),
  });
}
