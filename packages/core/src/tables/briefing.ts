/** The CSV briefing written by reports: one row per article, headline facts for a spreadsheet. */
import { defineTable, type RowOf } from "../table.js";
import { articleId, language, opt, req } from "./common.js";

export const briefingTable = defineTable({
  name: "briefing",
  title: "Briefing: articles at a glance",
  description:
    "One row per article with the facts an analyst scans first; sorted by publication date, then article_id.",
  primaryKey: ["article_id"],
  columns: [
    articleId,
    req("published", "date", "Publication date.", "2023-09-23"),
    req("title", "string", "Headline (see articles.csv title_source).", "US to send ATACMS to Ukraine"),
    opt("source", "string", "Publisher, when the seed names one.", "Wikinews"),
    language,
    req("word_count", "integer", "Words in the article.", "612"),
    req("sentence_count", "integer", "Sentences in the article.", "31"),
    req(
      "lede",
      "string",
      "First sentence of the first body block.",
      "US President Joe Biden has told Ukraine's President…",
    ),
    req("headings", "integer", "Heading blocks (title and subheadings).", "1"),
    req("captions", "integer", "Photo captions.", "3"),
    req("social_posts", "integer", "Embedded social-media posts.", "2"),
    opt("credits", "string", "Distinct photo credits, separated by ' | '.", "AP | Iryna Rybakova via AP"),
    opt("social_handles", "string", "Distinct handles of embedded posts, separated by ' | '.", "@POTUS"),
    opt("other_languages", "string", "Languages other than the article's own found in its blocks.", "uk"),
    opt(
      "people",
      "string",
      "Most mentioned people, most mentions first (at most 5), separated by ' | '.",
      "Joe Biden | Volodymyr Zelenskyy",
    ),
    opt("organizations", "string", "Most mentioned organizations (at most 5), separated by ' | '.", "NATO | Kremlin"),
    opt(
      "places",
      "string",
      "Most mentioned countries, cities and places (at most 5), separated by ' | '.",
      "Ukraine | United States",
    ),
    opt("weapons", "string", "Weapon systems mentioned (at most 5), separated by ' | '.", "ATACMS | Storm Shadow"),
    req("source_file", "string", "Seed file the article came from.", "000_4ff6b53ac6acf856.txt"),
  ],
});
export type BriefingRow = RowOf<typeof briefingTable>;
