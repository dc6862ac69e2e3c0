/**
 * The article briefs, rendered on every core. A brief is a document of its own, so briefs render
 * independently: the calling thread and jobs − 1 worker threads each take the next article off a
 * shared counter until none is left, and the briefs are handed on in the articles' order, so the
 * output is the same bytes whatever the number of threads. Few articles, one job, or a run from
 * the TypeScript sources (tests; there is no compiled worker) render on the calling thread alone.
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { Article } from "@sitrep/core";
import { type BriefIndex, renderArticleBrief } from "./article-brief.js";
import type { Paper } from "./document.js";

export interface BriefsTask {
  readonly datasetsDir: string;
  readonly paper: Paper;
  /** An Int32Array's memory: the index of the next article to take, shared by all threads. */
  readonly counter: SharedArrayBuffer;
}

/** Articles per thread below which a thread (which reads the datasets and parses the fonts) costs more than it saves. */
const MIN_ARTICLES_PER_THREAD = 16;

const WORKER = new URL("./brief-worker.js", import.meta.url);

/**
 * Started before the calling thread turns to other work (the briefing itself), so the workers
 * read the datasets meanwhile; `finish` then joins them in the briefs.
 */
export class BriefPool {
  private readonly counter = new SharedArrayBuffer(4);
  private readonly done = new Map<number, Buffer>();
  private readonly workers: Promise<void>[] = [];
  private readonly threads: Worker[] = [];
  /** Why a worker stopped early, for the log; its article is rendered again on the calling thread. */
  failure: Error | null = null;
  private closing = false;

  /** `articles`: oldest first, as the workers order them (read-datasets.ts, chronological). */
  constructor(
    private readonly articles: readonly Article[],
    private readonly paper: Paper,
    datasetsDir: string,
    jobs: number,
  ) {
    const threads = Math.min(jobs, Math.floor(articles.length / MIN_ARTICLES_PER_THREAD));
    if (threads <= 1 || !existsSync(fileURLToPath(WORKER))) return;
    const task: BriefsTask = { datasetsDir, paper, counter: this.counter };
    for (let w = 1; w < threads; w++) {
      const worker = new Worker(WORKER, { workerData: task });
      this.threads.push(worker);
      worker.on("message", (m: { i: number; bytes: Uint8Array }) =>
        this.done.set(m.i, Buffer.from(m.bytes.buffer, m.bytes.byteOffset, m.bytes.byteLength)),
      );
      this.workers.push(
        new Promise<void>((resolve) => {
          // A worker that fails stops taking articles; the others, and this thread, take the rest, and
          // this thread renders the one it had taken (finish).
          worker.once("error", (error) => {
            this.failure ??= error;
            resolve();
          });
          worker.once("exit", (code) => {
            if (code !== 0 && !this.closing)
              this.failure ??= new Error(`a brief-writing thread stopped with exit code ${code}`);
            resolve();
          });
        }),
      );
    }
  }

  /**
   * Renders this thread's share and calls `take` with every brief, in the articles' order. An
   * article a failed worker had taken is rendered here; if that fails too, the error is the
   * article's own. The workers are stopped whatever happens.
   */
  async finish(index: BriefIndex, take: (article: Article, bytes: Buffer) => Promise<void>): Promise<void> {
    const counter = new Int32Array(this.counter);
    let next = 0;
    const render = async (i: number) => {
      this.done.set(i, await renderArticleBrief(index, this.articles[i] as Article, this.paper));
    };
    const handOn = async () => {
      for (let bytes = this.done.get(next); bytes; bytes = this.done.get(next)) {
        this.done.delete(next);
        await take(this.articles[next] as Article, bytes);
        next++;
      }
    };
    try {
      for (let i = Atomics.add(counter, 0, 1); i < this.articles.length; i = Atomics.add(counter, 0, 1)) {
        await render(i);
        await handOn();
      }
      await Promise.all(this.workers);
      for (; next < this.articles.length; await handOn()) if (!this.done.has(next)) await render(next);
    } finally {
      await this.close();
    }
  }

  /** Stops the workers: after `finish`, or when the report fails before it. */
  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.threads.map((t) => t.terminate()));
  }
}
