import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../src/db/connect.js";
import { createQueryShapes } from "../src/db/query-shapes.js";
import {
  type MigratedTestDatabase,
  openMigratedTestDatabase,
  POSTGRES_SKIP_NOTE,
  postgresTestUrl,
  testDialects,
} from "./helpers/databases.js";

const AT = "2026-11-30T08:00:00.000Z";

describe.each(testDialects())("statements compiled once per shape on %s", (dialect) => {
  let database: MigratedTestDatabase;
  let handle: DatabaseHandle;

  beforeAll(async () => {
    database = await openMigratedTestDatabase(dialect, "steppe-shapes-");
    handle = database.handle;
  });

  beforeEach(async () => {
    await handle.db.deleteFrom("redirects").execute();
  });

  afterAll(() => database.close());

  const redirect = (from: string, to: string, status = 301) => ({
    from_path: from,
    to_path: to,
    status,
    created_at: AT,
  });

  async function stored(): Promise<string[]> {
    const rows = await handle.db
      .selectFrom("redirects")
      .select(["from_path", "to_path", "status"])
      .orderBy("from_path")
      .execute();
    return rows.map((r) => `${r.from_path} -> ${r.to_path} ${r.status}`);
  }

  it("builds a shape once and binds later values to the text Kysely wrote for it", async () => {
    const shapes = createQueryShapes();
    const texts: string[] = [];
    const insert = (rows: ReturnType<typeof redirect>[]) =>
      shapes.insert(handle.db, "redirects", rows, () => {
        const compiled = handle.db.insertInto("redirects").values(rows).compile();
        texts.push(compiled.sql);
        return compiled;
      });
    await insert([redirect("/a", "/1"), redirect("/b", "/2", 302)]);
    await insert([redirect("/c", "/3"), redirect("/d", "/4")]);
    await insert([redirect("/e", "/5")]);
    await insert([redirect("/f", "/6", 308)]);
    // Two shapes (two rows, one row): each built once, whatever the values.
    expect(texts).toHaveLength(2);
    expect(texts[0]).toContain(dialect === "postgres" ? "$8" : "?, ?, ?, ?), (?, ?, ?, ?)");
    expect(await stored()).toEqual([
      "/a -> /1 301",
      "/b -> /2 302",
      "/c -> /3 301",
      "/d -> /4 301",
      "/e -> /5 301",
      "/f -> /6 308",
    ]);
  });

  it("runs any query by shape, returning its rows and counts", async () => {
    const shapes = createQueryShapes();
    let builds = 0;
    const upsert = (rows: ReturnType<typeof redirect>[]) =>
      shapes.insert(
        handle.db,
        "redirects",
        rows,
        () => {
          builds++;
          return handle.db
            .insertInto("redirects")
            .values(rows)
            .onConflict((oc) =>
              oc.column("from_path").doUpdateSet((eb) => ({ to_path: eb.ref("excluded.to_path") })),
            )
            .returning(["from_path", "to_path"])
            .compile();
        },
        "upsert returning",
      );
    const first = await upsert([redirect("/a", "/1"), redirect("/b", "/2")]);
    const second = await upsert([redirect("/a", "/9"), redirect("/c", "/3")]);
    expect(builds).toBe(1);
    expect(first.rows.map((r) => r.to_path).sort()).toEqual(["/1", "/2"]);
    expect(second.rows.map((r) => `${r.from_path} ${r.to_path}`).sort()).toEqual(["/a /9", "/c /3"]);
    expect(Number(second.numAffectedRows ?? second.rows.length)).toBe(2);

    const select = (paths: string[]) =>
      shapes.execute(handle.db, `paths|${paths.length}`, paths, () => {
        builds++;
        return handle.db.selectFrom("redirects").select("to_path").where("from_path", "in", paths).compile();
      });
    expect((await select(["/a", "/b"])).rows.map((r) => r.to_path).sort()).toEqual(["/2", "/9"]);
    expect((await select(["/c", "/x"])).rows.map((r) => r.to_path)).toEqual(["/3"]);
    expect(builds).toBe(2);
  });

  it("refuses values that are not what the query binds, and caches nothing then", async () => {
    const shapes = createQueryShapes();
    const build = () =>
      handle.db.selectFrom("redirects").select("to_path").where("from_path", "=", "/a").compile();
    await expect(shapes.execute(handle.db, "one path", ["/b"], build)).rejects.toThrow(
      'Query shape "one path": the query binds 1 values, not the 1 given in that order',
    );
    await expect(shapes.execute(handle.db, "one path", [], build)).rejects.toThrow(
      /binds 1 values, not the 0/,
    );
    await handle.db.insertInto("redirects").values(redirect("/a", "/1")).execute();
    expect((await shapes.execute(handle.db, "one path", ["/a"], build)).rows).toEqual([{ to_path: "/1" }]);
  });

  it("tells shapes apart by their columns (a missing or undefined value changes the text)", async () => {
    const shapes = createQueryShapes();
    let builds = 0;
    const insert = (rows: object[]) =>
      shapes.insert(handle.db, "redirects", rows, () => {
        builds++;
        return handle.db
          .insertInto("redirects")
          .values(rows as ReturnType<typeof redirect>[])
          .compile();
      });
    // status has a default (301): rows without it, or with it undefined, are another statement.
    const noStatus = (from: string) => ({ from_path: from, to_path: "/0", created_at: AT });
    await insert([redirect("/a", "/1", 302), redirect("/b", "/2", 302)]);
    await insert([noStatus("/c"), noStatus("/d")]);
    await insert([
      { ...noStatus("/e"), status: undefined },
      { ...noStatus("/f"), status: undefined },
    ]);
    await insert([redirect("/g", "/3", 307)]);
    // The same columns in another order: built again rather than trusted.
    await insert([
      { to_path: "/4", from_path: "/i", status: 308, created_at: AT },
      { to_path: "/5", from_path: "/j", status: 308, created_at: AT },
    ]);
    await insert([redirect("/k", "/6", 302), redirect("/l", "/7", 302)]);
    expect(builds).toBe(5);
    expect(await stored()).toEqual([
      "/a -> /1 302",
      "/b -> /2 302",
      "/c -> /0 301",
      "/d -> /0 301",
      "/e -> /0 301",
      "/f -> /0 301",
      "/g -> /3 307",
      "/i -> /4 308",
      "/j -> /5 308",
      "/k -> /6 302",
      "/l -> /7 302",
    ]);
  });
});

describe("statements compiled once per shape", () => {
  it.skipIf(postgresTestUrl() === undefined)(POSTGRES_SKIP_NOTE, () => {
    expect(postgresTestUrl()).toMatch(/^postgres/);
  });
});
