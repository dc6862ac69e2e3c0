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

/**
 * What one folded key knows: it is a prefix of some phrase (it exists at all), how long the
 * longest phrase starting with it is (one-token keys), and the values of the phrases it ends.
 * One map of these serves a lookup with one probe per token, which matters: the tables are large
 * enough that every probe is a cache miss.
 */
interface Entry<T> {
  longest: number;
  /** The first written form of a phrase with this folded key, and its value. */
  form: string | null;
  formValue: T | undefined;
  /** Other written forms ("US" and "Us"), rare. */
  more: Map<string, T> | null;
  /** The value of the first phrase added under this folded key. */
  folded: T | undefined;
  caseless: boolean;
}

/**
 * An entry as snapshot data: folded key, longest phrase from it, first written form, the numbers
 * of that form's value and of the folded value (-1 for none), caseless (1) or not, other forms.
 */
export type DumpedEntry = [string, number, string | null, number, number, 0 | 1, [string, number][] | null];

export class PhraseIndex<T> {
  private readonly entries = new Map<string, Entry<T>>();
  /** First tokens (folded) of caseless phrases, for the cheap test in mayMatchCaseless. */
  private readonly caselessFirst = new Set<string>();

  private entry(folded: string): Entry<T> {
    let e = this.entries.get(folded);
    if (!e) {
      e = { longest: 0, form: null, formValue: undefined, more: null, folded: undefined, caseless: false };
      this.entries.set(folded, e);
    }
    return e;
  }

  add(phrase: string, value: T, caseless = false): void {
    const tokens = tokenize(phrase);
    if (tokens.length === 0) return;
    const key = keyOf(tokens);
    const folded = key.toLowerCase();
    let prefix = "";
    for (const t of tokens) {
      prefix = prefix === "" ? t.lower : `${prefix} ${t.lower}`;
      this.entry(prefix);
    }
    const first = this.entry((tokens[0] as Token).lower);
    first.longest = Math.max(first.longest, tokens.length);
    const e = this.entry(folded);
    if (e.form === null) {
      e.form = key;
      e.formValue = value;
    } else if (e.form !== key && !e.more?.has(key)) {
      e.more ??= new Map();
      e.more.set(key, value);
    }
    if (e.folded === undefined) e.folded = value;
    if (caseless) {
      e.caseless = true;
      this.caselessFirst.add((tokens[0] as Token).lower);
    }
  }

  /** The entries as data, each value as its number from `numberOf`, for a snapshot of the built index. */
  dump(numberOf: (value: T) => number): { entries: DumpedEntry[]; caselessFirst: string[] } {
    const number = (value: T | undefined) => (value === undefined ? -1 : numberOf(value));
    const entries = [...this.entries].map(
      ([key, e]): DumpedEntry => [
        key,
        e.longest,
        e.form,
        number(e.formValue),
        number(e.folded),
        e.caseless ? 1 : 0,
        e.more ? [...e.more].map(([form, value]): [string, number] => [form, numberOf(value)]) : null,
      ],
    );
    return { entries, caselessFirst: [...this.caselessFirst] };
  }

  /** Fills an empty index with what `dump` gave, its values numbered as in `values`. */
  restore(dumped: { entries: readonly DumpedEntry[]; caselessFirst: readonly string[] }, values: readonly T[]): void {
    for (const [key, longest, form, formValue, folded, caseless, more] of dumped.entries) {
      this.entries.set(key, {
        longest,
        form,
        formValue: formValue < 0 ? undefined : values[formValue],
        more: more ? new Map(more.map(([f, v]) => [f, values[v] as T])) : null,
        folded: folded < 0 ? undefined : values[folded],
        caseless: caseless === 1,
      });
    }
    for (const word of dumped.caselessFirst) this.caselessFirst.add(word);
  }

  /** Whether a lowercase word can start a caseless phrase; cheaper than `match` for running text. */
  mayMatchCaseless(word: Token): boolean {
    return this.caselessFirst.has(word.lower);
  }

  /** How many tokens the longest entry starting with this token spans (0 if none): a cheap bound before `match`. */
  longestFrom(first: Token): number {
    return this.entries.get(first.lower)?.longest ?? 0;
  }

  has(phrase: string): boolean {
    const key = keyOf(tokenize(phrase));
    const e = this.entries.get(key.toLowerCase());
    return e !== undefined && (e.form === key || (e.more?.has(key) ?? false));
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
    const head = this.entries.get(first.lower);
    const longest = Math.min(head?.longest ?? 0, tokens.length - at, maxLength);
    if (longest === 0) return null;
    // One pass over the prefixes: every length whose key is known (as written, or folded where
    // case may differ) replaces the shorter match; the first unknown prefix ends the search.
    let best: PhraseMatch<T> | null = null;
    let key = "";
    let folded = "";
    for (let length = 1; length <= longest; length++) {
      const t = tokens[at + length - 1] as Token;
      const text = normalizeToken(t.text);
      key = length === 1 ? text : `${key} ${text}`;
      folded = length === 1 ? first.lower : `${folded} ${t.lower}`;
      const e = length === 1 ? head : this.entries.get(folded);
      if (!e) break;
      const exact = e.form === key ? e.formValue : e.more?.get(key);
      if (exact !== undefined) {
        best = { length, value: exact };
        continue;
      }
      if ((anyCase || e.caseless) && e.folded !== undefined) best = { length, value: e.folded };
    }
    return best;
  }
}
