/**
 * A worker thread of brief-workers.ts: reads the datasets itself (cheaper than having them copied
 * over), then takes articles off the shared counter until none is left, posting each brief.
 */
import { parentPort, workerData } from "node:worker_threads";
import { rankEvents } from "../developments.js";
import { chronological, readDatasets } from "../read-datasets.js";
import { BriefIndex, renderArticleBrief } from "./article-brief.js";
import type { BriefsTask } from "./brief-workers.js";

const task = workerData as BriefsTask;
const data = await readDatasets(task.datasetsDir);
const index = new BriefIndex(data, rankEvents(data));
// The same order as the calling thread's: the counter numbers the articles oldest first.
const articles = chronological(data.articles);
const counter = new Int32Array(task.counter);
for (let i = Atomics.add(counter, 0, 1); i < articles.length; i = Atomics.add(counter, 0, 1)) {
  parentPort?.postMessage({
    i,
    bytes: await renderArticleBrief(index, articles[i] as (typeof articles)[number], task.paper),
  });
}
