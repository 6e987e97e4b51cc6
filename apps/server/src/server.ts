// Builds the application from its configuration and serves it. Tests call the same function with
// their own configuration, clock and log destination, and talk to it over real HTTP.
import { serve, type ServerType } from "@hono/node-server";
import { getConnInfo } from "@hono/node-server/conninfo";
import type { AddressInfo } from "node:net";
import type { DestinationStream } from "pino";
import { warmUpSafetyChecks } from "@between/core";
import { createAuth } from "./auth.ts";
import { createModelEngine } from "./companion/model-engine.ts";
import type { Config } from "./config.ts";
import type { AppContext } from "./context.ts";
import { openDatabase, type DatabaseHandle, type DatabaseTarget } from "./db/database.ts";
import { createHttpApp } from "./http/app.ts";
import { createLogger, type Logger } from "./logger.ts";
import { resolveSecret } from "./privacy/master-key.ts";
import { createKeyring } from "./privacy/envelope.ts";
import { reraiseOverdueAlerts } from "./repositories/safety.ts";
import { releaseAllReplyLocks } from "./turns/reply-lock.ts";
import { ensurePractice } from "./use-cases/ensure-practice.ts";

export interface AppOptions {
  config: Config;
  /** Overrides the database the configuration names (tests use an in-memory PGlite or a fresh database). */
  database?: DatabaseTarget;
  logDestination?: DestinationStream;
  now?: () => Date;
  onUnexpectedError?: (error: Error) => void;
}

export interface App {
  ctx: AppContext;
  database: DatabaseHandle;
  http: ReturnType<typeof createHttpApp>;
  logger: Logger;
  close: () => Promise<void>;
}

export async function createApp(options: AppOptions): Promise<App> {
  const { config } = options;
  const logger = createLogger({
    level: config.logLevel,
    ...(options.logDestination === undefined ? {} : { destination: options.logDestination }),
  });
  const masterKey = resolveSecret({
    configured: config.masterKey,
    dataDir: config.dataDir,
    fileName: "master.key",
    bytes: 32,
    logger,
    settingName: "BETWEEN_MASTER_KEY",
  });
  const authSecret =
    config.authSecret ??
    resolveSecret({
      configured: undefined,
      dataDir: config.dataDir,
      fileName: "auth.secret",
      bytes: 32,
      logger,
      settingName: "BETWEEN_AUTH_SECRET",
    }).toString("base64");

  // The risk screen compiles its rules on first use; do it now, not on someone's first message.
  warmUpSafetyChecks();
  const database = await openDatabase(options.database ?? config.database);
  await database.migrate();
  const db = database.db;
  if (database.kind === "pglite") await releaseAllReplyLocks(db);
  const auth = createAuth({
    config,
    db,
    secret: authSecret,
    logger,
    onUserCreated: async (created) => {
      if (created.role === "therapist") await ensurePractice(db, created.id);
    },
  });
  const ctx: AppContext = {
    config,
    db,
    keyring: createKeyring(masterKey),
    logger,
    auth,
    model: config.model.provider === "built-in" ? undefined : createModelEngine(config.model),
    now: options.now ?? (() => new Date()),
  };
  const http = createHttpApp(ctx, {
    remoteAddress: (c) => getConnInfo(c).remote.address,
    ...(options.onUnexpectedError === undefined ? {} : { onUnexpectedError: options.onUnexpectedError }),
  });
  // Imminent-risk alerts nobody acknowledged are raised again; a minute's resolution is plenty.
  const reraise = setInterval(() => {
    reraiseOverdueAlerts(ctx, { now: ctx.now(), afterMinutes: config.imminentRealertMinutes }).catch((error: unknown) => {
      logger.error({ event: "alert.reraise-failed", errorName: (error as Error).name }, "could not re-raise alerts");
    });
  }, 60_000);
  reraise.unref();
  return {
    ctx,
    database,
    http,
    logger,
    close: async () => {
      clearInterval(reraise);
      await database.close();
    },
  };
}

export interface RunningServer {
  app: App;
  url: string;
  close: () => Promise<void>;
}

export async function startServer(options: AppOptions): Promise<RunningServer> {
  const app = await createApp(options);
  const server = await new Promise<ServerType>((resolve) => {
    const started = serve({ fetch: app.http.fetch, port: options.config.port, hostname: options.config.host }, () => {
      resolve(started);
    });
  });
  const address = server.address() as AddressInfo;
  const url = `http://${address.family === "IPv6" ? `[${address.address}]` : address.address}:${address.port}`;
  app.logger.info({ event: "server.started", url, database: app.database.kind }, "listening");
  return {
    app,
    url,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => {
          resolve();
        });
        // Streaming responses keep connections open; don't wait on idle keep-alives.
        if ("closeAllConnections" in server) server.closeAllConnections();
      });
      await app.close();
    },
  };
}
