/**
 * Longest-match lookup of multi-word names over a token sequence. Names are stored under the
 * key of their own tokens, so "U.S. Army Europe" matches exactly the tokens the text gives.
 * Entries may be caseless (common-noun weapon names); in ALL-CAPS text every entry matches
 * regardless of case.
 */
import { type Token, tokenize } from "./tokenize.js";

const normalizeToken = (text: string) => (text.includes("’") ? text.replace(/’/g, "'") : text);
const keyOf = (tokens: readonly { text: string }[]) => tokens.map((t) => normalizeToken(t.text)).join(" ");

export interface PhraseMatch<T> {
  readonly length: number;
  readonly value: T;
}

export class PhraseIndex<T> {
  private readonly exact = new Map<string, T>();
  private readonly folded = new Map<string, T>();
  private readonly caseless = new Set<string>();
  /** Every prefix of every phrase (folded), so a lookup stops as soon as no phrase can match. */
  private readonly prefixes = new Set<string>();
  /** First tokens (folded) of caseless phrases, for the cheap test in mayMatchCaseless. */
  private readonly caselessFirst = new Set<string>();
  /** Longest phrase, in tokens, per first token (folded), to bound the search. */
  private readonly longest = new Map<string, number>();

  add(phrase: string, value: T, caseless = false): void {
    const tokens = tokenize(phrase);
    if (tokens.length === 0) return;
    const key = keyOf(tokens);
    const folded = key.toLowerCase();
    if (!this.exact.has(key)) this.exact.set(key, value);
    if (!this.folded.has(folded)) this.folded.set(folded, value);
    if (caseless) {
      this.caseless.add(folded);
      this.caselessFirst.add((tokens[0] as Token).lower);
    }
    let prefix = "";
    for (const t of tokens) {
      prefix = prefix === "" ? t.lower : `${prefix} ${t.lower}`;
      this.prefixes.add(prefix);
    }
    const first = (tokens[0] as Token).lower;
    this.longest.set(first, Math.max(this.longest.get(first) ?? 0, tokens.length));
  }

  /** Whether a lowercase word can start a caseless phrase; cheaper than `match` for running text. */
  mayMatchCaseless(word: Token): boolean {
    return this.caselessFirst.has(word.lower);
  }

  has(phrase: string): boolean {
    return this.exact.has(keyOf(tokenize(phrase)));
  }

  /** The longest entry starting at tokens[at], of at most `maxLength` tokens; `anyCase` for ALL-CAPS text. */
  match(
    tokens: readonly Token[],
    at: number,
    anyCase = false,
    maxLength = Number.POSITIVE_INFINITY,
  ): PhraseMatch<T> | null {
    const first = tokens[at];
    if (!first) return null;
    const longest = Math.min(this.longest.get(first.lower) ?? 0, tokens.length - at, maxLength);
    if (longest === 0) return null;
    // One pass over the prefixes: every length whose key is known (as written, or folded where
    // case may differ) replaces the shorter match; the first unknown prefix ends the search.
    let best: PhraseMatch<T> | null = null;
    let key = "";
    let folded = "";
    for (let length = 1; length <= longest; length++) {
      const text = normalizeToken((tokens[at + length - 1] as Token).text);
      key = length === 1 ? text : `${key} ${text}`;
      folded = length === 1 ? first.lower : `${folded} ${(tokens[at + length - 1] as Token).lower}`;
      if (!this.prefixes.has(folded)) break;
      const exact = this.exact.get(key);
      if (exact !== undefined) {
        best = { length, value: exact };
        continue;
      }
      if (anyCase || this.caseless.has(folded)) {
        const value = this.folded.get(folded);
        if (value !== undefined) best = { length, value };
      }
    }
    return best;
  }
}
