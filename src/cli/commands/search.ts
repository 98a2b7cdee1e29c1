import { createSearchIndex } from "../../search/index.js";
import type { Command } from "../command.js";
import { EXIT } from "../exit-codes.js";
import { createProgress } from "../progress.js";
import { withDatabase } from "./core.js";

const USAGE = "steppe search reindex";

/** `steppe search reindex`: rebuilds the search index from the articles table. */
export const searchCommands: Record<string, Command> = {
  search: {
    summary: "Maintain the search index (reindex)",
    usage: USAGE,
    help:
      "steppe search reindex   Rebuilds the search index of every published article, in batches, with a progress bar.\n" +
      "                        Run it after upgrading from a version without search, or after renaming tags.\n" +
      "Pages keep answering while it runs; each batch is one transaction.",
    run: async (args, config, io) => {
      if (args[0] !== "reindex" || args.length > 1) {
        io.err(`Unknown or missing sub-command. Usage: ${USAGE}`);
        return EXIT.badInput;
      }
      return withDatabase(config, async (handle) => {
        const index = createSearchIndex({
          db: handle.db,
          dialect: handle.dialect,
          timeZone: config.siteTimeZone,
        });
        let progress: ReturnType<typeof createProgress> | null = null;
        const report = await index.reindex({
          onProgress: (done, total) => {
            progress ??= createProgress(io, { unit: "articles", total });
            progress.update(done);
          },
        });
        (progress as ReturnType<typeof createProgress> | null)?.finish();
        io.out(
          `Search index rebuilt in ${report.seconds.toFixed(1)} s: ${report.indexed} articles indexed, ` +
            `${report.removed} stale entries removed${report.failed.length > 0 ? `, ${report.failed.length} failed` : ""}.`,
        );
        for (const failure of report.failed.slice(0, 20))
          io.err(`article ${failure.articleId}: ${failure.reason}`);
        return report.failed.length > 0 ? EXIT.partial : EXIT.ok;
      });
    },
  },
};
