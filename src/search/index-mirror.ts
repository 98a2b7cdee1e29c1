import { createDocTable, type DocTable } from "./doc-table.js";
import type { TextEngine } from "./text-engine.js";

/*
 * Keeps a DocTable equal to the committed search index, cheaply: every index write appends the
 * article ids it touched to the database's change log under a new change number, and a search
 * first asks for the latest number (one primary-key read). When it moved, only the changed
 * articles are re-read; when the log no longer reaches back far enough, or too much changed
 * (a reindex, a big import), everything is reloaded. Because the log lives in the database, an
 * instance sees the writes of every other instance the same way as its own.
 *
 * The mirror also remembers which ids changed in recent steps, so that cached term sets (see
 * search-engine.ts) can be patched for just those articles instead of being recomputed.
 */

export interface IndexMirror {
  readonly docs: DocTable;
  /** The change number the table reflects (-1 before the first sync). */
  readonly seq: number;
  /** Brings the table up to date with what the index had committed when it was called. */
  sync(): Promise<void>;
  /**
   * Ids changed after change number `seq` (ascending), or null when the mirror does not know
   * (it reloaded since): then anything computed at `seq` must be recomputed.
   */
  changedSince(seq: number): Uint32Array | null;
}

export interface IndexMirrorOptions {
  /** Changed articles above which the table is reloaded instead of patched (default 20,000). */
  readonly reloadAbove?: number;
  /** Ids kept in the recent-changes memory (default 50,000). */
  readonly rememberIds?: number;
}

interface ChangeStep {
  readonly seq: number;
  readonly ids: readonly number[];
}

/**
 * Creates a mirror of the engine's index (empty until the first `sync`).
 *
 * @example
 * const mirror = createIndexMirror(engine);
 * await mirror.sync();
 * mirror.docs.size; // indexed articles
 */
export function createIndexMirror(engine: TextEngine, options: IndexMirrorOptions = {}): IndexMirror {
  const reloadAbove = options.reloadAbove ?? 20_000;
  const rememberIds = options.rememberIds ?? 50_000;
  const docs = createDocTable();
  let seq = -1;
  // Change numbers after `horizon` are fully described by `steps`.
  let horizon = -1;
  let steps: ChangeStep[] = [];
  let remembered = 0;
  // Refreshes run one after another: a sync that starts while another runs must still see
  // writes committed after that one began (read-your-writes), so it queues rather than joins.
  let queue: Promise<void> = Promise.resolve();

  const reload = async (): Promise<void> => {
    // Read the number first: changes committed during the load are re-read next time, and
    // applying a row twice is harmless.
    const current = await engine.currentSeq();
    const rows = await engine.loadDocs(null);
    docs.clear();
    docs.apply(rows, []);
    seq = current;
    horizon = current;
    steps = [];
    remembered = 0;
  };

  const refresh = async (): Promise<void> => {
    if (seq < 0) return reload();
    const current = await engine.currentSeq();
    if (current === seq) return;
    const changes = await engine.changesSince(seq, reloadAbove);
    if (changes === null) return reload();
    if (changes.ids.length > 0) {
      const rows = await engine.loadDocs(changes.ids);
      const found = new Set(rows.map((r) => r.id));
      docs.apply(
        rows,
        changes.ids.filter((id) => !found.has(id)),
      );
      steps.push({ seq: changes.seq, ids: changes.ids });
      remembered += changes.ids.length;
      while (remembered > rememberIds && steps.length > 0) {
        const dropped = steps.shift() as ChangeStep;
        remembered -= dropped.ids.length;
        horizon = dropped.seq;
      }
    }
    seq = Math.max(seq, changes.seq);
  };

  return {
    docs,
    get seq() {
      return seq;
    },
    sync() {
      const next = queue.then(refresh, refresh);
      queue = next.catch(() => undefined);
      return next;
    },
    changedSince(since) {
      if (since < horizon) return null;
      if (since >= seq) return new Uint32Array(0);
      const ids = new Set<number>();
      for (const step of steps) if (step.seq > since) for (const id of step.ids) ids.add(id);
      return Uint32Array.from(ids).sort();
    },
  };
}
