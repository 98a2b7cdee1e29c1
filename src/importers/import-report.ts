/**
 * The report every importer returns (and the CLI prints or emits as JSON). Batch jobs never throw
 * half-way: a failure is recorded here with how far the import got and how to resume.
 */

/** What happened to the records of one kind (posts, pages, authors, sections, media...). */
export interface KindCounts {
  created: number;
  updated: number;
  unchanged: number;
  skipped: number;
}

/** One record that was not imported, and why. */
export interface SkippedRecord {
  kind: string;
  /** Source id (WordPress post id, capture key) or file. */
  id: string;
  title: string | null;
  reason: string;
}

/** Where the import stopped when it failed. */
export interface ImportFailure {
  code: string;
  message: string;
  file: string | null;
  line: number | null;
  column: number | null;
}

/** Overall outcome; the CLI exit code follows it (0 / 1 / 2). */
export type ImportStatus = "complete" | "partial" | "failed";

export interface ImportReport {
  importer: "wordpress" | "wordpress-api" | "capture";
  dryRun: boolean;
  inputs: string[];
  status: ImportStatus;
  /** Article candidates found before duplicates were merged (captures); null otherwise. */
  found: number | null;
  counts: Record<string, KindCounts>;
  /** Shortcodes converted, by name (`autoembed` counts bare URL lines). */
  shortcodes: Record<string, number>;
  /** Unknown shortcodes by name: their inner content was kept, the tags removed. */
  unknownShortcodes: Record<string, number>;
  /** Skipped records by reason, over the whole run. */
  skippedByReason: Record<string, number>;
  /** The first 500 skipped records; `skippedByReason` has the totals. */
  skipped: SkippedRecord[];
  /** Merges of duplicates (captures), each with its reason. */
  merged: { title: string; into: string; reason: string }[];
  /** The first 200 warnings; `warningCount` has the total. */
  warnings: string[];
  warningCount: number;
  /** Content records committed to the database (in whole batches). */
  committed: number;
  batches: number;
  /** The last content record of the last committed batch. */
  lastCommitted: { id: string; title: string } | null;
  failure: ImportFailure | null;
  /** How to go on after a failure; null when there was none. */
  resume: string | null;
  durationMs: number;
}

const MAX_SKIPPED = 500;
const MAX_WARNINGS = 200;

/**
 * A fresh report.
 *
 * @example
 * const report = emptyReport("wordpress", ["export.xml"], false);
 */
export function emptyReport(
  importer: ImportReport["importer"],
  inputs: string[],
  dryRun: boolean,
): ImportReport {
  return {
    importer,
    dryRun,
    inputs,
    status: "complete",
    found: null,
    counts: {},
    shortcodes: {},
    unknownShortcodes: {},
    skippedByReason: {},
    skipped: [],
    merged: [],
    warnings: [],
    warningCount: 0,
    committed: 0,
    batches: 0,
    lastCommitted: null,
    failure: null,
    resume: null,
    durationMs: 0,
  };
}

/** The counters of one kind, created on first use. */
export function countsOf(report: ImportReport, kind: string): KindCounts {
  let counts = report.counts[kind];
  if (counts === undefined) {
    counts = { created: 0, updated: 0, unchanged: 0, skipped: 0 };
    report.counts[kind] = counts;
  }
  return counts;
}

/** Records a skipped record under its kind and reason. */
export function addSkipped(report: ImportReport, record: SkippedRecord): void {
  countsOf(report, record.kind).skipped += 1;
  report.skippedByReason[record.reason] = (report.skippedByReason[record.reason] ?? 0) + 1;
  if (report.skipped.length < MAX_SKIPPED) report.skipped.push(record);
}

/** Records a warning (kept up to a cap, always counted). */
export function addWarning(report: ImportReport, warning: string): void {
  report.warningCount += 1;
  if (report.warnings.length < MAX_WARNINGS) report.warnings.push(warning);
}

/** Adds `from` counts into `into` (shortcode tallies). */
export function addTally(into: Record<string, number>, from: Record<string, number>): void {
  for (const [name, n] of Object.entries(from)) into[name] = (into[name] ?? 0) + n;
}

/**
 * Sets `status` from what happened: `failed` when a failure stopped the run before anything was
 * committed, or when there was content and none of it could be imported; `partial` when a failure
 * came after some batches were committed, or some content records were refused; else `complete`.
 */
export function settleStatus(report: ImportReport, contentKinds: readonly string[], refused: number): void {
  const done = contentKinds.reduce((sum, kind) => {
    const c = report.counts[kind];
    return sum + (c ? c.created + c.updated + c.unchanged : 0);
  }, 0);
  if (report.failure !== null) report.status = done > 0 ? "partial" : "failed";
  else if (refused > 0) report.status = done > 0 ? "partial" : "failed";
  else report.status = "complete";
}

function tally(record: Record<string, number>): string {
  const entries = Object.entries(record).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return entries.length === 0 ? "none" : entries.map(([name, n]) => `${name} ${n}`).join(", ");
}

/**
 * The report as lines for a terminal.
 *
 * @example
 * for (const line of formatReport(report)) io.out(line);
 */
export function formatReport(report: ImportReport): string[] {
  const lines: string[] = [];
  const verb = report.dryRun ? "Dry run (nothing written)" : "Import";
  const outcome =
    report.status === "complete" ? "complete" : report.status === "partial" ? "PARTIAL" : "FAILED";
  lines.push(`${verb} ${report.importer}: ${outcome} in ${(report.durationMs / 1000).toFixed(1)} s`);
  if (report.found !== null) lines.push(`  found ${report.found} article candidate(s) before merging`);
  for (const [kind, c] of Object.entries(report.counts)) {
    const parts = [`${c.created} ${report.dryRun ? "to create" : "created"}`];
    parts.push(`${c.updated} ${report.dryRun ? "to update" : "updated"}`);
    if (c.unchanged > 0) parts.push(`${c.unchanged} unchanged`);
    if (c.skipped > 0) parts.push(`${c.skipped} skipped`);
    lines.push(`  ${kind.padEnd(10)} ${parts.join(", ")}`);
  }
  if (report.importer !== "capture") {
    lines.push(`  shortcodes converted: ${tally(report.shortcodes)}`);
    lines.push(`  unknown shortcodes (content kept, tags removed): ${tally(report.unknownShortcodes)}`);
  }
  if (report.merged.length > 0) {
    lines.push(`  merged (${report.merged.length}):`);
    for (const m of report.merged.slice(0, 50)) lines.push(`    "${m.title}" into "${m.into}": ${m.reason}`);
  }
  if (Object.keys(report.skippedByReason).length > 0) {
    lines.push("  skipped, by reason:");
    for (const [reason, n] of Object.entries(report.skippedByReason).sort((a, b) => b[1] - a[1]))
      lines.push(`    ${n} × ${reason}`);
    for (const s of report.skipped.slice(0, 30))
      lines.push(`    - ${s.kind} ${s.id}${s.title ? ` "${s.title}"` : ""}: ${s.reason}`);
  }
  if (report.warningCount > 0) {
    lines.push(`  warnings (${report.warningCount}):`);
    for (const w of report.warnings.slice(0, 20)) lines.push(`    ${w}`);
  }
  if (report.failure !== null) {
    lines.push(`  STOPPED: ${report.failure.message}`);
    lines.push(
      `  committed before the failure: ${report.committed} record(s) in ${report.batches} batch(es)` +
        (report.lastCommitted ? `, last ${report.lastCommitted.id} "${report.lastCommitted.title}"` : ""),
    );
  }
  if (report.resume !== null) lines.push(`  to resume: ${report.resume}`);
  return lines;
}
