import type { Command } from "../command.js";
import { coreCommands } from "./core.js";
import { dbCommands } from "./db.js";
import { importCommands } from "./import.js";
import { ratesCommands } from "./rates.js";
import { searchCommands } from "./search.js";

/**
 * Every `steppe` command. Each area adds its commands in a module of its own here
 * (`rates.ts`, `import.ts`, `search.ts`...) and one line below.
 */
export const COMMANDS: Record<string, Command> = {
  ...coreCommands,
  ...dbCommands,
  ...importCommands,
  ...ratesCommands,
  ...searchCommands,
};
