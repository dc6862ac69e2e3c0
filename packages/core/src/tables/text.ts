/** The text layer: what every later stage points into. */
import { defineTable, type RowOf } from "../table.js";
import { articleFk, articleId, end, language, start, text } from "./common.js";

export const BLOCK_KINDS = ["body", "heading", "caption", "social", "byline", "dateline", "other"] as const;
export type BlockKind = (typeof BLOCK_KINDS)[number];

export const TITLE_SOURCES = ["header", "heading", "first_sentence"] as const;
export type TitleSource = (typeof TITLE_SOURCES)[number];

export const articlesTable = defineTable({
  name: "articles",
  title: "Articles",
  description: "One row per seed file that was read successfully.",
  primaryKey: ["article_id"],
  columns: [
    articleId,
    {
      name: "source_file",
      type: "string",
      required: true,
      description: "Path of the seed file relative to the seeds folder, with '/' separators.",
      example: "000_4ff6b53ac6acf856.txt",
    },
    {
      name: "published",
      type: "date",
      required: true,
      description: "Publication date from the seed's `date` header line.",
      example: "2023-09-23",
    },
    {
      name: "title",
      type: "string",
      required: true,
      description:
        "Headline: the `title` header if given, else a leading heading block, else the first sentence (shortened to 160 characters at a word boundary, marked with …).",
      example: "US to provide Ukraine with long-range ATACMS missiles",
    },
    {
      name: "title_source",
      type: "string",
      required: true,
      enum: ["header", "heading", "first_sentence"],
      description: "Where the title came from: header, heading or first_sentence.",
      example: "heading",
    },
    { ...language, description: `Dominant language of the article. ${language.description}` },
    {
      name: "word_count",
      type: "integer",
      required: true,
      description: "Whitespace-separated tokens containing a letter or digit, over the whole normalized text.",
      example: "612",
    },
    {
      name: "block_count",
      type: "integer",
      required: true,
      description: "Number of rows in blocks.csv for this article.",
      example: "12",
    },
    {
      name: "sha256",
      type: "string",
      required: true,
      pattern: "^[0-9a-f]{64}$",
      description: "SHA-256 of the normalized text (texts/<article_id>.txt, UTF-8); equal texts have equal hashes.",
      example: "4ff6b53ac6acf856c1e1b0c7a1d0e4f6a9c3b2d1e0f9a8b7c6d5e4f3a2b1c0d9",
    },
    {
      name: "sentence_count",
      type: "integer",
      required: true,
      description: "Number of rows in sentences.csv for this article.",
      example: "31",
    },
    {
      name: "char_count",
      type: "integer",
      required: true,
      description: "Length of the normalized text in UTF-16 code units (the largest valid offset).",
      example: "4518",
    },
    {
      name: "source",
      type: "string",
      required: false,
      description: "Publisher from the optional `source` header line.",
      example: "Wikinews",
    },
    {
      name: "url",
      type: "string",
      required: false,
      description: "Address from the optional `url` header line.",
      example: "https://en.wikinews.org/wiki/Example",
    },
    {
      name: "author",
      type: "string",
      required: false,
      description: "Author from the optional `author` header line.",
      example: "Jane Doe",
    },
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
    {
      name: "block_id",
      type: "string",
      required: true,
      description: "`<article_id>#b<seq>`.",
      example: "000_4ff6b53ac6acf856#b3",
    },
    {
      name: "seq",
      type: "integer",
      required: true,
      description: "1-based position of the block in the article.",
      example: "3",
    },
    {
      name: "kind",
      type: "string",
      required: true,
      enum: BLOCK_KINDS,
      description:
        "body, heading (title or subheading), caption (photo caption with credit), social (embedded post), byline, dateline or other (boilerplate such as 'Read more').",
      example: "social",
    },
    language,
    start,
    end,
    text,
    {
      name: "credit",
      type: "string",
      required: false,
      description: "Captions: the photo credit as written, without its label.",
      example: "Iryna Rybakova via AP",
    },
    {
      name: "author",
      type: "string",
      required: false,
      description: "Social posts: the author's display name from the post signature.",
      example: "President Biden",
    },
    {
      name: "handle",
      type: "string",
      required: false,
      description: "Social posts: the account handle with its @.",
      example: "@POTUS",
    },
    {
      name: "posted",
      type: "date",
      required: false,
      description: "Social posts: the date in the post signature or its closing date line.",
      example: "2023-09-21",
    },
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
    {
      name: "sentence_id",
      type: "string",
      required: true,
      description: "`<article_id>#s<seq>`.",
      example: "000_4ff6b53ac6acf856#s12",
    },
    {
      name: "block_id",
      type: "string",
      required: true,
      description: "The block that contains the sentence.",
      example: "000_4ff6b53ac6acf856#b3",
    },
    {
      name: "seq",
      type: "integer",
      required: true,
      description: "1-based position of the sentence in the article.",
      example: "12",
    },
    language,
    start,
    end,
    text,
  ],
});
export type Sentence = RowOf<typeof sentencesTable>;

export const REJECT_REASONS = [
  "unreadable",
  "empty",
  "binary",
  "invalid_utf8",
  "no_date_header",
  "invalid_date",
  "no_body",
] as const;
export type RejectReason = (typeof REJECT_REASONS)[number];

export const rejectsTable = defineTable({
  name: "rejects",
  title: "Rejected seed files",
  description: "Seed files that could not be turned into an article, with the reason. Nothing else is dropped.",
  primaryKey: ["source_file"],
  columns: [
    {
      name: "source_file",
      type: "string",
      required: true,
      description: "Path of the seed file relative to the seeds folder.",
      example: "broken.txt",
    },
    {
      name: "reason",
      type: "string",
      required: true,
      enum: REJECT_REASONS,
      description: "Machine-readable reason code (see the README's seed format section).",
      example: "no_date_header",
    },
    {
      name: "detail",
      type: "string",
      required: true,
      description: "What was wrong, for a person: where and what was found.",
      example: "line 1: expected 'date YYYY-MM-DD', found 'Breaking news'",
    },
  ],
});
export type Reject = RowOf<typeof rejectsTable>;
