/**
 * Import benchmark: `npx tsx bench/import.ts [--posts 100000] [--sizes 25000,50000,100000]
 * [--worker auto|on|off] [--search on|off|both] [--heap-cap MB]`.
 *
 * Generates synthetic WXR files (about 4 KB of content per post, captions, galleries, embeds,
 * unknown shortcodes, Cyrillic and English posts, one attachment per two posts), then for each
 * size runs, each in a fresh child process so peak RSS is its own:
 *   - baseline: read the whole file into a string and parse it with saxes into an in-memory array
 *     of items (what a non-streaming importer does before writing anything);
 *   - import: what a user runs, `steppe import wordpress FILE --json` from the built CLI (dist/,
 *     built first if stale) into a fresh SQLite file, timed from the outside (start-up,
 *     migrations and the search index included); its peak RSS is getrusage's high-water mark.
 * Reports posts/s and peak RSS side by side, and the import's CPU time (user + system, all threads)
 * per post with the throughput that cost allows when every core is busy: wall time on a shared
 * machine varies by a fifth between runs of the same build, CPU time much less, and it says how
 * far a change moves the import from its target. Nothing here asserts timings.
 *
 * `--worker auto|on|off` or `--search on|off|both` instead run `importWordPressFiles` in a child
 * under tsx with those settings (the loader adds about 35 MB of RSS): `--worker` sets the
 * importer's `worker` option (reading and conversion in a worker thread), `--search both` runs
 * the import a second time without the search hook, to show its share. `--heap-cap MB` runs the children
 * with `--max-old-space-size=MB`: V8 otherwise lets a busy heap grow to about four times what it
 * keeps alive before collecting, and that slack, not what the import holds, is most of the RSS.
 *
 * `--generate FILE --posts N` only writes the export (to profile an import by other means);
 * `STEPPE_BENCH_PROFILE=DIR` writes a .cpuprofile per child run; `STEPPE_BENCH_MEMLOG=1` prints
 * the import child's memory (RSS, V8 heap, external) every 1,000 posts, to see what grows.
 */

import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { StringDecoder } from "node:string_decoder";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { SaxesParser } from "saxes";
import { createArticleService, createArticleStore } from "../src/articles/index.js";
import { openDatabase } from "../src/db/connect.js";
import { migrateToLatest } from "../src/db/migrate.js";
import { importWordPressFiles } from "../src/importers/index.js";
import { createSearchHook, createSearchIndex } from "../src/search/index.js";

const WORDS_EN =
  "the ministry said on tuesday that grain exports through the port rose sharply while the central bank kept its policy rate unchanged and officials in almaty and tashkent discussed water quotas for the summer irrigation season".split(
    " ",
  );
const WORDS_RU =
  "министерство сообщило во вторник что экспорт зерна через порт резко вырос а национальный банк сохранил базовую ставку чиновники в алматы и ташкенте обсудили квоты на воду для летнего полива".split(
    " ",
  );

function paragraph(seed: number, words: string[], length: number): string {
  const out: string[] = [];
  for (let i = 0; i < length; i++) out.push(words[(seed * 7 + i * 13) % words.length] as string);
  const text = out.join(" ");
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** Writes a synthetic WXR export of `posts` posts; returns its size in bytes. */
function generate(file: string, posts: number): number {
  const fd = fs.openSync(file, "w");
  const write = (s: string): void => {
    fs.writeSync(fd, s);
  };
  write(`<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel>
<title>Bench Site</title><link>https://bench.example</link><language>ru-RU</language>
<wp:wxr_version>1.2</wp:wxr_version><wp:base_site_url>https://bench.example</wp:base_site_url><wp:base_blog_url>https://bench.example</wp:base_blog_url>
`);
  for (let a = 1; a <= 20; a++)
    write(
      `<wp:author><wp:author_id>${a}</wp:author_id><wp:author_login><![CDATA[author${a}]]></wp:author_login><wp:author_display_name><![CDATA[Author ${a}]]></wp:author_display_name></wp:author>\n`,
    );
  for (let c = 1; c <= 30; c++)
    write(
      `<wp:category><wp:term_id>${c}</wp:term_id><wp:category_nicename><![CDATA[cat-${c}]]></wp:category_nicename><wp:category_parent><![CDATA[${c > 10 ? `cat-${c % 10 || 10}` : ""}]]></wp:category_parent><wp:cat_name><![CDATA[Category ${c}]]></wp:cat_name></wp:category>\n`,
    );
  for (let t = 1; t <= 200; t++)
    write(
      `<wp:tag><wp:term_id>${100 + t}</wp:term_id><wp:tag_slug><![CDATA[tag-${t}]]></wp:tag_slug><wp:tag_name><![CDATA[Tag ${t}]]></wp:tag_name></wp:tag>\n`,
    );
  const attachmentId = (post: number): number => 1_000_000 + post;
  const date = (i: number): { local: string; gmt: string } => {
    const ms = Date.UTC(2015, 0, 1) + i * 3_600_000;
    const gmt = new Date(ms).toISOString().slice(0, 19).replace("T", " ");
    const local = new Date(ms + 5 * 3_600_000).toISOString().slice(0, 19).replace("T", " ");
    return { local, gmt };
  };
  for (let i = 1; i <= posts; i++) {
    const ru = i % 2 === 0;
    const words = ru ? WORDS_RU : WORDS_EN;
    const paras: string[] = [];
    for (let p = 0; p < 9; p++) paras.push(paragraph(i + p, words, 40 + ((i + p) % 20)));
    const image = `https://bench.example/wp-content/uploads/2015/01/photo-${i}.jpg`;
    paras.splice(
      2,
      0,
      `[caption id="attachment_${attachmentId(i)}" align="aligncenter" width="800"]<img src="${image}" alt="Photo ${i}" width="800" height="533" /> ${ru ? "Подпись к фото" : "Caption for photo"} ${i}[/caption]`,
    );
    if (i % 5 === 0) paras.push(`[gallery ids="${attachmentId(i)},${attachmentId(i - 2)}"]`);
    if (i % 10 === 0) paras.push("[vc_row][vc_column]Builder text[/vc_column][/vc_row]");
    if (i % 7 === 0) paras.push("https://www.youtube.com/watch?v=bench");
    const { local, gmt } = date(i);
    write(`<item>
<title><![CDATA[${ru ? "Новость" : "Story"} ${i}: ${paragraph(i, words, 8).slice(0, -1)}]]></title>
<link>https://bench.example/${gmt.slice(0, 4)}/${gmt.slice(5, 7)}/post-${i}/</link>
<pubDate>Thu, 01 Jan 2015 00:00:00 +0000</pubDate>
<dc:creator><![CDATA[author${(i % 20) + 1}]]></dc:creator>
<guid isPermaLink="false">https://bench.example/?p=${i}</guid>
<content:encoded><![CDATA[${paras.join("\n\n")}]]></content:encoded>
<excerpt:encoded><![CDATA[]]></excerpt:encoded>
<wp:post_id>${i}</wp:post_id>
<wp:post_date><![CDATA[${local}]]></wp:post_date>
<wp:post_date_gmt><![CDATA[${gmt}]]></wp:post_date_gmt>
<wp:post_name><![CDATA[post-${i}]]></wp:post_name>
<wp:status><![CDATA[publish]]></wp:status>
<wp:post_parent>0</wp:post_parent>
<wp:menu_order>0</wp:menu_order>
<wp:post_type><![CDATA[post]]></wp:post_type>
<category domain="category" nicename="cat-${(i % 30) + 1}"><![CDATA[Category ${(i % 30) + 1}]]></category>
<category domain="post_tag" nicename="tag-${(i % 200) + 1}"><![CDATA[Tag ${(i % 200) + 1}]]></category>
<wp:postmeta><wp:meta_key><![CDATA[_thumbnail_id]]></wp:meta_key><wp:meta_value><![CDATA[${attachmentId(i)}]]></wp:meta_value></wp:postmeta>
<wp:postmeta><wp:meta_key><![CDATA[_yoast_wpseo_metadesc]]></wp:meta_key><wp:meta_value><![CDATA[Description ${i}]]></wp:meta_value></wp:postmeta>
</item>
`);
    // WordPress exports an upload after the post it belongs to; one attachment per two posts.
    if (i % 2 === 1 || i % 5 === 0) {
      write(`<item>
<title><![CDATA[photo-${i}]]></title>
<link>https://bench.example/?attachment_id=${attachmentId(i)}</link>
<guid isPermaLink="false">${image}</guid>
<content:encoded><![CDATA[]]></content:encoded>
<excerpt:encoded><![CDATA[Photo ${i}]]></excerpt:encoded>
<wp:post_id>${attachmentId(i)}</wp:post_id>
<wp:post_date_gmt><![CDATA[${gmt}]]></wp:post_date_gmt>
<wp:status><![CDATA[inherit]]></wp:status>
<wp:post_parent>${i}</wp:post_parent>
<wp:post_type><![CDATA[attachment]]></wp:post_type>
<wp:attachment_url><![CDATA[${image}]]></wp:attachment_url>
<wp:postmeta><wp:meta_key><![CDATA[_wp_attachment_image_alt]]></wp:meta_key><wp:meta_value><![CDATA[Photo ${i}]]></wp:meta_value></wp:postmeta>
</item>
`);
    }
  }
  write("</channel>\n</rss>\n");
  fs.closeSync(fd);
  return fs.statSync(file).size;
}

interface RunResult {
  seconds: number;
  posts: number;
  peakRssMb: number;
  /** User + system CPU time of the whole process, every thread (getrusage). */
  cpuSeconds: number;
  detail: string;
}

/** This process's CPU time so far, all threads, in seconds. */
function cpuSecondsSoFar(): number {
  const usage = process.resourceUsage();
  return (usage.userCPUTime + usage.systemCPUTime) / 1e6;
}

function rssSampler() {
  let peak = process.memoryUsage().rss;
  const sample = (): void => {
    peak = Math.max(peak, process.memoryUsage().rss);
  };
  const timer = setInterval(sample, 50);
  return {
    sample,
    stop(): number {
      clearInterval(timer);
      sample();
      // getrusage's high-water mark (KB) catches what the 50 ms sampling misses.
      return Math.max(peak / 1024 / 1024, process.resourceUsage().maxRSS / 1024);
    },
  };
}

/**
 * Non-streaming baseline: the whole file in memory at once, every item in one array. The file is
 * read into one buffer and parsed from it in slices, because a JavaScript string cannot hold the
 * 100,000-post export (V8 caps strings at 512 M characters).
 */
function baseline(file: string): RunResult {
  const rss = rssSampler();
  const started = performance.now();
  const bytes = fs.readFileSync(file);
  rss.sample();
  const items: Record<string, string>[] = [];
  const parser = new SaxesParser({ xmlns: true });
  let current: Record<string, string> | null = null;
  let field: string | null = null;
  parser.on("opentag", (tag) => {
    if (tag.local === "item") current = {};
    else if (current) field = tag.local;
  });
  const onText = (text: string): void => {
    if (current && field) current[field] = (current[field] ?? "") + text;
  };
  parser.on("text", onText);
  parser.on("cdata", onText);
  parser.on("closetag", (tag) => {
    if (tag.local === "item" && current) {
      items.push(current);
      current = null;
    }
    field = null;
  });
  const decoder = new StringDecoder("utf8");
  for (let at = 0; at < bytes.length; at += 64 * 1024 * 1024) {
    parser.write(decoder.write(bytes.subarray(at, at + 64 * 1024 * 1024)));
  }
  parser.write(decoder.end()).close();
  const posts = items.filter((i) => i.post_type === "post").length;
  const seconds = (performance.now() - started) / 1000;
  return {
    seconds,
    posts,
    peakRssMb: rss.stop(),
    cpuSeconds: cpuSecondsSoFar(),
    detail: `${items.length} items parsed into memory`,
  };
}

interface ImportSettings {
  /** Undefined: the importer's default. */
  worker: boolean | "auto" | undefined;
  search: boolean;
}

async function importRun(file: string, dir: string, settings: ImportSettings): Promise<RunResult> {
  const rss = rssSampler();
  const handle = openDatabase(path.join(dir, `bench-${process.pid}.db`));
  await migrateToLatest(handle);
  const store = createArticleStore(handle.db);
  const searchIndex = createSearchIndex({ db: handle.db, dialect: handle.dialect, timeZone: "Asia/Almaty" });
  const articles = createArticleService({
    store,
    hooks: settings.search ? [createSearchHook(searchIndex)] : [],
  });
  const memLog = process.env.STEPPE_BENCH_MEMLOG === "1";
  let lastLogged = 0;
  const started = performance.now();
  // As `steppe import` does (cli/commands/import-job.ts).
  const checkpoints = handle.offloadCheckpoints();
  const report = await importWordPressFiles([file], {
    db: handle.db,
    articles,
    articleStore: store,
    timeZone: "Asia/Almaty",
    mediaDir: path.join(dir, "media"),
    ...(settings.worker === undefined ? {} : { worker: settings.worker }),
    onProgress: (progress) => {
      rss.sample();
      if (memLog && progress.phase === "import" && progress.items - lastLogged >= 1000) {
        lastLogged = progress.items;
        const m = process.memoryUsage();
        const mbOf = (n: number): string => (n / 1024 / 1024).toFixed(0);
        process.stderr.write(
          `  ${progress.items} posts: rss ${mbOf(m.rss)} MB, heap ${mbOf(m.heapUsed)}/${mbOf(m.heapTotal)} MB, external ${mbOf(m.external)} MB\n`,
        );
      }
    },
  });
  await checkpoints.stop();
  const seconds = (performance.now() - started) / 1000;
  await handle.close();
  const posts = report.counts.posts?.created ?? 0;
  return {
    seconds,
    posts,
    peakRssMb: rss.stop(),
    cpuSeconds: cpuSecondsSoFar(),
    detail: `status ${report.status}, ${report.counts.media?.created ?? 0} media, ${report.counts.redirects?.created ?? 0} redirects, shortcodes ${JSON.stringify(report.shortcodes)}`,
  };
}

function settingsOf(mode: string): ImportSettings {
  // "import:<worker>:<search>", e.g. "import:default:on".
  const [, worker, search] = mode.split(":");
  const choice = { on: true, off: false, auto: "auto" } as const;
  return {
    worker: worker === "on" || worker === "off" || worker === "auto" ? choice[worker] : undefined,
    search: search !== "off",
  };
}

/**
 * The import as a user runs it: the built CLI (`node dist/cli/bin.js import wordpress FILE
 * --json`) on a fresh SQLite file, timed from the outside, start-up and migrations included.
 * Its peak RSS is the process's own high-water mark (getrusage), printed by a preload at exit.
 */
function cliRun(file: string, dir: string): RunResult {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
  const database = path.join(dir, `cli-${Date.now()}.db`);
  // The preload runs in the import's worker threads too: only the main thread, which exits last,
  // reports (getrusage covers every thread of the process).
  const atExit = [
    'import { isMainThread } from "node:worker_threads";',
    'if (isMainThread) process.on("exit", () => { const u = process.resourceUsage(); process.stderr.write("STEPPE_USAGE " + u.maxRSS + " " + (u.userCPUTime + u.systemCPUTime) + "\\n"); });',
  ].join("\n");
  const preload = `data:text/javascript,${encodeURIComponent(atExit)}`;
  const started = performance.now();
  const out = spawnSync(
    process.execPath,
    ["--import", preload, path.join(root, "dist/cli/bin.js"), "import", "wordpress", file, "--json"],
    {
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
      env: {
        ...process.env,
        DATABASE_URL: database,
        MEDIA_DIR: path.join(dir, "cli-media"),
        LOG_LEVEL: "warn",
      },
    },
  );
  const seconds = (performance.now() - started) / 1000;
  if (out.status !== 0) throw new Error(`the CLI import failed (exit ${out.status}): ${out.stderr}`);
  const usage = /STEPPE_USAGE (\d+) (\d+)/.exec(out.stderr);
  if (usage === null)
    throw new Error(`the CLI import did not report its peak RSS and CPU time: ${out.stderr}`);
  const report = JSON.parse(out.stdout) as {
    status: string;
    counts: Record<string, { created?: number } | undefined>;
  };
  fs.rmSync(database, { force: true });
  for (const suffix of ["-wal", "-shm"]) fs.rmSync(database + suffix, { force: true });
  return {
    seconds,
    posts: report.counts.posts?.created ?? 0,
    peakRssMb: Number(usage[1]) / 1024,
    cpuSeconds: Number(usage[2]) / 1e6,
    detail: `status ${report.status}, ${report.counts.media?.created ?? 0} media, ${report.counts.redirects?.created ?? 0} redirects`,
  };
}

async function child(mode: string, file: string, dir: string): Promise<void> {
  const result = mode === "baseline" ? baseline(file) : await importRun(file, dir, settingsOf(mode));
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

function runChild(mode: string, file: string, dir: string, heapCapMb: number | null): RunResult {
  const self = fileURLToPath(import.meta.url);
  const out = spawnSync(
    process.execPath,
    [
      ...process.execArgv,
      ...(heapCapMb === null ? [] : [`--max-old-space-size=${heapCapMb}`]),
      ...(process.env.STEPPE_BENCH_PROFILE
        ? ["--cpu-prof", `--cpu-prof-dir=${process.env.STEPPE_BENCH_PROFILE}`]
        : []),
      self,
      "--child",
      mode,
      "--file",
      file,
      "--dir",
      dir,
    ],
    {
      encoding: "utf8",
      maxBuffer: 16 * 1024 * 1024,
    },
  );
  if (out.status !== 0) throw new Error(`${mode} run failed: ${out.stderr}`);
  if (process.env.STEPPE_BENCH_MEMLOG === "1") process.stderr.write(out.stderr);
  const last = out.stdout.trim().split("\n").pop() ?? "{}";
  return JSON.parse(last) as RunResult;
}

async function run(): Promise<void> {
  const { values } = parseArgs({
    options: {
      posts: { type: "string" },
      sizes: { type: "string" },
      child: { type: "string" },
      file: { type: "string" },
      dir: { type: "string" },
      generate: { type: "string" },
      worker: { type: "string" },
      search: { type: "string" },
      "heap-cap": { type: "string" },
    },
  });
  if (values.child && values.file && values.dir) return child(values.child, values.file, values.dir);
  const posts = Number(values.posts ?? 100_000);
  if (values.generate) {
    // Only write the file (for profiling an import outside this script).
    const bytes = generate(values.generate, posts);
    console.log(`${values.generate}: ${posts} posts, ${(bytes / 1024 / 1024).toFixed(1)} MB`);
    return;
  }
  const sizes = values.sizes
    ? values.sizes.split(",").map(Number)
    : [Math.round(posts / 4), Math.round(posts / 2), posts];
  // Without --worker or --search, the import is the built CLI's; with either, the importer runs
  // in a child process under tsx with those settings (the loader adds about 35 MB of RSS).
  const inProcess = values.worker !== undefined || values.search !== undefined;
  const worker = values.worker ?? "default";
  const search = values.search ?? "on";
  if (!["default", "auto", "on", "off"].includes(worker) || !["on", "off", "both"].includes(search)) {
    throw new Error("--worker takes auto, on or off; --search takes on, off or both");
  }
  const runs = search === "both" ? ["on", "off"] : [search];
  if (!inProcess) {
    const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
    const build = spawnSync(process.execPath, [path.join(root, "scripts/build.mjs"), "--if-needed"], {
      stdio: "inherit",
    });
    if (build.status !== 0) throw new Error("the build failed; the CLI run needs dist/");
  }
  const heapCap = values["heap-cap"] === undefined ? null : Number(values["heap-cap"]);
  if (heapCap !== null && !(heapCap > 0)) throw new Error("--heap-cap takes a size in MB");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "steppe-bench-import-"));
  console.log(`Import benchmark (Node ${process.version}, ${os.cpus().length} CPUs), work folder ${dir}`);
  console.log("posts    file MB | baseline: s   posts/s  peak RSS MB | import: s   posts/s  peak RSS MB");
  try {
    for (const size of sizes) {
      const file = path.join(dir, `export-${size}.xml`);
      const bytes = generate(file, size);
      // The baseline holds the whole export by design: no heap cap for it.
      const base = runChild("baseline", file, dir, null);
      const results = inProcess
        ? runs.map((s) => ({
            search: s,
            label: `in-process: worker ${worker}, search ${s}${heapCap === null ? "" : `, heap cap ${heapCap} MB`}`,
            result: runChild(`import:${worker}:${s}`, file, dir, heapCap),
          }))
        : [{ search: "on", label: "steppe import wordpress, built CLI", result: cliRun(file, dir) }];
      for (const { label, result: imp } of results) {
        console.log(
          `${String(size).padEnd(8)} ${(bytes / 1024 / 1024).toFixed(0).padStart(7)} | ` +
            `${base.seconds.toFixed(1).padStart(10)} ${Math.round(base.posts / base.seconds)
              .toString()
              .padStart(9)} ${base.peakRssMb.toFixed(0).padStart(12)} | ` +
            `${imp.seconds.toFixed(1).padStart(8)} ${Math.round(imp.posts / imp.seconds)
              .toString()
              .padStart(9)} ${imp.peakRssMb.toFixed(0).padStart(12)}  (${label})`,
        );
        console.log(`         import: ${imp.posts} posts, ${imp.detail}`);
        // What the CPU time says about the target: with every core busy, throughput can reach at
        // most cores / (CPU time per post), whatever the split of the work between threads.
        const cpuMsPerPost = (imp.cpuSeconds * 1000) / Math.max(1, imp.posts);
        const ceiling = (os.availableParallelism() * 1000) / cpuMsPerPost;
        console.log(
          `         CPU: import ${imp.cpuSeconds.toFixed(1)} s (${cpuMsPerPost.toFixed(2)} ms a post, all threads; ` +
            `${(imp.cpuSeconds / imp.seconds).toFixed(2)} cores busy on average, start-up included); ` +
            `at that cost ${os.availableParallelism()} cores import at most ${Math.round(ceiling)} posts/s`,
        );
      }
      const withHook = results.find((r) => r.search === "on")?.result;
      const without = results.find((r) => r.search === "off")?.result;
      if (withHook && without) {
        const share = 1 - without.seconds / withHook.seconds;
        console.log(`         search hook: ${(share * 100).toFixed(0)}% of the import's time`);
      }
      fs.rmSync(file, { force: true });
    }
    console.log(
      "Targets: import >= 2,000 posts/s (on 2 cores: at most 1.0 ms of CPU a post), peak RSS < 300 MB and flat as the file grows.",
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

await run();
