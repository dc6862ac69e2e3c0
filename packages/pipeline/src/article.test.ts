import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { normalizeArticle, normalizeArticles, shortenTitle } from "./article.js";
import { readSeed } from "./read-seed.js";

const article = (text: string) => {
  const result = readSeed(new TextEncoder().encode(text));
  if (!result.ok) throw new Error(result.detail);
  return normalizeArticle(result.seed, "a", "a.txt").article;
};

describe("titles", () => {
  it("prefers the header, then a leading heading, then the first sentence", () => {
    expect(article("date 2024-02-08\ntitle From the header\n\nHeadline here\n\nBody text.")).toMatchObject({
      title: "From the header",
      title_source: "header",
    });
    expect(article("date 2024-02-08\nHeadline here\n\nBody text.")).toMatchObject({
      title: "Headline here",
      title_source: "heading",
    });
    expect(article("date 2024-02-08 Body text. More text.")).toMatchObject({
      title: "Body text.",
      title_source: "first_sentence",
    });
  });

  it("skips furniture above the headline: an ad label, a timestamp, a byline", () => {
    const text =
      "date 2024-02-08\nAdvertisement\n\nUpdated 12:34 GMT, 8 Feb 2024\n\nZelenskyy names new army chief\n\nKyiv has a new commander.";
    expect(article(text)).toMatchObject({ title: "Zelenskyy names new army chief", title_source: "heading" });
  });

  it("shortens a long first sentence at a word boundary, never inside a surrogate pair", () => {
    const words = shortenTitle(`${"word ".repeat(60)}end.`);
    expect(words.length).toBeLessThanOrEqual(160);
    expect(words.endsWith("word…")).toBe(true);
    const cjk = shortenTitle(`${"東".repeat(158)}😀${"東".repeat(20)}`);
    expect(cjk).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
    expect(cjk.endsWith("…")).toBe(true);
  });
});

describe("batches", () => {
  const dir = new URL("../../../fixtures/wikinews/", import.meta.url);
  const seeds = readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .slice(0, 5)
    .map((f) => {
      const result = readSeed(readFileSync(new URL(f, dir)));
      if (!result.ok) throw new Error(result.detail);
      return { seed: result.seed, articleId: f.replace(/\.txt$/, ""), sourceFile: f };
    });

  it("gives each article of a batch what it gets alone, and an article that fails its own error", () => {
    // A seed without its headers makes the first stage throw, as a fault of sitrep's own would.
    const broken = { ...seeds[0], seed: { ...seeds[0]?.seed, headers: undefined }, articleId: "broken" } as never;
    const batch = [...seeds.slice(0, 2), broken, ...seeds.slice(2)];
    const results = normalizeArticles(batch);
    expect(results).toHaveLength(batch.length);
    expect(results[2]).toBeInstanceOf(Error);
    const alone = seeds.map((s) => normalizeArticle(s.seed, s.articleId, s.sourceFile));
    expect(results.filter((r) => !(r instanceof Error))).toEqual(alone);
    expect(alone.every((a) => a.mentions.length > 0 && a.sentences.length > 0)).toBe(true);
  });
});
