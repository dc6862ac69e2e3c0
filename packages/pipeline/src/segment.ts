/**
 * Sentence segmentation for news text. A boundary is sentence-final punctuation (with any
 * closing quotes or brackets) followed by space and something that can start a sentence; the
 * abbreviation lexicon vetoes boundaries after titles (Lt. Gen.), initials (J.R.R.), and
 * abbreviations followed by numbers (Sept. 21). Line breaks inside a block end a sentence unless
 * the line was merely wrapped, so list items come out one per sentence.
 */

import { maxOf } from "./arrays.js";
import { loadLexicon } from "./lexicons.js";
import { firstStartingAt } from "./spans.js";

interface Abbreviations {
  titles: string[];
  before_numbers: string[];
  closers: string[];
  suffixes: string[];
  sentence_starters: string[];
}

const abbreviations = loadLexicon<Abbreviations>("abbreviations.json");
const TITLES = new Set(abbreviations.titles);
const BEFORE_NUMBERS = new Set(abbreviations.before_numbers);
const CLOSERS = new Set(abbreviations.closers);
const SUFFIXES = new Set(abbreviations.suffixes);
const STARTERS = new Set(abbreviations.sentence_starters);

/** Whether a word (without its period) is a known abbreviation: "Lt", "Corp", "Sept", "U.S". */
export function isAbbreviation(word: string): boolean {
  const w = word.toLowerCase();
  return TITLES.has(w) || BEFORE_NUMBERS.has(w) || CLOSERS.has(w) || SUFFIXES.has(w);
}

export interface Span {
  readonly start: number;
  readonly end: number;
}

/** Final punctuation, then closing quotes and brackets, then required whitespace. */
const CANDIDATE = /(?:[.!?…]+|\.{3})[”"’'»)\]]*(?=\s)/gu;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/** The length (1, or 2 for a surrogate pair) of the letter or digit ending at text[end - 1]; 0 for anything else. */
function wordUnitBefore(text: string, end: number, from: number): number {
  const c = text.charCodeAt(end - 1);
  if (c < 128) return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) ? 1 : 0;
  const pair = c >= 0xdc00 && c <= 0xdfff && end - 2 >= from ? text.charCodeAt(end - 2) : 0;
  const unit = pair >= 0xd800 && pair <= 0xdbff ? text.slice(end - 2, end) : text[end - 1];
  return LETTER_OR_DIGIT.test(unit as string) ? (unit as string).length : 0;
}

/**
 * The word ending at the period text[at], from at most 40 characters back: a letter or digit, then
 * letters, digits and . ' ’ -. Read backwards: the pattern it replaces tried every start in the window.
 */
function wordBefore(text: string, at: number): string | null {
  const from = Math.max(0, at - 40);
  let run = at;
  while (run > from) {
    const c = text.charCodeAt(run - 1);
    if (c === 46 || c === 39 || c === 0x2019 || c === 45) {
      run--;
      continue;
    }
    const n = wordUnitBefore(text, run, from);
    if (n === 0) break;
    run -= n;
  }
  // The leftmost letter or digit of the run starts the word.
  for (let i = run; i < at; i++) {
    const c = text.charCodeAt(i);
    if (c === 46 || c === 39 || c === 0x2019 || c === 45) continue;
    return text.slice(i, at);
  }
  return null;
}
const NEXT_TOKEN = /^\s+([“"‘'«([]*)(\S*)/u;
const URL_START = /^(?:https?:\/\/|www\.|pic\.twitter\.com\/|@\w)/u;
const CAN_START = /^[\p{Lu}\p{Lt}\p{Lo}\p{N}]/u;
const WRAPPED_END = /[\p{Ll},;:(–—-]$/u;
const LOWER_START = /^[\p{Ll}]/u;
const LIST_ITEM = /^(?:[-*•·–—]|\d{1,3}[.)])\s/u;

/** Whether the punctuation at text[at] (`punct`, closers already skipped up to `after`) ends a sentence. */
function isBoundary(text: string, at: number, punct: string, after: number): boolean {
  const next = NEXT_TOKEN.exec(text.slice(after, after + 80));
  if (!next) return true;
  const opener = next[1] ?? "";
  const token = next[2] ?? "";
  if (token === "" && opener === "") return true;
  if (URL_START.test(token)) return true;
  const head = token || opener;
  if (!CAN_START.test(head) && opener === "") return false;
  if (!punct.startsWith(".") || punct.startsWith("...") || punct.startsWith("…")) return true;

  const found = text.charCodeAt(at) === 46 ? wordBefore(text, at) : null;
  if (found === null) return true;
  const word = found.toLowerCase();
  const bareToken = token.replace(/[^\p{L}]+$/u, "");
  // Initials: "J. R. R. Tolkien", "J.R.R. Tolkien", "Joe R. Biden" — but "held in Block C. Then he left".
  if (/^\p{Lu}$/u.test(found) || /^(?:\p{L}\.)+\p{L}$/u.test(found)) {
    if (!CLOSERS.has(word)) return STARTERS.has(bareToken) && /^\p{Lu}$/u.test(found);
  }
  if (TITLES.has(word)) return false;
  if (SUFFIXES.has(word)) return !LOWER_START.test(head);
  const startsLower = LOWER_START.test(head);
  if (BEFORE_NUMBERS.has(word) && (/^\p{N}/u.test(head) || startsLower)) return false;
  if (CLOSERS.has(word)) return STARTERS.has(bareToken);
  return true;
}

/** Shortest line, and least share of the block's longest line, that a hard-wrapped line fills. */
const WRAP_MIN = 40;
const WRAP_FILL = 0.6;
const SENTENCE_END = /[.!?…]["”’')\]]*$/u;

/**
 * Whether a block was hard-wrapped at a fixed width (wire copy, e-mail, TimeML corpora): every
 * line but the last fills most of the width. Its line breaks are spaces, so "President\nJuvenal
 * Habyarimana" stays one name and "April 6,\n1994" one date.
 */
function isHardWrapped(text: string, breaks: readonly number[], start: number, _end: number): boolean {
  if (breaks.length < 2) return false;
  const lines = breaks.map((b, i) => text.slice(i === 0 ? start : (breaks[i - 1] as number) + 1, b).trim());
  const widest = maxOf(lines.map((l) => l.length));
  const fills = (l: string) => l.length >= WRAP_MIN && l.length >= widest * WRAP_FILL;
  // A short line inside is the end of a paragraph when the copy has no blank lines between them.
  const full = lines.filter(fills).length;
  return widest <= 100 && full >= 2 && full >= lines.length / 2 && lines.every((l) => fills(l) || SENTENCE_END.test(l));
}

/** Line-level pieces of a block: list items and hard line breaks split; wrapped lines join. */
function lines(text: string, start: number, end: number): Span[] {
  const breaks: number[] = [];
  for (let i = text.indexOf("\n", start); i >= 0 && i < end; i = text.indexOf("\n", i + 1)) breaks.push(i);
  const hardWrapped = isHardWrapped(text, breaks, start, end);
  const spans: Span[] = [];
  let from = start;
  for (const i of breaks) {
    const left = text.slice(from, i).trimEnd();
    const rest = text.slice(i + 1, end).trimStart();
    // Sentence ends inside a hard-wrapped block are found like any other, abbreviations included.
    const wrapped = (hardWrapped || (WRAPPED_END.test(left) && LOWER_START.test(rest))) && !LIST_ITEM.test(rest);
    if (!wrapped) {
      spans.push({ start: from, end: i });
      from = i + 1;
    }
  }
  spans.push({ start: from, end });
  return spans;
}

function trimSpan(text: string, span: Span): Span | null {
  let { start, end } = span;
  while (start < end && /\s/u.test(text[start] as string)) start++;
  while (end > start && /\s/u.test(text[end - 1] as string)) end--;
  return start < end ? { start, end } : null;
}

/** Sentences of text[start, end), as trimmed spans in text order. */
export function segmentSentences(text: string, start = 0, end = text.length): Span[] {
  const sentences: Span[] = [];
  for (const line of lines(text, start, end)) {
    let from = line.start;
    const slice = text.slice(line.start, line.end);
    CANDIDATE.lastIndex = 0;
    for (let m = CANDIDATE.exec(slice); m; m = CANDIDATE.exec(slice)) {
      const punctEnd = line.start + m.index + m[0].length;
      const punct = m[0].replace(/[”"’'»)\]]+$/u, "");
      // "1. First item" — a number opening the sentence is its label, not a sentence.
      const enumerator = /^\s*\(?\d{1,3}$/u.test(text.slice(from, line.start + m.index));
      if (!enumerator && isBoundary(text, line.start + m.index, punct, punctEnd)) {
        const span = trimSpan(text, { start: from, end: punctEnd });
        if (span) sentences.push(span);
        from = punctEnd;
      }
    }
    const span = trimSpan(text, { start: from, end: line.end });
    if (span) sentences.push(span);
  }
  return sentences.some((s) => s.end - s.start > MAX_SENTENCE) ? sentences.flatMap((s) => capped(text, s)) : sentences;
}

/**
 * No real sentence runs to 2,000 characters; text without stops (a scraped table, a list glued
 * into one line) would otherwise make one sentence of megabytes, and every stage works sentence by
 * sentence. Such runs are cut at a semicolon, comma or space in the last half of each window.
 */
export const MAX_SENTENCE = 2000;

function capped(text: string, span: Span): Span[] {
  const pieces: Span[] = [];
  let from = span.start;
  while (span.end - from > MAX_SENTENCE) {
    const window = text.slice(from, from + MAX_SENTENCE);
    const half = MAX_SENTENCE / 2;
    let cut = Math.max(window.lastIndexOf("; "), window.lastIndexOf(", ")) + 1;
    if (cut <= half) cut = window.lastIndexOf(" ");
    if (cut <= half) cut = /[\ud800-\udbff]$/.test(window) ? MAX_SENTENCE - 1 : MAX_SENTENCE;
    const piece = trimSpan(text, { start: from, end: from + cut });
    if (piece) pieces.push(piece);
    from += cut;
  }
  const last = trimSpan(text, { start: from, end: span.end });
  if (last) pieces.push(last);
  return pieces;
}

/**
 * Index of the sentence holding `offset` in sentences sorted by start (the last one starting at or
 * before it, for an offset between sentences); 0 before the first. A binary search, as quotes,
 * mentions and events ask it for every row of long articles.
 */
export function sentenceAt(sentences: readonly Span[], offset: number): number {
  return Math.max(firstStartingAt(sentences, offset + 1) - 1, 0);
}
