/**
 * Word tokens with offsets, for entity recognition. Possessive 's is its own token so that
 * "Ukraine's" yields the name "Ukraine"; abbreviation periods stay inside the word ("U.S.",
 * "Lt.") unless the period could end the sentence, which the caller decides from context.
 */

export type TokenKind = "word" | "number" | "handle" | "punct";

export interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly kind: TokenKind;
  /** The text lowercased, with curly apostrophes straight: the key lexicons are looked up by. */
  readonly lower: string;
}

/**
 * A token with its lookup key made once: the recognizer asks several lexicons about each word,
 * and a string made once keeps the hash a Map computes for it.
 */
export function token(text: string, start: number, end: number, kind: TokenKind): Token {
  const lower = text.toLowerCase();
  return { text, start, end, kind, lower: lower.includes("’") ? lower.replace(/’/g, "'") : lower };
}

import { isAbbreviation } from "../segment.js";

const TOKEN =
  /(@[A-Za-z0-9_]{1,30})|((?:\p{L}\.){2,}|\p{L}[\p{L}\p{M}\p{N}]*(?:[-'’.&][\p{L}\p{M}\p{N}]+)*\.?)|(\p{N}+(?:[.,:/-]\p{N}+)*)|(\S)/gu;
const POSSESSIVE = /^(.+?)(['’]s?)$/u;

export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(start, end);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(slice); m; m = TOKEN.exec(slice)) {
    const at = start + m.index;
    if (m[1]) tokens.push(token(m[1], at, at + m[1].length, "handle"));
    else if (m[2]) pushWord(tokens, m[2], at);
    else if (m[3]) tokens.push(token(m[3], at, at + m[3].length, "number"));
    else if (m[4]) tokens.push(token(m[4], at, at + 1, "punct"));
  }
  return tokens;
}

function pushWord(tokens: Token[], word: string, at: number): void {
  let w = word;
  // A trailing period belongs to the word only for abbreviations ("U.S.", "Lt.", "Corp."),
  // so "in Kyiv." gives the name "Kyiv".
  if (w.endsWith(".") && !/^(?:\p{L}\.)+$/u.test(w) && !isAbbreviation(w.slice(0, -1))) w = w.slice(0, -1);
  const possessive = /['’]s$/u.test(w) && w.length > 2 ? POSSESSIVE.exec(w) : null;
  if (possessive?.[1] && possessive[2]) {
    const base = possessive[1];
    tokens.push(token(base, at, at + base.length, "word"));
    tokens.push(token(possessive[2], at + base.length, at + w.length, "punct"));
  } else {
    tokens.push(token(w, at, at + w.length, "word"));
  }
  if (w.length < word.length) tokens.push(token(".", at + w.length, at + word.length, "punct"));
}
