import type { Command } from "../command.js";

/**
 * Every `steppe` command, by the module that holds it. Each area adds its commands in a module
 * of its own here (`rates.ts`, `import.ts`, `search.ts`...), one loader below and its command
 * names in COMMAND_AREAS (a test checks that the two agree).
 *
 * Modules are loaded only when one of their commands runs: `steppe import` then does not load
 * the web server, the rates feeds or the search engines into the thread that only draws its
 * progress (about 45 MB less resident memory there), and every command starts sooner.
 */
const AREAS = {
  core: async () => (await import("./core.js")).coreCommands,
  db: async () => (await import("./db.js")).dbCommands,
  import: async () => (await import("./import.js")).importCommands,
  rates: async () => (await import("./rates.js")).ratesCommands,
  search: async () => (await import("./search.js")).searchCommands,
} satisfies Record<string, () => Promise<Record<string, Command>>>;

/** The area (module) of each command, in the order `steppe --help` lists them. */
export const COMMAND_AREAS: Readonly<Record<string, keyof typeof AREAS>> = {
  start: "core",
  serve: "core",
  migrate: "core",
  demo: "core",
  db: "db",
  import: "import",
  rates: "rates",
  search: "search",
};

/** Loads the module of one command; undefined for a name that is no command. */
export async function loadCommand(name: string): Promise<Command | undefined> {
  const area = Object.hasOwn(COMMAND_AREAS, name) ? COMMAND_AREAS[name] : undefined;
  return area === undefined ? undefined : (await AREAS[area]())[name];
}

/**
 * Loads every command module: all their commands, those of COMMAND_AREAS in its order first (for
 * the command list of `steppe --help`, and for the test that the two agree).
 */
export async function loadCommands(): Promise<Record<string, Command>> {
  const areas = await Promise.all(Object.values(AREAS).map((load) => load()));
  const all: Record<string, Command> = Object.assign({}, ...areas);
  const names = [...new Set([...Object.keys(COMMAND_AREAS), ...Object.keys(all)])];
  return Object.fromEntries(names.flatMap((name) => (all[name] ? [[name, all[name]]] : [])));
}
