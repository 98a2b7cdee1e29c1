import { parseArgs } from "node:util";
import { loadConfig } from "../config.js";
import { isAppError } from "../core/errors.js";
import { type CliOutput, consoleOutput } from "./command.js";
import { loadCommand, loadCommands } from "./commands/index.js";
import { EXIT, exitCodeFor } from "./exit-codes.js";

async function usage(): Promise<string> {
  const commands = await loadCommands();
  const width = Math.max(...Object.keys(commands).map((c) => c.length));
  return [
    "Usage: steppe <command> [options]",
    "",
    "Commands:",
    ...Object.entries(commands).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`),
    "",
    "Run `steppe <command> --help` for a command's options.",
    "Configuration comes from environment variables: PORT, HOST, DATABASE_URL, SITE_URL, SITE_NAME, SITE_TIME_ZONE, LOG_LEVEL, MEDIA_DIR, STEPPE_DEMO, IMPORT_HEAP_MB.",
  ].join("\n");
}

/**
 * Runs the CLI with the given arguments and environment; returns the exit code. Commands with
 * sub-commands (`steppe rates fetch`) receive the rest of the arguments.
 *
 * @example
 * process.exitCode = await main(["migrate"], process.env);
 */
export async function main(
  argv: string[],
  env: Record<string, string | undefined>,
  io: CliOutput = consoleOutput(),
): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    io.out(await usage());
    return name === undefined ? EXIT.badInput : EXIT.ok;
  }
  const command = await loadCommand(name);
  if (command === undefined) {
    io.err(`steppe: unknown command "${name}".\n\n${await usage()}`);
    return EXIT.badInput;
  }
  const { values } = parseArgs({
    args: rest,
    options: { help: { type: "boolean", short: "h" } },
    strict: false,
  });
  if (values.help) {
    io.out(`Usage: ${command.usage}\n\n${command.summary}.\n${command.help}`);
    return EXIT.ok;
  }
  try {
    const config = loadConfig(env);
    return await command.run(rest, config, io);
  } catch (error) {
    if (isAppError(error)) {
      io.err(`steppe ${name}: ${error.message}`);
      return exitCodeFor(error.code);
    }
    io.err(
      `steppe ${name}: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
    return EXIT.internal;
  }
}
