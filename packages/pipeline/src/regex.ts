/** Building patterns from word lists in the lexicons. */

export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** An alternation of the words, longest first so "Getty Images" wins over "Getty". */
export function alternation(words: Iterable<string>): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join("|");
}

const compiled = new Map<string, RegExp>();
/**
 * A pattern built at run time from a word ("the spokesperson", a role), compiled once per process:
 * V8 drops its own regexp cache at each full GC, and a pattern with \p{L} takes about a
 * millisecond to compile, which quote attribution paid again and again. Only for patterns without the g or y flag (shared lastIndex), or
 * ones read with matchAll, which copies the pattern.
 */
export function memoRegExp(source: string, flags = ""): RegExp {
  const key = `${flags}/${source}`;
  let re = compiled.get(key);
  if (!re) {
    // Words come from the text: a bound keeps a long run's memory flat.
    if (compiled.size >= 4096) compiled.clear();
    re = new RegExp(source, flags);
    compiled.set(key, re);
  }
  return re;
}
