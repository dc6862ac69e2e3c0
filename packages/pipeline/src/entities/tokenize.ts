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
    if (m[1]) tokens.push({ text: m[1], start: at, end: at + m[1].length, kind: "handle" });
    else if (m[2]) pushWord(tokens, m[2], at);
    else if (m[3]) tokens.push({ text: m[3], start: at, end: at + m[3].length, kind: "number" });
    else if (m[4]) tokens.push({ text: m[4], start: at, end: at + 1, kind: "punct" });
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
    tokens.push({ text: base, start: at, end: at + base.length, kind: "word" });
    tokens.push({ text: possessive[2], start: at + base.length, end: at + w.length, kind: "punct" });
  } else {
    tokens.push({ text: w, start: at, end: at + w.length, kind: "word" });
  }
  if (w.length < word.length) tokens.push({ text: ".", start: at + w.length, end: at + word.length, kind: "punct" });
}
