// Builds dist/ from src/: TypeScript (incremental) plus the non-code files the app reads at run
// time (CSS, SVG). With --if-needed it does nothing when dist/ is newer than every source file,
// so `npm start` stays fast after the first run.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const src = path.join(root, "src");
const dist = path.join(root, "dist");
const stamp = path.join(dist, ".build-stamp");
const COPY = [".css", ".svg", ".js", ".json"];

function newestMtime(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    const m = entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs;
    if (m > newest) newest = m;
  }
  return newest;
}

if (process.argv.includes("--if-needed") && fs.existsSync(stamp)) {
  const built = fs.statSync(stamp).mtimeMs;
  const inputs = Math.max(
    newestMtime(src),
    fs.statSync(path.join(root, "package.json")).mtimeMs,
    fs.statSync(path.join(root, "tsconfig.json")).mtimeMs,
  );
  if (inputs <= built) process.exit(0);
}

console.log("Building Steppe (TypeScript -> dist/)...");
const tsc = path.join(root, "node_modules", "typescript", "bin", "tsc");
execFileSync(process.execPath, [tsc, "-p", path.join(root, "tsconfig.build.json")], { stdio: "inherit" });

function copyAssets(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) copyAssets(full);
    else if (COPY.includes(path.extname(entry.name)) && !entry.name.endsWith(".d.ts")) {
      const target = path.join(dist, path.relative(src, full));
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.copyFileSync(full, target);
    }
  }
}
copyAssets(src);
fs.chmodSync(path.join(dist, "cli", "bin.js"), 0o755);
fs.writeFileSync(stamp, new Date().toISOString());
