import type { CliOutput } from "./command.js";

export interface ProgressOptions {
  /** What is being counted: "posts", "days". */
  unit: string;
  /** Total items, when known. */
  total?: number;
  /** Total bytes, when the input is a file being streamed. */
  totalBytes?: number;
  /** Minimum milliseconds between redraws. */
  intervalMs?: number;
  now?: () => number;
}

export interface Progress {
  /** Report progress: items done so far, and bytes read so far if known. */
  update(done: number, bytes?: number): void;
  /** Clear the bar (call before printing the final report). */
  finish(): void;
}

function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 ** 2) return `${(n / 1024).toFixed(1)} KB`;
  if (n < 1024 ** 3) return `${(n / 1024 ** 2).toFixed(1)} MB`;
  return `${(n / 1024 ** 3).toFixed(2)} GB`;
}

function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return "--:--";
  const s = Math.round(seconds);
  const m = Math.floor(s / 60);
  const h = Math.floor(m / 60);
  return h > 0
    ? `${h}:${String(m % 60).padStart(2, "0")}:${String(s % 60).padStart(2, "0")}`
    : `${m}:${String(s % 60).padStart(2, "0")}`;
}

/**
 * Renders one progress line: bar, items, bytes, rate and ETA.
 *
 * @example
 * renderProgressLine({ unit: "posts", total: 200 }, 50, 1000, 10_000, 5); // "[#####.....] 25% 50/200 posts · 9.8 KB/... · 10 posts/s · ETA 0:15"
 */
export function renderProgressLine(
  options: ProgressOptions,
  done: number,
  bytes: number | undefined,
  elapsedSeconds: number,
  width = 24,
): string {
  const fraction =
    options.totalBytes !== undefined && bytes !== undefined && options.totalBytes > 0
      ? bytes / options.totalBytes
      : options.total !== undefined && options.total > 0
        ? done / options.total
        : null;
  const rate = elapsedSeconds > 0 ? done / elapsedSeconds : 0;
  const parts: string[] = [];
  if (fraction !== null) {
    const clamped = Math.min(1, Math.max(0, fraction));
    const filled = Math.round(clamped * width);
    parts.push(`[${"#".repeat(filled)}${".".repeat(width - filled)}] ${Math.floor(clamped * 100)}%`);
  }
  parts.push(
    options.total !== undefined ? `${done}/${options.total} ${options.unit}` : `${done} ${options.unit}`,
  );
  if (bytes !== undefined)
    parts.push(
      options.totalBytes !== undefined
        ? `${formatBytes(bytes)}/${formatBytes(options.totalBytes)}`
        : formatBytes(bytes),
    );
  parts.push(`${rate >= 10 ? Math.round(rate) : rate.toFixed(1)} ${options.unit}/s`);
  if (fraction !== null && fraction > 0)
    parts.push(`ETA ${formatDuration((elapsedSeconds / fraction) * (1 - fraction))}`);
  return parts.join(" · ");
}

/**
 * A progress bar on stderr, drawn only on a terminal (CI logs and pipes get nothing).
 *
 * @example
 * const progress = createProgress(io, { unit: "posts", totalBytes: size });
 * progress.update(done, bytesRead);
 * progress.finish();
 */
export function createProgress(io: CliOutput, options: ProgressOptions): Progress {
  const clock = options.now ?? Date.now;
  const start = clock();
  const interval = options.intervalMs ?? 100;
  let last = 0;
  let drawn = false;
  return {
    update(done, bytes) {
      if (!io.isTTY) return;
      const t = clock();
      if (t - last < interval) return;
      last = t;
      drawn = true;
      io.write(`\r\x1b[2K${renderProgressLine(options, done, bytes, (t - start) / 1000)}`);
    },
    finish() {
      if (drawn) io.write("\r\x1b[2K");
    },
  };
}
