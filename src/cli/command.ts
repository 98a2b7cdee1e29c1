import type { Config } from "../config.js";

/** Where a command writes what the user reads. Tests pass their own to capture it. */
export interface CliOutput {
  out(line: string): void;
  err(line: string): void;
  /** True when stderr is a terminal: progress bars are drawn only then. */
  isTTY: boolean;
  /** Raw writes to stderr for progress bars (no newline added). */
  write(text: string): void;
}

/** One `steppe` sub-command. */
export interface Command {
  summary: string;
  usage: string;
  /** Longer help: options, examples. */
  help: string;
  run(args: string[], config: Config, io: CliOutput): Promise<number>;
}

/** The console as a CliOutput: the only place the CLI writes to the terminal. */
export function consoleOutput(): CliOutput {
  return {
    out: (line) => console.log(line),
    err: (line) => console.error(line),
    isTTY: process.stderr.isTTY === true,
    write: (text) => {
      process.stderr.write(text);
    },
  };
}
