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
  // Digits and one-character marks have no case (the possessive "’S" does, and "’" folds to "'").
  if (kind === "number" || (kind === "punct" && text.length === 1 && text !== "’"))
    return { text, start, end, kind, lower: text };
  const lower = text.toLowerCase();
  return { text, start, end, kind, lower: lower.includes("’") ? lower.replace(/’/g, "'") : lower };
}

import { isAbbreviation } from "../segment.js";

/** The token grammar; the scanner below must give exactly what this regex gives (tokenize.test.ts). */
export const TOKEN =
  /(@[A-Za-z0-9_]{1,30})|((?:\p{L}\.){2,}|\p{L}[\p{L}\p{M}\p{N}]*(?:[-'’.&][\p{L}\p{M}\p{N}]+)*\.?)|(\p{N}+(?:[.,:/-]\p{N}+)*)|(\S)/gu;
const AT = new RegExp(TOKEN.source, "uy");
const POSSESSIVE = /^(.+?)(['’]s?)$/u;

// ASCII classes: 1 letter, 2 digit, 4 space; 0 for other ASCII. Non-ASCII goes to the regex.
const CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  CLASS[c] = /[A-Za-z]/.test(ch) ? 1 : /[0-9]/.test(ch) ? 2 : /\s/.test(ch) ? 4 : 0;
}
const classOf = (c: number) => (c < 128 ? (CLASS[c] as number) : -1);
const isAlnum = (c: number) => c < 128 && (CLASS[c] as number) > 0 && (CLASS[c] as number) < 4;

/**
 * Tokens of text[start, end). Running text is mostly ASCII words, which a loop over character
 * codes reads about twice as fast as the Unicode regex; anything else (a non-ASCII character,
 * "U.S.", "@handle") is read by the regex itself at that position.
 */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(start, end);
  const n = slice.length;
  let i = 0;
  while (i < n) {
    const c = slice.charCodeAt(i);
    const kind = classOf(c);
    if (kind === 4) {
      i++;
      continue;
    }
    let j = -1;
    if (kind === 1 && !(slice.charCodeAt(i + 1) === 46 && classOf(slice.charCodeAt(i + 2)) !== 4))
      j = scanWord(slice, i + 1);
    else if (kind === 2) j = scanNumber(slice, i + 1);
    else if (kind === 0 && c !== 64) j = i + 1;
    if (j > 0) {
      const at = start + i;
      const text = slice.slice(i, j);
      if (kind === 1) pushWord(tokens, text, at);
      else tokens.push(token(text, at, at + text.length, kind === 2 ? "number" : "punct"));
      i = j;
      continue;
    }
    if (c >= 128 && /\s/u.test(String.fromCodePoint(slice.codePointAt(i) as number))) {
      i += c >= 0xd800 && c < 0xdc00 ? 2 : 1;
      continue;
    }
    AT.lastIndex = i;
    const m = AT.exec(slice);
    if (!m) break;
    const at = start + i;
    if (m[1]) tokens.push(token(m[1], at, at + m[1].length, "handle"));
    else if (m[2]) pushWord(tokens, m[2], at);
    else if (m[3]) tokens.push(token(m[3], at, at + m[3].length, "number"));
    else if (m[4]) tokens.push(token(m[4], at, at + 1, "punct"));
    i = AT.lastIndex;
  }
  return tokens;
}

/** The same tokens by the regex alone: the reference the scanner is tested against. */
export function tokenizeByRegex(text: string, start = 0, end = text.length): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(start, end);
  const re = new RegExp(TOKEN.source, "gu");
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    const at = start + m.index;
    if (m[1]) tokens.push(token(m[1], at, at + m[1].length, "handle"));
    else if (m[2]) pushWord(tokens, m[2], at);
    else if (m[3]) tokens.push(token(m[3], at, at + m[3].length, "number"));
    else if (m[4]) tokens.push(token(m[4], at, at + 1, "punct"));
  }
  return tokens;
}

/** End of an ASCII word from `from`, or -1 when a non-ASCII character makes it the regex's to read. */
function scanWord(s: string, from: number): number {
  let j = from;
  for (;;) {
    while (isAlnum(s.charCodeAt(j))) j++;
    const c = s.charCodeAt(j);
    if (c >= 128 && c !== 0x2019) return -1;
    // A joiner ("-", "'", "’", ".", "&") continues the word when a letter or digit follows it.
    if (c === 45 || c === 39 || c === 0x2019 || c === 46 || c === 38) {
      const next = s.charCodeAt(j + 1);
      if (next >= 128) return -1;
      if (isAlnum(next)) {
        j += 2;
        continue;
      }
    }
    return c === 46 ? j + 1 : j;
  }
}

/** End of an ASCII number from `from` ("1,500", "2023-09-21"), or -1 for the regex. */
function scanNumber(s: string, from: number): number {
  let j = from;
  for (;;) {
    while (classOf(s.charCodeAt(j)) === 2) j++;
    const c = s.charCodeAt(j);
    if (c >= 128) return -1;
    if ((c === 46 || c === 44 || c === 58 || c === 47 || c === 45) && classOf(s.charCodeAt(j + 1)) === 2) {
      j += 2;
      continue;
    }
    if (classOf(s.charCodeAt(j + 1)) === -1 && (c === 46 || c === 44 || c === 58 || c === 47 || c === 45)) return -1;
    return j;
  }
}

function pushWord(tokens: Token[], word: string, at: number): void {
  let w = word;
  // A trailing period belongs to the word only for abbreviations ("U.S.", "Lt.", "Corp."),
  // so "in Kyiv." gives the name "Kyiv".
  if (w.endsWith(".") && !/^(?:\p{L}\.)+$/u.test(w) && !isAbbreviation(w.slice(0, -1))) w = w.slice(0, -1);
  // The cheap test first: most words do not end in "'s".
  const apostrophe = w.length > 2 && w.endsWith("s") ? w.charCodeAt(w.length - 2) : 0;
  const possessive = apostrophe === 0x27 || apostrophe === 0x2019 ? POSSESSIVE.exec(w) : null;
  if (possessive?.[1] && possessive[2]) {
    const base = possessive[1];
    tokens.push(token(base, at, at + base.length, "word"));
    tokens.push(token(possessive[2], at + base.length, at + w.length, "punct"));
  } else {
    tokens.push(token(w, at, at + w.length, "word"));
  }
  if (w.length < word.length) tokens.push(token(".", at + w.length, at + word.length, "punct"));
}
