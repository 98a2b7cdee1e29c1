/**
 * The layer rule of DESIGN.md, enforced in `npm run lint`:
 *   cli, web -> features (articles, search, rates, importers, editorial, feeds, demo) -> ui, db, runtime, core
 */
const FEATURES = "(articles|search|rates|importers|editorial|feeds|demo)";

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "no-circular",
      severity: "error",
      comment: "A cycle makes the layers meaningless.",
      from: {},
      to: { circular: true },
    },
    {
      name: "core-is-pure",
      severity: "error",
      comment: "core/ imports nothing from the project but itself.",
      from: { path: "^src/core/" },
      to: { path: "^src/", pathNot: "^src/core/" },
    },
    {
      name: "core-has-no-io",
      severity: "error",
      comment: "core/ is pure: no file system, network, database or process access.",
      from: { path: "^src/core/", pathNot: "\\.test\\.ts$" },
      to: {
        path: "^(node:)?(fs|net|http|https|child_process|better-sqlite3|pg|kysely)$|node_modules/(better-sqlite3|pg|kysely)/",
      },
    },
    {
      name: "db-below-features",
      severity: "error",
      comment: "db/ knows nothing of features, the web or the CLI.",
      from: { path: "^src/db/" },
      to: { path: `^src/(${FEATURES.slice(1, -1)}|web|cli|ui)/` },
    },
    {
      name: "migrations-stand-alone",
      severity: "error",
      comment: "Migrations never import application code: they must keep working as the code changes.",
      from: { path: "^src/db/migrations/" },
      to: { path: "^src/", pathNot: "^src/db/migrations/" },
    },
    {
      name: "runtime-below-features",
      severity: "error",
      comment: "runtime/ (process plumbing shared by features) uses only core/.",
      from: { path: "^src/runtime/" },
      to: { path: "^src/", pathNot: "^src/(runtime|core)/" },
    },
    {
      name: "ui-is-presentation-only",
      severity: "error",
      comment: "ui/ (layout, components, strings) uses only core/.",
      from: { path: "^src/ui/" },
      to: { path: "^src/", pathNot: "^src/(ui|core)/" },
    },
    {
      name: "features-below-web-and-cli",
      severity: "error",
      comment: "Features never reach up into the web assembly or the CLI.",
      from: { path: `^src/${FEATURES}/` },
      to: { path: "^src/(web|cli)/" },
    },
    {
      name: "features-through-index",
      severity: "error",
      comment: "A feature imports another feature only through that feature's index.ts.",
      from: { path: `^src/${FEATURES}/` },
      to: {
        path: `^src/${FEATURES}/`,
        pathNot: ["^src/$1/", `^src/${FEATURES}/index\\.ts$`, "^src/importers/[^/]+/index\\.ts$"],
      },
    },
    {
      name: "only-stores-touch-the-database",
      severity: "error",
      comment: "Routes and services call stores; only a feature's store file (and db/) run queries.",
      from: {
        path: `^src/(${FEATURES.slice(1, -1)}|web|cli|ui)/`,
        pathNot: [
          "(^|/)store\\.ts$",
          "(^|/)[a-z-]*-store\\.ts$",
          "\\.test\\.tsx?$",
          "^src/search/(sqlite|postgres)",
        ],
      },
      to: { path: "node_modules/(kysely|better-sqlite3|pg)/", dependencyTypesNot: ["type-only"] },
    },
    {
      name: "no-unresolvable",
      severity: "error",
      from: {},
      to: { couldNotResolve: true },
    },
    {
      name: "no-undeclared-dependencies",
      severity: "error",
      comment: "Every package imported must be declared in package.json.",
      from: {},
      to: { dependencyTypes: ["npm-no-pkg", "npm-unknown"] },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "\\.d\\.ts$" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      extensions: [".ts", ".tsx", ".js", ".d.ts"],
    },
    moduleSystems: ["es6", "cjs"],
  },
};
