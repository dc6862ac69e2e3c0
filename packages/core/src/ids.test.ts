import { describe, expect, it } from "vitest";
import { assignArticleIds, blockId, sentenceId, slugOfFileName } from "./ids.js";

describe("article IDs", () => {
  it("slugs file names to lowercase ASCII", () => {
    expect(slugOfFileName("000_4ff6b53ac6acf856.txt")).toBe("000_4ff6b53ac6acf856");
    expect(slugOfFileName("News Story (Final).txt")).toBe("news-story-final");
    expect(slugOfFileName("--rm -rf.txt")).toBe("rm-rf");
    expect(slugOfFileName("Zürich café.txt")).toBe("zurich-cafe");
    expect(slugOfFileName("Київ.txt")).toBe("");
  });

  it("makes IDs unique independently of listing order", () => {
    const a = assignArticleIds(["b/Story.txt", "a/story.txt", "Київ.txt", "Львів.txt"]);
    const b = assignArticleIds(["Львів.txt", "Київ.txt", "a/story.txt", "b/Story.txt"]);
    expect(a).toEqual(b);
    expect(a.get("a/story.txt")).toBe("story");
    expect(a.get("b/Story.txt")).toMatch(/^story-[0-9a-f]{6}$/);
    expect(a.get("Київ.txt")).toMatch(/^article-[0-9a-f]{6}$/);
    expect(new Set(a.values()).size).toBe(4);
  });

  it("never renames a clean file name when another file with the same slug is added", () => {
    expect(assignArticleIds(["news.txt"]).get("news.txt")).toBe("news");
    expect(assignArticleIds(["news.txt", "News.txt"]).get("news.txt")).toBe("news");
    expect(assignArticleIds(["News Story.txt"]).get("News Story.txt")).toBe("news-story");
  });

  it("derives block and sentence IDs from the article ID", () => {
    expect(blockId("x", 3)).toBe("x#b3");
    expect(sentenceId("x", 12)).toBe("x#s12");
  });
});
