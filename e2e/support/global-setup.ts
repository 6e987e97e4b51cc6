// Once per `vitest run --project e2e`: build the web app (when its sources changed) and start the
// real server, which every test file shares (each makes its own accounts).
import type { TestProject } from "vitest/node";
import { buildWeb } from "../../scripts/build-web.ts";
import { startServer } from "./server.ts";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  await buildWeb({ quiet: true });
  const server = await startServer();
  project.provide("baseUrl", server.baseUrl);
  return server.stop;
}
