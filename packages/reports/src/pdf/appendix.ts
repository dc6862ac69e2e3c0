/**
 * The sources appendix: each article with its facts and the sentences the key developments cite
 * (the citation links' targets); up to FULL_TEXT_ARTICLES articles also in full, block by block,
 * and past that a table of all articles, so a thousand articles stay a few dozen pages.
 */
import type { Article, Block, Sentence, SourceRow } from "@sitrep/core";
import { byArticle, type Datasets, fullText } from "../read-datasets.js";
import { type BriefingDocument, NEW_PAGE } from "./document.js";

export const plural = (n: number, word: string) => `${n.toLocaleString("en-US")} ${word}${n === 1 ? "" : "s"}`;

export const destinationOf = (articleId: string) => `article-${articleId.replace(/[^a-z0-9_-]/g, "-")}`;
/** Where a cited sentence is printed in the sources appendix. */
export const citationOf = (sentenceId: string) => `cite-${sentenceId.replace(/[^A-Za-z0-9_-]/g, "-")}`;

const LANGUAGE_NAMES: Record<string, string> = { en: "English", uk: "Ukrainian", ru: "Russian" };
const languageName = (code: string) =>
  code
    .split("+")
    .map((c) => LANGUAGE_NAMES[c] ?? c)
    .join(" and ");

/** pdfkit's lang tag for a block, when the block is in one language other than the document's. */
const langOf = (block: Block) =>
  block.language !== "en" && !block.language.includes("+") ? block.language : undefined;

/** "Published 2023-09-23 · Source: … · 1,204 words · 3 captions · …" */
export function articleMeta(article: Article, blocks: readonly Block[]): string {
  const parts = [
    `Published ${article.published}`,
    article.source ? `Source: ${article.source}` : null,
    article.author ? `By ${article.author}` : null,
    `Language: ${languageName(article.language)}`,
    plural(article.word_count, "word"),
    plural(blocks.filter((b) => b.kind === "caption").length, "caption"),
    plural(blocks.filter((b) => b.kind === "social").length, "embedded post"),
    `File: ${article.source_file}`,
    `ID: ${article.article_id}`,
  ];
  if (article.url) parts.push(article.url);
  return parts.filter(Boolean).join(" · ");
}

/** "People: … · Organizations: … · Places: … · Weapons: …" from the article's briefing row. */
function namedLine(row: SourceRow | undefined): string | null {
  if (!row) return null;
  const parts = (
    [
      ["People", row.people],
      ["Organizations", row.organizations],
      ["Places", row.places],
      ["Weapons", row.weapons],
    ] as const
  )
    .filter(([, names]) => names)
    .map(([label, names]) => `${label}: ${names?.replaceAll(" | ", ", ")}`);
  return parts.length > 0 ? parts.join(" · ") : null;
}

function signatureOf(block: Block): string | null {
  const who = [block.author, block.handle ? `(${block.handle})` : null].filter(Boolean).join(" ");
  const parts = [who || null, block.posted].filter(Boolean);
  return parts.length > 0 ? `— ${parts.join(", ")}` : null;
}

function typesetBlock(pdf: BriefingDocument, block: Block, text: string, isTitle: boolean): void {
  switch (block.kind) {
    case "heading":
      if (!isTitle) pdf.heading(3, text);
      return;
    case "caption":
      pdf.paragraph(`Photo caption: ${text}`, "caption", langOf(block));
      return;
    case "social":
      pdf.blockQuote(text, signatureOf(block), langOf(block));
      return;
    case "byline":
    case "dateline":
    case "other":
      pdf.paragraph(text, "meta", langOf(block));
      return;
    default:
      pdf.paragraph(text, "body", langOf(block));
  }
}

/**
 * An article's text in the briefing stops after this many characters (about 30 pages): a
 * megabyte-long seed would otherwise bury every other article. The datasets keep it all.
 */
const ARTICLE_TEXT_LIMIT = 100_000;

/**
 * Up to this many articles the sources appendix prints each one's full text; past it, each
 * article's facts, lede and cited sentences, so a long corpus stays a briefing (texts/ has the rest).
 */
export const FULL_TEXT_ARTICLES = 10;

/** Text cut at a word near `at`, marked " …"; the cut never leaves a comma or colon dangling. */
export function cutAtWord(text: string, at: number): string {
  const space = text.lastIndexOf(" ", at);
  // Never half of a surrogate pair, when a script without spaces is cut.
  const end = space > at / 2 ? space : /[\ud800-\udbff]/.test(text[at - 1] ?? "") ? at - 1 : at;
  return `${text.slice(0, end).replace(/[\s,;:]+$/u, "")} …`;
}

/** A sentence a key development cites, as the target of its links: "Key developments 1, 4 · …". */
function citedSentence(pdf: BriefingDocument, data: Datasets, s: Sentence, ranks: readonly number[]): void {
  const by = `Key development${ranks.length > 1 ? "s" : ""} ${ranks.join(", ")}`;
  pdf.paragraph(`${by} · ${fullText(data, s)}`, "caption", undefined, citationOf(s.sentence_id));
}

/** `sources` are sources.csv's rows, one per article. */
export function articlesAppendix(
  pdf: BriefingDocument,
  data: Datasets,
  articles: readonly Article[],
  citedBy: ReadonlyMap<string, readonly number[]>,
  sources: readonly SourceRow[],
): void {
  const sentencesByArticle = byArticle(data.sentences);
  const summaries = new Map(sources.map((row) => [row.article_id, row]));
  if (articles.length > FULL_TEXT_ARTICLES) {
    sourcesTable(pdf, data, articles, citedBy, sentencesByArticle, summaries);
    return;
  }
  const blocksByArticle = byArticle(data.blocks);
  const articlesOutline = articles.length > 0 ? pdf.bookmark("Articles") : undefined;
  articles.forEach((article, i) => {
    const blocks = blocksByArticle.get(article.article_id) ?? [];
    if (i === 0) pdf.newPage();
    else pdf.rule();
    pdf.section(() => {
      pdf.heading(2, article.title, destinationOf(article.article_id));
      pdf.bookmark(`${article.published} ${article.title}`, articlesOutline);
      pdf.paragraph(articleMeta(article, blocks), "meta");
      const named = namedLine(summaries.get(article.article_id));
      if (named) pdf.paragraph(named, "meta");
      const cited = (sentencesByArticle.get(article.article_id) ?? []).filter((s) => citedBy.has(s.sentence_id));
      if (cited.length > 0) {
        pdf.heading(3, "Sentences cited in the key developments");
        for (const s of cited) citedSentence(pdf, data, s, citedBy.get(s.sentence_id) ?? []);
        pdf.heading(3, "Text");
      }
      // The heading the title came from is already printed as the article's H2.
      const titleBlock = article.title_source === "heading" ? blocks.find((b) => b.kind === "heading") : undefined;
      let room = ARTICLE_TEXT_LIMIT;
      for (const block of blocks) {
        const text = fullText(data, block);
        typesetBlock(pdf, block, text.length > room ? cutAtWord(text, room) : text, block === titleBlock);
        room -= text.length;
        if (room < 0) {
          pdf.paragraph(
            `The article goes on for ${(-room + article.char_count - block.end).toLocaleString("en-US")} more characters than this briefing prints; its full text is datasets/texts/${article.article_id}.txt.`,
            "meta",
          );
          break;
        }
      }
    });
  });
}

/** Past FULL_TEXT_ARTICLES: one table row per article, then the cited sentences under their articles' titles. */
function sourcesTable(
  pdf: BriefingDocument,
  data: Datasets,
  articles: readonly Article[],
  citedBy: ReadonlyMap<string, readonly number[]>,
  sentencesByArticle: ReadonlyMap<string, readonly Sentence[]>,
  summaries: ReadonlyMap<string, SourceRow>,
): void {
  pdf.chapter("Sources", NEW_PAGE, () => {
    pdf.paragraph(
      "Every article read, oldest first (sources.csv has more on each; texts/<article_id>.txt the full text).",
      "meta",
    );
    pdf.table(
      [
        { header: "Published", width: 1.4 },
        { header: "Title", width: 6 },
        { header: "Words", width: 1 },
        { header: "Captions", width: 1.1 },
        { header: "Posts", width: 0.9 },
      ],
      articles.map((a) => {
        const row = summaries.get(a.article_id);
        return [a.published, a.title, String(a.word_count), String(row?.captions ?? 0), String(row?.social_posts ?? 0)];
      }),
    );
    const cited = articles.filter((a) =>
      (sentencesByArticle.get(a.article_id) ?? []).some((s) => citedBy.has(s.sentence_id)),
    );
    if (cited.length === 0) return;
    pdf.heading(3, "Sentences cited in the key developments");
    for (const article of cited) {
      pdf.paragraph(`${article.published} · ${article.title}`, "meta", undefined, destinationOf(article.article_id));
      for (const s of sentencesByArticle.get(article.article_id) ?? []) {
        const ranks = citedBy.get(s.sentence_id);
        if (ranks) citedSentence(pdf, data, s, ranks);
      }
    }
  });
}
