import type { ArticleService } from "./service.js";

/** The part of the job runner the publisher needs (db/jobs.ts provides it). */
export interface ExclusiveRunner {
  runExclusive(job: string, work: () => Promise<void>): Promise<"ran" | "skipped" | "busy">;
}

export interface PublishSchedulerOptions {
  service: ArticleService;
  jobs: ExclusiveRunner;
  intervalMs: number;
  onPublished?: (ids: number[]) => void;
  onError?: (error: unknown) => void;
}

/**
 * Publishes scheduled articles when their time comes: a timer that runs the "publish-scheduled"
 * job every `intervalMs`. Unlike WordPress's page-view-driven cron there are no missed
 * schedules; across instances the job runner keeps one instance at a time on the job, and
 * `publishDue` itself skips what another instance already published.
 *
 * @example
 * const publisher = startPublishScheduler({ service, jobs, intervalMs: 15_000 });
 * await publisher.stop();
 */
export function startPublishScheduler(options: PublishSchedulerOptions) {
  let running: Promise<void> | null = null;
  const tick = (): void => {
    if (running !== null) return;
    running = options.jobs
      .runExclusive("publish-scheduled", async () => {
        const { published } = await options.service.publishDue();
        if (published.length > 0) options.onPublished?.(published);
      })
      .then(
        () => undefined,
        (error: unknown) => options.onError?.(error),
      )
      .finally(() => {
        running = null;
      });
  };
  const timer = setInterval(tick, options.intervalMs);
  timer.unref();
  tick();
  return {
    /** Runs the job now (tests, and right after start-up). */
    tick,
    async stop(): Promise<void> {
      clearInterval(timer);
      await running;
    },
  };
}
