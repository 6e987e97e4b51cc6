// Errors a use case can raise on purpose. Each becomes an application/problem+json response whose
// `detail` is written for the person using the app, not for a developer.

export type AppErrorKind =
  | "invalid" // 400: the request does not make sense
  | "unauthenticated" // 401: no (valid) session
  | "forbidden" // 403: signed in, but not allowed
  | "not-found" // 404: nothing there, or nothing this actor may know exists
  | "conflict" // 409: the state does not allow it right now
  | "gone" // 410: it existed but has expired or been used
  | "locked" // 423: switched off for this client
  | "unprocessable"; // 422: well-formed but the values are wrong

export const statusOf: Record<AppErrorKind, number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  "not-found": 404,
  conflict: 409,
  gone: 410,
  locked: 423,
  unprocessable: 422,
};

export class AppError extends Error {
  override name = "AppError";
  readonly kind: AppErrorKind;
  readonly title: string;

  constructor(kind: AppErrorKind, title: string, detail: string) {
    super(detail);
    this.kind = kind;
    this.title = title;
  }
}

export const notFound = (what: string) =>
  new AppError("not-found", "Not found", `We couldn't find that ${what}. It may have been deleted, or it isn't yours to see.`);

export const forbidden = (detail: string) => new AppError("forbidden", "Not allowed", detail);
