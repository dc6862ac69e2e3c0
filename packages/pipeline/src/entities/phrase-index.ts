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
      this.caselessFirst.add((tokens[0] as Token).text.toLowerCase());
    }
    let prefix = "";
    for (const t of tokens) {
      prefix =
        prefix === "" ? normalizeToken(t.text).toLowerCase() : `${prefix} ${normalizeToken(t.text).toLowerCase()}`;
      this.prefixes.add(prefix);
    }
    const first = (tokens[0] as Token).text.toLowerCase();
    this.longest.set(first, Math.max(this.longest.get(first) ?? 0, tokens.length));
  }

  /** Whether a lowercase word can start a caseless phrase; cheaper than `match` for running text. */
  mayMatchCaseless(word: string): boolean {
    return this.caselessFirst.has(word.toLowerCase());
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
    const lower = first.text.toLowerCase();
    const longest = Math.min(this.longest.get(lower) ?? 0, tokens.length - at, maxLength);
    if (longest === 0) return null;
    const firstFolded = normalizeToken(lower);
    // Keys of every prefix (as written and folded), built once; then the longest that is known wins.
    const keys: string[] = [];
    const foldedKeys: string[] = [];
    let key = "";
    let folded = "";
    for (let length = 1; length <= longest; length++) {
      const text = normalizeToken((tokens[at + length - 1] as Token).text);
      key = length === 1 ? text : `${key} ${text}`;
      folded = length === 1 ? firstFolded : `${folded} ${text.toLowerCase()}`;
      if (!this.prefixes.has(folded)) break;
      keys.push(key);
      foldedKeys.push(folded);
    }
    for (let length = keys.length; length >= 1; length--) {
      const candidate = keys[length - 1] as string;
      const exact = this.exact.get(candidate);
      if (exact !== undefined) return { length, value: exact };
      const candidateFolded = foldedKeys[length - 1] as string;
      if (anyCase || this.caseless.has(candidateFolded)) {
        const value = this.folded.get(candidateFolded);
        if (value !== undefined) return { length, value };
      }
    }
    return null;
  }
}
