import type { Migration } from "kysely";
import * as initial from "./001-initial.js";
import type { Dialect } from "./helpers.js";

export type { Dialect } from "./helpers.js";

/**
 * All migrations in order. Names are sortable and never change once released. Each migration
 * is written for both dialects and is told which one it runs on.
 */
export function allMigrations(dialect: Dialect): Record<string, Migration> {
  return {
    "001-initial": { up: initial.up(dialect), down: initial.down() },
  };
}
