/** sources.csv: one row per article, the facts an analyst scans first. */
import type { Block, Mention, SourceRow } from "@sitrep/core";
import { byArticle, chronological, type Datasets } from "./read-datasets.js";

const distinct = (values: (string | null)[]) => {
  const list = [...new Set(values.filter((v): v is string => !!v))];
  return list.length > 0 ? list.join(" | ") : null;
};

const TOP_NAMES = 5;

/** The most mentioned entities of some types in one article's mentions, by name. */
function topNames(
  mentions: readonly Mention[],
  names: ReadonlyMap<string, string>,
  types: readonly string[],
): string | null {
  const counts = new Map<string, number>();
  for (const m of mentions) if (types.includes(m.type)) counts.set(m.entity_id, (counts.get(m.entity_id) ?? 0) + 1);
  const ranked = [...counts]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, TOP_NAMES)
    .map(([id]) => names.get(id) ?? id);
  return ranked.length > 0 ? ranked.join(" | ") : null;
}

export function sourceRows(data: Datasets): SourceRow[] {
  const blocksByArticle = byArticle(data.blocks);
  const mentionsByArticle = byArticle(data.mentions);
  const names = new Map(data.entities.map((e) => [e.entity_id, e.name]));
  const firstSentence = new Map<string, string>();
  for (const sentence of data.sentences) {
    if (!firstSentence.has(sentence.block_id)) firstSentence.set(sentence.block_id, sentence.text);
  }
  return chronological(data.articles).map((article) => {
    const blocks = blocksByArticle.get(article.article_id) ?? [];
    const mentions = mentionsByArticle.get(article.article_id) ?? [];
    const count = (kind: Block["kind"]) => blocks.filter((b) => b.kind === kind).length;
    const lead = blocks.find((b) => b.kind === "body") ?? blocks[0];
    const languages = new Set(blocks.flatMap((b) => b.language.split("+")));
    languages.delete(article.language);
    languages.delete("und");
    return {
      article_id: article.article_id,
      published: article.published,
      title: article.title,
      source: article.source,
      language: article.language,
      word_count: article.word_count,
      sentence_count: article.sentence_count,
      lede: (lead && firstSentence.get(lead.block_id)) ?? article.title,
      headings: count("heading"),
      captions: count("caption"),
      social_posts: count("social"),
      credits: distinct(blocks.map((b) => b.credit)),
      social_handles: distinct(blocks.map((b) => b.handle)),
      other_languages: languages.size > 0 ? [...languages].sort().join(" | ") : null,
      people: topNames(mentions, names, ["PERSON"]),
      organizations: topNames(mentions, names, ["ORG"]),
      places: topNames(mentions, names, ["GPE", "LOC", "FACILITY"]),
      weapons: topNames(mentions, names, ["WEAPON"]),
      source_file: article.source_file,
    };
  });
}
