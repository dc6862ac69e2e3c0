/** Columns shared by several tables, declared once so their wording stays identical. */
import type { ColumnType } from "../table.js";

export const ARTICLE_ID_PATTERN = "^[a-z0-9][a-z0-9_.-]*$";

export const articleId = {
  name: "article_id",
  type: "string",
  required: true,
  pattern: ARTICLE_ID_PATTERN,
  description:
    "Stable article ID derived from the seed's file name (lowercased ASCII slug, made unique); names texts/<article_id>.txt.",
  example: "000_4ff6b53ac6acf856",
} as const;

export const start = {
  name: "start",
  type: "integer",
  required: true,
  description:
    "Start offset (inclusive) into texts/<article_id>.txt, in JavaScript string indices (UTF-16 code units).",
  example: "0",
} as const;

export const end = {
  name: "end",
  type: "integer",
  required: true,
  description: "End offset (exclusive) into texts/<article_id>.txt, in UTF-16 code units.",
  example: "74",
} as const;

export const text = {
  name: "text",
  type: "string",
  required: true,
  description:
    "The exact text at [start, end) of the normalized article text (see the CSV conventions for formula escaping and the length limit).",
  example: "The United States will continue to stand with the brave people of Ukraine.",
} as const;

export const sentenceId = {
  name: "sentence_id",
  type: "string",
  required: true,
  description: "The sentence the row was found in (sentences.csv).",
  example: "000_4ff6b53ac6acf856#s3",
} as const;

export const LANGUAGE_PATTERN = "^(?:[a-z]{2,3}|und)(?:\\+[a-z]{2,3})*$";

export const language = {
  name: "language",
  type: "string",
  required: true,
  pattern: LANGUAGE_PATTERN,
  description:
    "ISO 639-1 code (ISO 639-3 where there is none, `und` when undetermined); text mixing languages lists each one with at least 20% of its letters, joined by '+' in order of share (en+uk).",
  example: "en",
} as const;

export const articleFk = {
  fields: ["article_id"],
  reference: { table: "articles", fields: ["article_id"] },
} as const;

export const sentenceFk = {
  fields: ["sentence_id"],
  reference: { table: "sentences", fields: ["sentence_id"] },
} as const;

/** A column that always has a value. */
export const req = <const N extends string, const T extends ColumnType>(
  name: N,
  type: T,
  description: string,
  example: string,
) => ({ name, type, required: true as const, description, example });

/** A column that may be empty. */
export const opt = <const N extends string, const T extends ColumnType>(
  name: N,
  type: T,
  description: string,
  example: string,
) => ({ name, type, required: false as const, description, example });

/** A string column with a closed vocabulary. */
export const oneOf = <const N extends string, const E extends readonly string[], const R extends boolean>(
  name: N,
  values: E,
  required: R,
  description: string,
  example: E[number],
) => ({ name, type: "string" as const, enum: values, required, description, example });
