import type { Migration } from "kysely";
import * as initial from "./001-initial.js";
import * as search from "./002-search.js";
import * as importItems from "./004-import.js";
import * as jobs from "./005-jobs.js";
import * as searchPostgres from "./006-search-postgres.js";
import * as searchChanges from "./007-search-changes.js";
import * as searchAscii from "./008-search-ascii.js";
import type { Dialect } from "./helpers.js";

export type { Dialect } from "./helpers.js";

/**
 * All migrations in order. Names are sortable and never change once released. Each migration
 * is written for both dialects and is told which one it runs on.
 */
export function allMigrations(dialect: Dialect): Record<string, Migration> {
  return {
    "001-initial": { up: initial.up(dialect), down: initial.down() },
    "005-jobs": { up: jobs.up(), down: jobs.down() },
    "002-search": { up: search.up(dialect), down: search.down(dialect) },
    "004-import": { up: importItems.up(dialect), down: importItems.down() },
    "006-search-postgres": { up: searchPostgres.up(dialect), down: searchPostgres.down(dialect) },
    "007-search-changes": { up: searchChanges.up(dialect), down: searchChanges.down(dialect) },
    "008-search-ascii": { up: searchAscii.up(dialect), down: searchAscii.down(dialect) },
  };
}
