// The one way the app talks to the API: same-origin cookies, JSON in and out, and every failure
// turned into a sentence a person can act on (the server answers errors as application/problem+json).

export interface ProblemField {
  path: string;
  message: string;
}

/** A request that did not do what was asked; `message` is fit to show as it is. */
export class ApiError extends Error {
  readonly status: number;
  readonly title: string;
  readonly fields: ProblemField[];

  constructor(init: { status: number; title: string; detail: string; fields?: ProblemField[] }) {
    super(init.detail);
    this.name = "ApiError";
    this.status = init.status;
    this.title = init.title;
    this.fields = init.fields ?? [];
  }

  /** No answer at all: offline, or the server is down. Nothing was done. */
  get offline(): boolean {
    return this.status === 0;
  }
}

export const offlineError = () =>
  new ApiError({
    status: 0,
    title: "You're offline",
    detail: "We couldn't reach Between, so nothing was sent. Check your connection and try again.",
  });

/** Reads a failed response into an ApiError, whatever shape its body has. */
export async function errorFromResponse(response: Response): Promise<ApiError> {
  const fallback = {
    status: response.status,
    title: response.status >= 500 ? "Something went wrong on our side" : "That didn't work",
    detail:
      response.status >= 500
        ? "Nothing you wrote was lost. Please try again in a moment."
        : "That didn't work. Please try again.",
  };
  const type = response.headers.get("content-type") ?? "";
  if (!type.includes("json")) return new ApiError(fallback);
  try {
    const body = (await response.json()) as { title?: unknown; detail?: unknown; errors?: unknown };
    const fields = Array.isArray(body.errors)
      ? body.errors.filter(
          (e): e is ProblemField =>
            typeof e === "object" && e !== null && typeof (e as ProblemField).path === "string" && typeof (e as ProblemField).message === "string",
        )
      : [];
    return new ApiError({
      status: response.status,
      title: typeof body.title === "string" ? body.title : fallback.title,
      detail: typeof body.detail === "string" && body.detail !== "" ? body.detail : fallback.detail,
      fields,
    });
  } catch {
    return new ApiError(fallback);
  }
}

export interface RequestOptions {
  method?: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  body?: unknown;
  signal?: AbortSignal;
}

/** `fetch` with the app's defaults; resolves with the raw response only when it is OK. */
export async function request(path: string, options: RequestOptions = {}): Promise<Response> {
  const headers: Record<string, string> = { accept: "application/json, application/problem+json" };
  if (options.body !== undefined) headers["content-type"] = "application/json";
  const init: RequestInit = {
    method: options.method ?? "GET",
    credentials: "include",
    headers,
    signal: options.signal ?? null,
    ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
  };
  let response: Response;
  try {
    response = await fetch(path, init);
  } catch (error) {
    if (error instanceof DOMException && error.name === "AbortError") throw error;
    throw offlineError();
  }
  if (!response.ok) throw await errorFromResponse(response);
  return response;
}

/** A JSON request; `T` is the contract's type for the answer (undefined for 204). */
export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const response = await request(path, options);
  if (response.status === 204 || response.headers.get("content-length") === "0") return undefined as T;
  const type = response.headers.get("content-type") ?? "";
  if (!type.includes("json")) return (await response.text()) as T;
  return (await response.json()) as T;
}

/** A message for any error a query or mutation can raise. */
export function messageOf(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof Error && error.message !== "") return "Something went wrong. Please try again.";
  return "Something went wrong. Please try again.";
}
