import { CompiledQuery, type QueryResult } from "kysely";
import type { Executor } from "./schema.js";

/**
 * Statements whose SQL text depends only on a shape (a table, its columns, a row count), built by
 * Kysely once per shape and afterwards run with new values bound to the same text.
 *
 * Building a multi-row INSERT with Kysely costs more than running it on SQLite: the builder
 * parses every row object into operation nodes, freezes them and compiles the tree again for each
 * call. A batch import writes the same few shapes tens of thousands of times, so the text is kept
 * and only the values change. Kysely still writes every text (quoting, placeholders per dialect).
 */
export interface QueryShapes {
  /**
   * Runs the query `build` compiles, whose text must depend only on `shape`, with `parameters`
   * bound: the values `build()` would bind, in the same order. The first call of a shape compiles
   * `build()` and checks that it binds exactly `parameters` (an error otherwise: the shape key or
   * the values do not describe the query); later calls do not call `build`.
   *
   * @example
   * const params = rows.flatMap((r) => [r.articleId, r.tagId]);
   * await shapes.execute(trx, `article_tags:${rows.length}`, params, () =>
   *   trx.insertInto("article_tags").values(rows.map((r) => ({ article_id: r.articleId, tag_id: r.tagId }))).compile(),
   * );
   */
  execute<R>(
    ex: Executor,
    shape: string,
    parameters: unknown[],
    build: () => CompiledQuery<R>,
  ): Promise<QueryResult<R>>;

  /**
   * {@link execute} for a multi-row INSERT of `rows` (the very objects `build` passes to
   * `values`): the shape is the table, `variant` (what else the statement says: a RETURNING list,
   * an ON CONFLICT clause), the columns and the row count. Rows that do not all have the same
   * columns in the same order are built by Kysely every time.
   *
   * @example
   * await shapes.insert(trx, "revisions", rows, () => trx.insertInto("revisions").values(rows).compile());
   */
  insert<R>(
    ex: Executor,
    table: string,
    rows: readonly object[],
    build: () => CompiledQuery<R>,
    variant?: string,
  ): Promise<QueryResult<R>>;
}

/**
 * The columns of `rows` and their values row by row, when every row has the same keys in the
 * same order and no undefined value (Kysely leaves a key with an undefined value out, so the
 * text would depend on the values); null otherwise. One pass, no array of keys per row.
 */
function rowValues(rows: readonly object[]): { columns: string[]; values: unknown[] } | null {
  const first = rows[0];
  if (first === undefined) return null;
  const columns = Object.keys(first);
  const width = columns.length;
  const values: unknown[] = new Array(rows.length * width);
  let n = 0;
  for (const row of rows) {
    let i = 0;
    // Rows are plain objects: for...in visits their own keys in insertion order.
    for (const key in row) {
      const value = (row as Record<string, unknown>)[key];
      if (key !== columns[i] || value === undefined) return null;
      values[n++] = value;
      i++;
    }
    if (i !== width) return null;
  }
  return { columns, values };
}

/** Shapes kept before the cache starts over (a handful of tables times the row counts of a part). */
const MAX_SHAPES = 2_000;

/**
 * Creates a cache of statement texts for one database (texts differ between dialects, so each
 * store or engine keeps its own).
 *
 * @example
 * const shapes = createQueryShapes();
 */
export function createQueryShapes(): QueryShapes {
  const texts = new Map<string, string>();
  const shapes: QueryShapes = {
    async execute<R>(
      ex: Executor,
      shape: string,
      parameters: unknown[],
      build: () => CompiledQuery<R>,
    ): Promise<QueryResult<R>> {
      const text = texts.get(shape);
      if (text !== undefined) return ex.executeQuery<R>(CompiledQuery.raw(text, parameters));
      const compiled = build();
      const bound = compiled.parameters;
      if (bound.length !== parameters.length || bound.some((value, i) => value !== parameters[i])) {
        throw new Error(
          `Query shape "${shape}": the query binds ${bound.length} values, not the ${parameters.length} given in that order`,
        );
      }
      if (texts.size >= MAX_SHAPES) texts.clear();
      texts.set(shape, compiled.sql);
      return ex.executeQuery(compiled);
    },

    insert<R>(
      ex: Executor,
      table: string,
      rows: readonly object[],
      build: () => CompiledQuery<R>,
      variant = "",
    ): Promise<QueryResult<R>> {
      const shaped = rowValues(rows);
      if (shaped === null) return ex.executeQuery(build());
      const key = `${table}|${variant}|${shaped.columns.join(",")}|${rows.length}`;
      return shapes.execute(ex, key, shaped.values, build);
    },
  };
  return shapes;
}
