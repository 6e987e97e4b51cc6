// The HTTP surface: middleware that every request passes (ids, logs, headers, size and origin
// checks, the session), Better Auth under /api/auth, and the API's routers.
import { existsSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { serveStatic } from "@hono/node-server/serve-static";
import { OpenAPIHono } from "@hono/zod-openapi";
import type { Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import { HTTPException } from "hono/http-exception";
import { requestId } from "hono/request-id";
import { routePath } from "hono/route";
import { secureHeaders } from "hono/secure-headers";
import { CLIENT_IP_HEADER } from "../auth.ts";
import type { AppContext } from "../context.ts";
import { AppError, statusOf } from "../errors.ts";
import type { HttpEnv, SessionUser } from "./env.ts";
import { problem, problemResponse, PROBLEM_TYPE, type Problem } from "./problem.ts";
import { anchorRoutes } from "./routes/anchor.ts";
import { careLinkRoutes } from "./routes/care-links.ts";
import { careWorkRoutes } from "./routes/care-work.ts";
import { checkInRoutes } from "./routes/check-ins.ts";
import { clientRoutes } from "./routes/clients.ts";
import { conversationRoutes } from "./routes/conversations.ts";
import { memoryAndMomentRoutes } from "./routes/memory-and-moments.ts";
import { meRoutes } from "./routes/me.ts";
import { safetyRoutes } from "./routes/safety.ts";

export const MAX_BODY_BYTES = 64 * 1024;

export interface HttpOptions {
  /** Reads the caller's address from the connection (the node adapter provides it). */
  remoteAddress?: (c: Context<HttpEnv>) => string | undefined;
  /** The built web app's folder (default: apps/web/dist). */
  webRoot?: string;
  /** Sees unexpected errors in full (tests print them); production logs only their name. */
  onUnexpectedError?: (error: Error) => void;
}

export function createHttpApp(ctx: AppContext, options: HttpOptions = {}) {
  const app = new OpenAPIHono<HttpEnv>();

  app.use(requestId());
  // requestId() sets the header only on responses built through the context (c.json…); problem
  // documents and Better Auth's answers are plain Responses, so stamp it on whatever goes out.
  app.use(async (c, next) => {
    await next();
    // c.header re-wraps a finalized response, so this works on immutable headers too.
    c.header("X-Request-Id", c.get("requestId"));
  });
  app.use(async (c, next) => {
    const started = performance.now();
    await next();
    // Ids and numbers only: never bodies, names or emails.
    ctx.logger.info(
      {
        event: "http.request",
        requestId: c.get("requestId"),
        method: c.req.method,
        route: routePath(c),
        status: c.res.status,
        ms: Math.round((performance.now() - started) * 10) / 10,
        userId: c.get("user")?.id,
      },
      "request",
    );
  });
  app.use(
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", "data:"],
        connectSrc: ["'self'"],
        fontSrc: ["'self'"],
        manifestSrc: ["'self'"],
        workerSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
      xFrameOptions: "DENY",
      xContentTypeOptions: "nosniff",
      referrerPolicy: "no-referrer",
      crossOriginResourcePolicy: "same-origin",
      crossOriginOpenerPolicy: "same-origin",
      strictTransportSecurity: ctx.config.publicUrl.startsWith("https:") ? "max-age=31536000; includeSubDomains" : false,
    }),
  );

  app.use(
    "/api/*",
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: (c) =>
        problem(c, {
          status: 413,
          title: "Too long to send",
          detail: "That is longer than we accept in one go (64 KB). Try splitting it into smaller parts.",
        }),
    }),
  );

  // Cookies ride along on cross-site requests; refuse state changes that come from another site.
  app.use("/api/*", async (c, next) => {
    if (!["GET", "HEAD", "OPTIONS"].includes(c.req.method)) {
      const origin = c.req.header("origin");
      const crossSite = c.req.header("sec-fetch-site") === "cross-site";
      if (crossSite || (origin !== undefined && !ctx.config.trustedOrigins.includes(origin))) {
        return problem(c, {
          status: 403,
          title: "Request from another site",
          detail: "This request came from a page we don't trust, so we didn't act on it.",
        });
      }
    }
    await next();
  });

  app.on(["GET", "POST"], "/api/auth/*", async (c: Context<HttpEnv>) => {
    const headers = new Headers(c.req.raw.headers);
    headers.delete(CLIENT_IP_HEADER);
    const forwarded = ctx.config.trustProxy ? c.req.header("x-forwarded-for")?.split(",")[0]?.trim() : undefined;
    const ip = forwarded !== undefined && forwarded !== "" ? forwarded : options.remoteAddress?.(c);
    if (ip !== undefined) headers.set(CLIENT_IP_HEADER, ip);
    const response = await ctx.auth.handler(new Request(c.req.raw, { headers }));
    return asProblemIfError(c, response);
  });

  app.use("/api/*", async (c, next) => {
    const result = await ctx.auth.api.getSession({ headers: c.req.raw.headers });
    c.set("user", result === null ? undefined : (result.user as unknown as SessionUser));
    await next();
  });

  // BETWEEN_REQUIRE_THERAPIST_2FA: a therapist reads client content (everything under
  // /api/clients) only once their second factor is set up. Their own links, invites and the
  // two-factor set-up itself stay open, so they can get there.
  if (ctx.config.requireTherapistTwoFactor) {
    app.use("/api/clients/*", async (c, next) => {
      const user = c.get("user");
      if (user?.role === "therapist" && !user.twoFactorEnabled) {
        return problem(c, {
          status: 403,
          title: "Set up two-step sign-in first",
          detail: "Your practice asks for two-step sign-in before you can see clients' content. Turn it on in your account, then try again.",
        });
      }
      await next();
    });
  }

  app.get("/api/health", (c) => c.json({ status: "ok" }));

  app.route("/api", careLinkRoutes(ctx));
  app.route("/api", meRoutes(ctx));
  app.route("/api", conversationRoutes(ctx));
  app.route("/api", clientRoutes(ctx));
  app.route("/api", memoryAndMomentRoutes(ctx));
  app.route("/api", careWorkRoutes(ctx));
  app.route("/api", safetyRoutes(ctx));
  app.route("/api", checkInRoutes(ctx));
  app.route("/api", anchorRoutes(ctx));

  app.doc31("/api/openapi.json", {
    openapi: "3.1.0",
    info: {
      title: "Between API",
      version: "1.0.0",
      description:
        "The API behind Between's client app and therapist workspace. Accounts live under /api/auth (Better Auth: sign-up/email, sign-in/email, sign-out, two-factor/*). Errors are application/problem+json.",
    },
  });

  // The web app, built by `npm run build -w @between/web`: files as they are, and index.html for
  // the app's own routes (the browser router takes it from there).
  const webRoot = options.webRoot ?? join(import.meta.dirname, "../../../web/dist");
  if (existsSync(join(webRoot, "index.html"))) {
    const indexHtml = readFileSync(join(webRoot, "index.html"), "utf8");
    app.use(
      "/*",
      serveStatic<HttpEnv>({
        root: relative(process.cwd(), webRoot) || ".",
        onFound: (path, c) => {
          // Hashed assets never change; the shell and the service worker must always be revalidated.
          c.header("cache-control", path.includes("/assets/") ? "public, max-age=31536000, immutable" : "no-cache");
        },
      }),
    );
    app.get("/*", (c, next) => {
      if (c.req.path.startsWith("/api/")) return next();
      c.header("cache-control", "no-cache");
      return c.html(indexHtml);
    });
  }

  app.notFound((c) =>
    problem(c, { status: 404, title: "Not found", detail: "There's nothing at this address." }),
  );

  app.onError((error, c) => {
    if (error instanceof AppError) {
      return problem(c, { status: statusOf[error.kind], title: error.title, detail: error.message });
    }
    if (error instanceof HTTPException) {
      if (error.status === 400) {
        return problem(c, {
          status: 400,
          title: "Couldn't read the request",
          detail: "The request body isn't valid JSON. Send a JSON object.",
        });
      }
      return problem(c, { status: error.status, title: "Request refused", detail: error.message });
    }
    options.onUnexpectedError?.(error);
    // Never log the error's message: a database error can quote the values it was given.
    ctx.logger.error(
      { event: "http.error", requestId: c.get("requestId"), errorName: error.name, code: (error as { code?: unknown }).code },
      "unhandled error",
    );
    return problem(c, {
      status: 500,
      title: "Something went wrong on our side",
      detail: "Nothing you wrote was lost. Please try again in a moment.",
    });
  });

  return app;
}

const authTitles: Record<number, string> = {
  400: "Couldn't do that",
  401: "Couldn't sign you in",
  403: "Not allowed",
  404: "Not found",
  422: "Some details need another look",
  429: "Too many attempts",
};

/** Better Auth answers errors as `{message, code}`; the API promises problem documents everywhere. */
async function asProblemIfError(c: Context<HttpEnv>, response: Response): Promise<Response> {
  if (response.status < 400 || response.headers.get("content-type")?.includes(PROBLEM_TYPE)) return response;
  let detail = "That didn't work. Please try again.";
  let errors: Problem["errors"];
  const text = await response.text();
  try {
    const body = JSON.parse(text) as { message?: unknown; code?: unknown };
    if (typeof body.message === "string" && body.message !== "") detail = body.message;
    // Its input validation speaks zod ("[body.name] Invalid input: expected string, received
    // undefined"): name each field the way our own routes do.
    if (body.code === "VALIDATION_ERROR" && typeof body.message === "string") {
      errors = authValidationErrors(body.message);
      if (errors.length > 0) detail = errors.map((e) => (e.path === "(body)" ? e.message : `${e.path}: ${e.message}`)).join(" ");
    }
  } catch {
    // Not JSON: keep the generic detail.
  }
  if (response.status === 429) detail = "Too many attempts in a short time. Please wait a minute and try again.";
  const headers: Record<string, string> = {};
  const retryAfter = response.headers.get("x-retry-after");
  if (retryAfter !== null) headers["retry-after"] = retryAfter;
  for (const cookie of response.headers.getSetCookie()) headers["set-cookie"] = cookie;
  return problemResponse(
    {
      type: "about:blank",
      title: errors !== undefined && errors.length > 0 ? "Some details need another look" : (authTitles[response.status] ?? "Couldn't do that"),
      status: response.status,
      detail: detail.endsWith(".") ? detail : `${detail}.`,
      instance: `urn:between:request:${c.get("requestId")}`,
      ...(errors !== undefined && errors.length > 0 ? { errors } : {}),
    },
    headers,
  );
}

function authValidationErrors(message: string): { path: string; message: string }[] {
  return [...message.matchAll(/\[(?:body|query)(?:\.([^\]]+))?\]\s*([^;]*)/g)].map((match) => {
    const raw = (match[2] ?? "").trim();
    const expected = /expected (\w+)/.exec(raw)?.[1];
    const readable = /received undefined/.test(raw)
      ? "This is required."
      : /email/i.test(raw)
        ? "This should be an email address."
        : expected !== undefined
          ? `This should be ${/^[aeiou]/.test(expected) ? "an" : "a"} ${expected}.`
          : "This isn't valid.";
    return { path: match[1] ?? "(body)", message: readable };
  });
}
