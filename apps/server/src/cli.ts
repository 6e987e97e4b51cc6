// `npx between <command>`: serve, migrate, create-user, demo, classify.
// Each command loads only what it needs: `classify` in a pipeline should not start a web server's
// worth of modules.
import { parseArgs } from "node:util";
import { ConfigError, loadConfig } from "./config.ts";

const usage = `Usage: npx between <command> [options]

Commands:
  serve [--demo]           Start the server (API and web app). --demo fills an empty database with demo data first.
  migrate                  Apply database migrations and exit.
  create-user --email E --name N --role client|therapist|admin
                           Create an account; the password is prompted for, or read from stdin.
  demo                     Fill the database with a fictional practice and print how to sign in.
  classify risk|emotions|dependency
                           Read JSON lines {"id","text"} on stdin; write one JSON line per input on stdout.
`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case "serve": {
      const { values } = parseArgs({ args: rest, options: { demo: { type: "boolean", default: false } } });
      const config = loadConfig();
      const { startServer } = await import("./server.ts");
      const { demoClock, fillDemo } = await import("./commands/demo.ts");
      const clock = demoClock();
      const server = await startServer({ config, now: clock.now });
      if (values.demo) await fillDemo(server.app, clock, config.publicUrl);
      process.stdout.write(`\nBetween is running at ${server.url}  (database: ${server.app.database.kind})\n`);
      const stop = () => {
        void server.close().then(() => process.exit(0));
      };
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
      return -1;
    }
    case "migrate": {
      const config = loadConfig();
      const { openDatabase } = await import("./db/database.ts");
      const database = await openDatabase(config.database);
      await database.migrate();
      await database.close();
      process.stdout.write(`Migrations applied (${database.kind}).\n`);
      return 0;
    }
    case "create-user": {
      const { createUserCommand } = await import("./commands/create-user.ts");
      return createUserCommand(rest);
    }
    case "demo": {
      parseArgs({ args: rest, options: {} });
      const { demoCommand } = await import("./commands/demo.ts");
      return demoCommand();
    }
    case "classify": {
      const { classifyCommand } = await import("./commands/classify.ts");
      return classifyCommand(rest);
    }
    case undefined:
    case "help":
    case "--help":
      process.stdout.write(usage);
      return 0;
    default:
      process.stderr.write(`Unknown command "${command}".\n\n${usage}`);
      return 2;
  }
}

function isArgumentError(error: unknown): error is Error {
  return error instanceof TypeError && "code" in error && typeof error.code === "string" && error.code.startsWith("ERR_PARSE_ARGS_");
}

try {
  const code = await main(process.argv.slice(2));
  if (code >= 0) process.exitCode = code;
} catch (error) {
  if (error instanceof ConfigError || (error instanceof Error && error.name === "DataDirInUseError")) {
    process.stderr.write(`${error.message}\n`);
    process.exitCode = 1;
  } else if (isArgumentError(error)) {
    // An unknown option or a stray argument is the person's typo, not a crash: say which, and how.
    process.stderr.write(`${error.message}\n\n${usage}`);
    process.exitCode = 2;
  } else {
    throw error;
  }
}
