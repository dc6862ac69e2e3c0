/**
 * Stable IDs. An article ID comes from its seed's file name, so it survives re-runs, reordering
 * and additions of other files; block and sentence IDs append their position in the article.
 */

const MAX_ID_LENGTH = 80;

/** Lowercase ASCII slug of a file name without its extension; empty when nothing is left. */
export function slugOfFileName(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, "").replace(/\.[^.]*$/, "");
  return base
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9_.-]+/g, "-")
    .replace(/-{2,}/g, "-")
    .replace(/^[^a-z0-9]+/, "")
    .replace(/[^a-z0-9]+$/, "")
    .slice(0, MAX_ID_LENGTH);
}

/**
 * Assigns article IDs to seed paths. Paths are taken in code-point order so the result does not
 * depend on the order files were listed; a name that slugs to nothing gets `article`, and
 * collisions get -2, -3, ... in that order.
 */
export function assignArticleIds(paths: readonly string[]): Map<string, string> {
  const sorted = [...paths].sort(compareUnits);
  const taken = new Set<string>();
  const ids = new Map<string, string>();
  for (const path of sorted) {
    const base = slugOfFileName(path) || "article";
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    ids.set(path, id);
  }
  return ids;
}

export const blockId = (articleId: string, seq: number): string => `${articleId}#b${seq}`;
export const sentenceId = (articleId: string, seq: number): string => `${articleId}#s${seq}`;

/** Locale-independent string order (UTF-16 code units), so sorting is the same on every machine. */
export function compareUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
