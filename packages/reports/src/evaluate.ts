/** `sitrep eval`: normalize a folder of seeds and score its entity mentions against gold files. */
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { mentionsTable, parseCsv, slugOfFileName } from "@sitrep/core";
import {
  formatScores,
  normalize,
  type Score,
  type ScoredSpan,
  scoreMentions,
  spansFromSurfaces,
} from "@sitrep/pipeline";

interface SpanGold {
  article_id: string;
  mentions: { start: number; end: number; type: string }[];
}
interface SurfaceGold {
  article: { file: string };
  entities: { type: string; surfaces: string[] }[];
}

export async function evaluateEntities(
  seedsDir: string,
  goldDir: string,
): Promise<{ scores: Score[]; report: string }> {
  const work = await mkdtemp(join(tmpdir(), "sitrep-eval-"));
  try {
    const datasets = join(work, "datasets");
    await normalize({ seedsDir, datasetsDir: datasets });
    const predicted = new Map<string, ScoredSpan[]>();
    for (const m of parseCsv(mentionsTable, await readFile(join(datasets, "mentions.csv"), "utf8"))) {
      predicted.set(m.article_id, [
        ...(predicted.get(m.article_id) ?? []),
        { start: m.start, end: m.end, type: m.type },
      ]);
    }
    const gold = new Map<string, ScoredSpan[]>();
    for (const file of (await readdir(goldDir)).filter((f) => f.endsWith(".json")).sort()) {
      const data = JSON.parse(await readFile(join(goldDir, file), "utf8")) as Partial<SpanGold & SurfaceGold>;
      if (data.article_id && data.mentions) {
        gold.set(data.article_id, data.mentions);
      } else if (data.article && data.entities) {
        const id = slugOfFileName(data.article.file);
        const text = await readFile(join(datasets, "texts", `${id}.txt`), "utf8");
        gold.set(id, spansFromSurfaces(text, data.entities));
      }
    }
    const scores = scoreMentions(gold, predicted);
    return { scores, report: `${gold.size} gold article(s) from ${goldDir}\n${formatScores(scores)}` };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
