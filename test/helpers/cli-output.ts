import type { CliOutput } from "../../src/cli/command.js";

/** A CliOutput that records what a command printed, for CLI tests. */
export function captureOutput(): CliOutput & { lines: string[]; errors: string[] } {
  const lines: string[] = [];
  const errors: string[] = [];
  return {
    lines,
    errors,
    out: (line) => lines.push(line),
    err: (line) => errors.push(line),
    isTTY: false,
    write: () => {},
  };
}
