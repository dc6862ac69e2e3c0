/**
 * Longest-match lookup of multi-word names over a token sequence. Names are stored under the
 * key of their own tokens, so "U.S. Army Europe" matches exactly the tokens the text gives.
 * Entries may be caseless (common-noun weapon names); in ALL-CAPS text every entry matches
 * regardless of case.
 */
import { type Token, tokenize } from "./tokenize.js";

const keyOf = (tokens: readonly { text: string }[]) => tokens.map((t) => t.text.replace(/’/g, "'")).join(" ");

export interface PhraseMatch<T> {
  readonly length: number;
  readonly value: T;
}

export class PhraseIndex<T> {
  private readonly exact = new Map<string, T>();
  private readonly folded = new Map<string, T>();
  private readonly caseless = new Set<string>();
  /** Longest phrase, in tokens, per first token (folded), to bound the search. */
  private readonly longest = new Map<string, number>();

  add(phrase: string, value: T, caseless = false): void {
    const tokens = tokenize(phrase);
    if (tokens.length === 0) return;
    const key = keyOf(tokens);
    const folded = key.toLowerCase();
    if (!this.exact.has(key)) this.exact.set(key, value);
    if (!this.folded.has(folded)) this.folded.set(folded, value);
    if (caseless) this.caseless.add(folded);
    const first = (tokens[0] as Token).text.toLowerCase();
    this.longest.set(first, Math.max(this.longest.get(first) ?? 0, tokens.length));
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
    const longest = Math.min(this.longest.get(first.text.toLowerCase()) ?? 0, tokens.length - at, maxLength);
    for (let length = longest; length >= 1; length--) {
      const key = keyOf(tokens.slice(at, at + length));
      const exact = this.exact.get(key);
      if (exact !== undefined) return { length, value: exact };
      const folded = key.toLowerCase();
      if (anyCase || this.caseless.has(folded)) {
        const value = this.folded.get(folded);
        if (value !== undefined) return { length, value };
      }
    }
    return null;
  }
}
