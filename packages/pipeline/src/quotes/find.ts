/**
 * Quotation spans: text inside double quotes (straight, curly, guillemets, „low-high“) or single
 * quotes that are not apostrophes, including quotes that run on over paragraphs (a paragraph left
 * open and the next one opening again, as news style has it). Quoted names ("known as 'Storm
 * Shadows'", a BM-21 "Grad") are not quotations.
 */
import type { Block } from "@sitrep/core";
import { loadLexicon } from "../lexicons.js";
import { alternation } from "../regex.js";

export interface QuoteSpan {
  /** The quoted words, without the marks. */
  readonly start: number;
  readonly end: number;
  /** With the marks. */
  readonly outerStart: number;
  readonly outerEnd: number;
  readonly kind: "direct" | "partial";
}

const NAMING = new RegExp(
  `\\b(?:${alternation(loadLexicon<{ naming: string[] }>("quote-cues.json").naming)})\\s+$`,
  "i",
);

interface Mark {
  readonly at: number;
  readonly role: "open" | "close";
  readonly double: boolean;
}

const isSpace = (ch: string | undefined) => ch === undefined || /[\s([{—–-]/u.test(ch);
const isLetter = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

/** Quote marks of text[start, end), each read as opening or closing from its neighbours. */
const QUOTE_CHAR = /["“”«»„‟'‘’]/g;

function marks(text: string, start: number, end: number): Mark[] {
  const found: Mark[] = [];
  // Jump from quote character to quote character: most of a paragraph has none. The search runs
  // in the block alone, or a block without quotes would scan on to the article's next quote.
  const block = text.slice(start, end);
  QUOTE_CHAR.lastIndex = 0;
  for (let q = QUOTE_CHAR.exec(block); q; q = QUOTE_CHAR.exec(block)) {
    const i = start + q.index;
    const ch = q[0];
    const before = i > start ? text[i - 1] : undefined;
    const after = i + 1 < end ? text[i + 1] : undefined;
    if (ch === '"') {
      const opens = isSpace(before) && after !== undefined && !/\s/u.test(after);
      found.push({ at: i, role: opens ? "open" : "close", double: true });
    } else if (ch === "“" || ch === "«" || ch === "„" || ch === "‟") {
      found.push({ at: i, role: "open", double: true });
    } else if (ch === "”" || ch === "»") {
      found.push({ at: i, role: "close", double: true });
    } else if (ch === "'" || ch === "‘" || ch === "’") {
      // An apostrophe sits between letters (don't, Ukraine's) or before a year ('90s); a single
      // quote opens after a space and closes before one.
      if (isLetter(before) && isLetter(after)) continue;
      if (ch !== "’" && isSpace(before) && isLetter(after) && !/^'\d0s/.test(text.slice(i, i + 4)))
        found.push({ at: i, role: "open", double: false });
      else if (ch !== "‘" && !isSpace(before) && !isLetter(after)) found.push({ at: i, role: "close", double: false });
    }
  }
  return found;
}

/** Pairs of opening and closing marks of one kind; an opening left unclosed runs to the end. */
function pairs(list: readonly Mark[], double: boolean, end: number): { open: number; close: number }[] {
  const out: { open: number; close: number }[] = [];
  let open: number | null = null;
  for (const m of list) {
    if (m.double !== double) continue;
    if (m.role === "open") open = open ?? m.at;
    else if (open !== null) {
      out.push({ open, close: m.at });
      open = null;
    }
  }
  if (open !== null && double) out.push({ open, close: end });
  return out;
}

/** A quoted name or title, not a quotation: a few capitalized words, after "known as" or inside a name. */
function isQuotedName(text: string, start: number, end: number, outerStart: number): boolean {
  const inner = text.slice(start, end).trim();
  if (NAMING.test(text.slice(Math.max(0, outerStart - 20), outerStart))) return true;
  const words = inner.split(/\s+/);
  return words.length <= 4 && !/[.!?,;:]$/.test(inner) && words.every((w) => /^[\p{Lu}\p{N}]/u.test(w));
}

/** Direct quotes stand as statements (after a colon, a comma, a cue, or the start); partial ones sit in paraphrase. */
function kindOf(text: string, start: number, end: number, outerStart: number, blockStart: number): QuoteSpan["kind"] {
  const inner = text.slice(start, end);
  const lead = text.slice(Math.max(blockStart, outerStart - 30), outerStart);
  const statement = /^[\p{Lu}\p{N}]/u.test(inner.trimStart()) || inner.split(/\s+/).length >= 12;
  const introduced = lead.trim() === "" || /[:,]\s*$/.test(lead) || /[.!?]["”’]?\s*$/.test(lead);
  return statement && introduced
    ? "direct"
    : statement && /\b(?:said|says|told|added|wrote)\s*$/.test(lead)
      ? "direct"
      : "partial";
}

/** Quotations of the article, block by block; social posts are quotes of their own (see index.ts). */
export function findQuotes(text: string, blocks: readonly Block[]): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  // The quote left open at the end of the previous paragraph, which the next one may continue.
  let carry: number | null = null;
  for (const block of blocks) {
    if (block.kind === "social") {
      carry = null;
      continue;
    }
    const list = marks(text, block.start, block.end);
    const doubles = pairs(list, true, block.end);
    const insideDouble = (at: number) => doubles.some((p) => p.open < at && at < p.close);
    const singles = pairs(
      list.filter((m) => !m.double && !insideDouble(m.at)),
      false,
      block.end,
    );
    let next: number | null = null;
    for (const [k, p] of [...doubles, ...singles].sort((a, b) => a.open - b.open).entries()) {
      const start = p.open + 1;
      const end = p.close;
      const closed = end < block.end;
      const outerEnd = closed ? end + 1 : end;
      const open = carry === null ? undefined : spans[carry];
      if (open && k === 0 && p.open === block.start) {
        spans[carry as number] = { ...open, end, outerEnd };
        if (!closed) next = carry;
        continue;
      }
      if (end <= start || isQuotedName(text, start, end, p.open)) continue;
      const kind = closed ? kindOf(text, start, end, p.open, block.start) : "direct";
      spans.push({ start, end, outerStart: p.open, outerEnd, kind });
      if (!closed) next = spans.length - 1;
    }
    carry = next;
  }
  return spans.sort((a, b) => a.start - b.start);
}
