/** The text layer: what every later stage points into. */
import { defineTable, type RowOf } from "../table.js";
import { articleFk, articleId, end, language, oneOf, opt, req, start, text } from "./common.js";

export const BLOCK_KINDS = ["body", "heading", "caption", "social", "byline", "dateline", "other"] as const;
export type BlockKind = (typeof BLOCK_KINDS)[number];

export const ENCODINGS = ["utf-8", "utf-16le", "utf-16be", "windows-1252", "utf-8+windows-1252"] as const;
export type Encoding = (typeof ENCODINGS)[number];

export const TITLE_SOURCES = ["header", "heading", "first_sentence"] as const;
export type TitleSource = (typeof TITLE_SOURCES)[number];

export const articlesTable = defineTable({
  name: "articles",
  title: "Articles",
  description: "One row per seed file that was read successfully.",
  primaryKey: ["article_id"],
  columns: [
    articleId,
    req(
      "source_file",
      "string",
      "Path of the seed file relative to the seeds folder, with '/' separators.",
      "000_4ff6b53ac6acf856.txt",
    ),
    req("published", "date", "Publication date from the seed's `date` header line.", "2023-09-23"),
    req(
      "title",
      "string",
      "Headline: the `title` header if given, else a leading heading block, else the first sentence (shortened to 160 characters at a word boundary, marked with …).",
      "US to provide Ukraine with long-range ATACMS missiles",
    ),
    oneOf(
      "title_source",
      TITLE_SOURCES,
      true,
      "Where the title came from: header, heading or first_sentence.",
      "heading",
    ),
    { ...language, description: `Dominant language of the article. ${language.description}` },
    req(
      "word_count",
      "integer",
      "Whitespace-separated tokens containing a letter or digit, over the whole normalized text.",
      "612",
    ),
    req("block_count", "integer", "Number of rows in blocks.csv for this article.", "12"),
    {
      ...req(
        "sha256",
        "string",
        "SHA-256 of the normalized text (texts/<article_id>.txt, UTF-8); equal texts have equal hashes.",
        "32cd4d42716503666cff6c7bd60d075522e0e98b74d37b33c1378a5797e6b17a",
      ),
      pattern: "^[0-9a-f]{64}$",
    },
    req("sentence_count", "integer", "Number of rows in sentences.csv for this article.", "31"),
    req(
      "char_count",
      "integer",
      "Length of the normalized text in UTF-16 code units (the largest valid offset).",
      "4518",
    ),
    oneOf(
      "encoding",
      ENCODINGS,
      true,
      "How the file's bytes were read: utf-8 (the format), utf-16le or utf-16be (with a byte order mark), windows-1252 (not UTF-8: read as Windows-1252, with a warning in manifest.json), utf-8+windows-1252 (UTF-8 with stray Windows-1252 bytes).",
      "utf-8",
    ),
    opt(
      "duplicate_of",
      "string",
      "The article this one is a near-duplicate of (a syndicated or lightly edited copy): the earliest published, then lowest article_id, of those sharing most of its text. Empty for an original. Exact copies are not read twice; manifest.json lists them.",
      "reuters-kyiv-strike",
    ),
    opt(
      "similarity",
      "number",
      "For a near-duplicate, the share of its word 5-grams found in duplicate_of (0.8 to 1, two decimals).",
      "0.93",
    ),
    opt("source", "string", "Publisher from the optional `source` header line.", "Wikinews"),
    opt("url", "string", "Address from the optional `url` header line.", "https://en.wikinews.org/wiki/Example"),
    opt("author", "string", "Author from the optional `author` header line.", "Jane Doe"),
  ],
});
export type Article = RowOf<typeof articlesTable>;

export const blocksTable = defineTable({
  name: "blocks",
  title: "Blocks",
  description:
    "Paragraph-level units of each article, classified by kind. Paragraphs of one embedded social post form one block.",
  primaryKey: ["block_id"],
  foreignKeys: [articleFk],
  columns: [
    articleId,
    req("block_id", "string", "`<article_id>#b<seq>`.", "000_4ff6b53ac6acf856#b3"),
    req("seq", "integer", "1-based position of the block in the article.", "3"),
    oneOf(
      "kind",
      BLOCK_KINDS,
      true,
      "body, heading (title or subheading), caption (photo caption with credit), social (embedded post), byline, dateline or other (boilerplate such as 'Read more').",
      "social",
    ),
    language,
    start,
    end,
    text,
    opt("credit", "string", "Captions: the photo credit as written, without its label.", "Iryna Rybakova via AP"),
    opt("author", "string", "Social posts: the author's display name from the post signature.", "President Biden"),
    opt("handle", "string", "Social posts: the account handle with its @.", "@POTUS"),
    opt("posted", "date", "Social posts: the date in the post signature or its closing date line.", "2023-09-21"),
  ],
});
export type Block = RowOf<typeof blocksTable>;

export const sentencesTable = defineTable({
  name: "sentences",
  title: "Sentences",
  description: "Sentences of every block, in text order. Every extracted row points to one of these.",
  primaryKey: ["sentence_id"],
  foreignKeys: [articleFk, { fields: ["block_id"], reference: { table: "blocks", fields: ["block_id"] } }],
  columns: [
    articleId,
    req("sentence_id", "string", "`<article_id>#s<seq>`.", "000_4ff6b53ac6acf856#s12"),
    req("block_id", "string", "The block that contains the sentence.", "000_4ff6b53ac6acf856#b3"),
    req("seq", "integer", "1-based position of the sentence in the article.", "12"),
    language,
    start,
    end,
    text,
  ],
});
export type Sentence = RowOf<typeof sentencesTable>;

export const REJECT_REASONS = [
  "unreadable",
  "too_large",
  "empty",
  "binary",
  "invalid_utf8",
  "no_date_header",
  "invalid_date",
  "no_body",
  "processing_error",
] as const;
export type RejectReason = (typeof REJECT_REASONS)[number];

export const rejectsTable = defineTable({
  name: "rejects",
  title: "Rejected seed files",
  description: "Seed files that could not be turned into an article, with the reason. Nothing else is dropped.",
  primaryKey: ["source_file"],
  columns: [
    req("source_file", "string", "Path of the seed file relative to the seeds folder.", "broken.txt"),
    oneOf(
      "reason",
      REJECT_REASONS,
      true,
      "Machine-readable reason code (see the README's seed format).",
      "no_date_header",
    ),
    req(
      "detail",
      "string",
      "What was wrong, for a person: where and what was found.",
      "line 1: expected 'date YYYY-MM-DD', found 'Breaking news'",
    ),
  ],
});
export type Reject = RowOf<typeof rejectsTable>;
