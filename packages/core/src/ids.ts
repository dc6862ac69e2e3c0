/**
 * Stable IDs. An article ID comes from its seed's file name, so it survives re-runs, reordering
 * and additions of other files; block and sentence IDs append their position in the article.
 */

import { sha256Hex } from "./hash.js";

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
 * Assigns article IDs to seed paths. A file whose name is already its slug (`news.txt` → `news`)
 * always gets the plain slug; other names get it too unless it is taken, in which case they get
 * the slug plus six hex digits of the SHA-256 of their path (`News.txt` → `news-1f3a9c`). So an
 * ID never depends on the order files were listed in, and adding a file never renames a file
 * whose name was clean. A name with no ASCII letters or digits becomes `article-<hash>`.
 */
export function assignArticleIds(paths: readonly string[]): Map<string, string> {
  const groups = new Map<string, string[]>();
  for (const path of [...paths].sort(compareUnits)) {
    const slug = slugOfFileName(path) || "article";
    groups.set(slug, [...(groups.get(slug) ?? []), path]);
  }
  const ids = new Map<string, string>();
  const taken = new Set(groups.keys());
  for (const [slug, group] of groups) {
    const plain =
      slug === "article" && slugOfFileName(group[0] ?? "") === ""
        ? undefined
        : (group.find((p) => baseName(p) === slug) ?? (group.length === 1 ? group[0] : undefined));
    for (const path of group) {
      if (path === plain) {
        ids.set(path, slug);
        continue;
      }
      const digest = sha256Hex(path);
      let length = 6;
      let id = `${slug}-${digest.slice(0, length)}`;
      while (taken.has(id)) id = `${slug}-${digest.slice(0, ++length)}`;
      taken.add(id);
      ids.set(path, id);
    }
  }
  return ids;
}

const baseName = (path: string) => path.replace(/^.*[\\/]/, "").replace(/\.[^.]*$/, "");

export const blockId = (articleId: string, seq: number): string => `${articleId}#b${seq}`;
export const sentenceId = (articleId: string, seq: number): string => `${articleId}#s${seq}`;

/** Locale-independent string order (UTF-16 code units), so sorting is the same on every machine. */
export function compareUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
