/** Entity extraction for one article, and the corpus-wide entity table built from all articles. */
import type { Block, Entity, EntityType, Mention, Sentence } from "@sitrep/core";
import { compareUnits } from "@sitrep/core";
import { sentenceAt } from "../segment.js";
import { gazetteer } from "./gazetteer.js";
import { type LinkedMention, linkArticle, oneSpace } from "./link.js";
import { type Leftover, type MentionDraft, Recognizer } from "./recognize.js";

export { type Gazetteer, gazetteer, type KnownEntity } from "./gazetteer.js";
export type { LinkedMention } from "./link.js";

export const mentionId = (articleId: string, seq: number) => `${articleId}#m${seq}`;

export function extractMentions(
  articleId: string,
  text: string,
  sentences: readonly Sentence[],
  blocks: readonly Block[],
): { mentions: Mention[]; linked: LinkedMention[] } {
  const gaz = gazetteer();
  const recognizer = new Recognizer(gaz);
  const drafts: MentionDraft[] = [];
  const leftovers: Leftover[] = [];
  sentences.forEach((sentence, i) => {
    const found = recognizer.sentence(text, sentence, i);
    drafts.push(...found.mentions);
    leftovers.push(...found.leftovers);
  });
  const linked = linkArticle(text, drafts, leftovers, blocks, gaz, (offset) => sentenceAt(sentences, offset));
  const blockKind = new Map(blocks.map((b) => [b.block_id, b.kind]));
  const mentions = linked.map((m, i): Mention => {
    const sentence = sentences[m.sentence] as Sentence;
    return {
      article_id: articleId,
      mention_id: mentionId(articleId, i + 1),
      entity_id: m.entityId,
      type: m.type,
      start: m.start,
      end: m.end,
      text: text.slice(m.start, m.end),
      sentence_id: sentence.sentence_id,
      block_kind: blockKind.get(sentence.block_id) ?? "body",
      role: m.role,
    };
  });
  return { mentions, linked };
}

/** Accumulates entities over the articles of a corpus; rows come out sorted by ID. */
export class EntityTable {
  private readonly entities = new Map<
    string,
    {
      name: string;
      types: Map<EntityType, number>;
      known: LinkedMention["known"];
      aliases: Set<string>;
      mentions: number;
      articles: Set<string>;
      lastArticle: string;
    }
  >();

  add(articleId: string, linked: readonly LinkedMention[], text: string): void {
    for (const m of linked) {
      let entry = this.entities.get(m.entityId);
      if (!entry) {
        entry = {
          name: m.name,
          types: new Map(),
          known: m.known,
          aliases: new Set(),
          mentions: 0,
          articles: new Set(),
          lastArticle: "",
        };
        this.entities.set(m.entityId, entry);
      }
      // The lexicon's name when any mention knows it; otherwise the longest form seen, ties
      // broken alphabetically, so the name never depends on the order articles were read.
      if (m.known && !entry.known) {
        entry.known = m.known;
        entry.name = m.known.name;
      } else if (
        !entry.known &&
        (m.name.length > entry.name.length || (m.name.length === entry.name.length && m.name < entry.name))
      ) {
        entry.name = m.name;
      }
      entry.types.set(m.type, (entry.types.get(m.type) ?? 0) + 1);
      entry.aliases.add(oneSpace(text.slice(m.start, m.end)));
      entry.mentions++;
      // Articles come one per call: an entity's first mention in this one is the only insertion needed.
      if (entry.lastArticle !== articleId) {
        entry.articles.add(articleId);
        entry.lastArticle = articleId;
      }
    }
  }

  rows(): Entity[] {
    return [...this.entities.entries()]
      .sort(([a], [b]) => compareUnits(a, b))
      .map(([id, e]) => {
        const type = [...e.types.entries()].sort((a, b) => b[1] - a[1] || compareUnits(a[0], b[0]))[0]?.[0] ?? "ORG";
        const aliases = [...e.aliases].filter((a) => a !== e.name).sort(compareUnits);
        return {
          entity_id: id,
          name: e.name,
          type,
          iso3: e.known?.iso3 ?? null,
          latitude: e.known?.latitude ?? null,
          longitude: e.known?.longitude ?? null,
          aliases: aliases.length > 0 ? aliases.join(" | ") : null,
          mention_count: e.mentions,
          article_count: e.articles.size,
        };
      });
  }
}
