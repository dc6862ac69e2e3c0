/** `sitrep eval`: normalize a folder of seeds and score its entity mentions and dates against gold files. */
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  datesTable,
  eventMentionsTable,
  eventsTable,
  mentionsTable,
  parseCsv,
  quantitiesTable,
  quotesTable,
  slugOfFileName,
} from "@sitrep/core";
import {
  formatEventScores,
  formatQuantityScores,
  formatQuoteScores,
  formatScores,
  formatTimexScores,
  type GoldEvent,
  type GoldQuote,
  gazetteer,
  normalize,
  type PredictedEvent,
  type PredictedQuote,
  type QuantitySpan,
  type Score,
  type ScoredSpan,
  scoreEvents,
  scoreMentions,
  scoreQuantities,
  scoreQuotes,
  scoreTimex,
  spansFromSurfaces,
  type TimexSpan,
  timexFromTexts,
} from "@sitrep/pipeline";

interface SpanGold {
  article_id: string;
  mentions: { start: number; end: number; type: string }[];
}
interface SurfaceGold {
  article: { file: string };
  entities?: { type: string; surfaces: string[] }[];
  dates?: { text: string; value: string; type?: string }[];
  quotes?: { contains: string; speaker: string; kind?: string }[];
}
interface TimexGold {
  article_id: string;
  timexes: TimexSpan[];
}
interface QuoteGold {
  article_id: string;
  quotes: GoldQuote[];
  events?: GoldEvent[];
}
interface QuantityGold {
  article_id: string;
  quantities: QuantitySpan[];
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
    const predictedTimex = new Map<string, TimexSpan[]>();
    for (const t of parseCsv(datesTable, await readFile(join(datasets, "dates.csv"), "utf8"))) {
      predictedTimex.set(t.article_id, [...(predictedTimex.get(t.article_id) ?? []), t]);
    }
    const predictedQuantities = new Map<string, QuantitySpan[]>();
    for (const q of parseCsv(quantitiesTable, await readFile(join(datasets, "quantities.csv"), "utf8"))) {
      predictedQuantities.set(q.article_id, [...(predictedQuantities.get(q.article_id) ?? []), q]);
    }
    const predictedQuotes = new Map<string, PredictedQuote[]>();
    for (const q of parseCsv(quotesTable, await readFile(join(datasets, "quotes.csv"), "utf8"))) {
      predictedQuotes.set(q.article_id, [...(predictedQuotes.get(q.article_id) ?? []), q]);
    }
    const goldQuotes = new Map<string, GoldQuote[]>();
    const goldEvents = new Map<string, GoldEvent[]>();
    const predictedEvents = await readPredictedEvents(datasets);
    const gold = new Map<string, ScoredSpan[]>();
    const goldTimex = new Map<string, TimexSpan[]>();
    const goldQuantities = new Map<string, QuantitySpan[]>();
    for (const file of (await readdir(goldDir)).filter((f) => f.endsWith(".json")).sort()) {
      const data = JSON.parse(await readFile(join(goldDir, file), "utf8")) as Partial<
        SpanGold & SurfaceGold & TimexGold & QuantityGold & QuoteGold
      >;
      if (data.article_id && data.mentions) gold.set(data.article_id, data.mentions);
      if (data.article_id && data.timexes) goldTimex.set(data.article_id, data.timexes);
      if (data.article_id && data.quantities) goldQuantities.set(data.article_id, data.quantities);
      if (data.article_id && Array.isArray(data.quotes)) goldQuotes.set(data.article_id, data.quotes as GoldQuote[]);
      if (data.article_id && Array.isArray(data.events) && data.events.length > 0)
        goldEvents.set(data.article_id, data.events);
      if (data.article) {
        const id = slugOfFileName(data.article.file);
        const text = await readFile(join(datasets, "texts", `${id}.txt`), "utf8");
        if (data.entities) gold.set(id, spansFromSurfaces(text, data.entities));
        if (data.dates) goldTimex.set(id, timexFromTexts(text, data.dates));
        if (data.quotes) {
          const quotes = data.quotes as { contains: string; speaker: string; kind?: string }[];
          goldQuotes.set(
            id,
            quotes.map((q) => ({ text: q.contains, kind: q.kind ?? "direct", speaker: q.speaker })),
          );
        }
      }
    }
    const scores = scoreMentions(gold, predicted);
    const parts = [];
    if (gold.size > 0) parts.push(`entities: ${gold.size} gold article(s) from ${goldDir}\n${formatScores(scores)}`);
    if (goldTimex.size > 0) {
      parts.push(
        `dates: ${goldTimex.size} gold article(s) from ${goldDir}\n${formatTimexScores(scoreTimex(goldTimex, predictedTimex))}`,
      );
    }
    if (goldQuantities.size > 0) {
      const q = scoreQuantities(goldQuantities, predictedQuantities);
      parts.push(`quantities: ${goldQuantities.size} gold article(s) from ${goldDir}\n${formatQuantityScores(q)}`);
    }
    if (goldQuotes.size > 0) {
      const texts = new Map<string, string>();
      for (const id of goldQuotes.keys()) texts.set(id, await readFile(join(datasets, "texts", `${id}.txt`), "utf8"));
      const q = scoreQuotes(texts, goldQuotes, predictedQuotes);
      parts.push(`quotes: ${goldQuotes.size} gold article(s) from ${goldDir}\n${formatQuoteScores(q)}`);
      if (process.env.SITREP_EVAL_ERRORS) parts.push(q.errors.join("\n"));
    }
    if (goldEvents.size > 0) {
      const e = scoreEvents(goldEvents, predictedEvents);
      parts.push(`events: ${goldEvents.size} gold article(s) from ${goldDir}\n${formatEventScores(e)}`);
      if (process.env.SITREP_EVAL_ERRORS) parts.push(e.errors.join("\n"));
    }
    return { scores, report: parts.join("\n\n") };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** Events with a mention in each article, as the scorer compares them. */
async function readPredictedEvents(datasets: string): Promise<Map<string, PredictedEvent[]>> {
  const gaz = gazetteer();
  const byId = new Map(
    parseCsv(eventsTable, await readFile(join(datasets, "events.csv"), "utf8")).map((e) => [e.event_id, e]),
  );
  const out = new Map<string, PredictedEvent[]>();
  const seen = new Set<string>();
  for (const m of parseCsv(eventMentionsTable, await readFile(join(datasets, "event_mentions.csv"), "utf8"))) {
    const e = byId.get(m.event_id);
    if (!e || seen.has(`${m.article_id}|${m.event_id}`)) continue;
    seen.add(`${m.article_id}|${m.event_id}`);
    const country = e.actor_country ? (gaz.byId.get(`gpe:${e.actor_country.toLowerCase()}`)?.name ?? null) : null;
    out.set(m.article_id, [...(out.get(m.article_id) ?? []), { ...e, actorCountry: country, date: e.date ?? null }]);
  }
  return out;
}
