/**
 * The CSV briefings written by reports: the key developments (briefing.csv), and the articles
 * they come from at a glance (sources.csv).
 */
import { defineTable, type RowOf } from "../table.js";
import { articleId, language, opt, req } from "./common.js";
import { EVENT_STATUSES, PLOVER_TYPES } from "./extraction.js";

export const briefingTable = defineTable({
  name: "briefing",
  title: "Briefing: key developments",
  description:
    "The top events of the corpus ranked by salience (mentions, articles, status, recency, actor prominence; see the reports README), one readable line each with the sentences that report it.",
  primaryKey: ["rank"],
  columns: [
    req("rank", "integer", "1 for the most salient event.", "1"),
    req("event_id", "string", "The event in events.csv.", "ev_3f2a9c41b07d"),
    opt("date", "string", "TIMEX3 value of the event date; empty when no sentence dates it.", "2023-09-21"),
    opt("date_precision", "string", "Precision of the date.", "day"),
    req("type", "string", `PLOVER event type: ${PLOVER_TYPES.join(", ")}.`, "AID"),
    opt("mode", "string", "PLOVER mode.", "military"),
    req("status", "string", `${EVENT_STATUSES.join(", ")}.`, "pledged"),
    opt("actor", "string", "Who acted.", "United States"),
    opt("recipient", "string", "Whom it was done to or for.", "Ukraine"),
    opt("object", "string", "With or of what: a weapon system, an aid package.", "ATACMS"),
    opt("location", "string", "Where.", "White House"),
    req("summary", "string", "One readable sentence.", "United States pledged ATACMS to Ukraine (21 Sep 2023)."),
    req("salience", "number", "The ranking score.", "9.4"),
    req("mention_count", "integer", "Sentences reporting it.", "2"),
    req("article_count", "integer", "Articles reporting it.", "1"),
    req(
      "citations",
      "string",
      "The sentences reporting it (sentence_id in sentences.csv), separated by ' | ', first reported first.",
      "000_4ff6b53ac6acf856#s1 | 000_4ff6b53ac6acf856#s4",
    ),
    req(
      "evidence",
      "string",
      "The first citing sentence's text.",
      "US President Joe Biden has told Ukraine's President Volodymyr Zelenskyy that the United States will provide…",
    ),
  ],
});
export type BriefingRow = RowOf<typeof briefingTable>;

export const timelineTable = defineTable({
  name: "timeline",
  title: "Timeline: dated events",
  description:
    "Every event with a date, in date order (TIMEX3 values sort as text: 2022 before 2022-07 before 2022-07-14), then by event_id.",
  primaryKey: ["event_id"],
  columns: [
    req("date", "string", "TIMEX3 value of the event date.", "2022-07"),
    req("date_precision", "string", "Precision of the date.", "month"),
    req("event_id", "string", "The event in events.csv.", "ev_3f2a9c41b07d"),
    req("type", "string", "PLOVER event type.", "AID"),
    req("status", "string", `${EVENT_STATUSES.join(", ")}.`, "delivered"),
    opt("actor", "string", "Who acted.", "United States"),
    opt("recipient", "string", "Whom it was done to or for.", "Ukraine"),
    opt("object", "string", "With or of what.", "HIMARS"),
    opt("location", "string", "Where.", "Bakhmut"),
    req("summary", "string", "One readable sentence.", "United States delivered HIMARS to Ukraine, Jul 2022."),
    req("mention_count", "integer", "Sentences reporting it.", "1"),
    req("first_reported", "date", "Earliest publication date of a mention.", "2023-09-23"),
    req("citation", "string", "The first sentence reporting it (sentence_id).", "000_4ff6b53ac6acf856#s12"),
  ],
});
export type TimelineRow = RowOf<typeof timelineTable>;

export const sourcesTable = defineTable({
  name: "sources",
  title: "Sources: articles at a glance",
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
export type SourceRow = RowOf<typeof sourcesTable>;
