import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { normalizeArticle } from "./article.js";
import { classifyBlocks } from "./blocks.js";
import { readSeed } from "./read-seed.js";

const root = new URL("../../../", import.meta.url);
const seedFile = readdirSync(new URL("seeds/", root)).find((f) => f.endsWith(".txt")) as string;
const gold = JSON.parse(readFileSync(new URL("fixtures/gold/seed-000.json", root), "utf8")) as {
  blocks: { kind: string; starts: string; credit?: string; author?: string; handle?: string; date?: string }[];
};

function seedArticle() {
  const result = readSeed(readFileSync(new URL(`seeds/${seedFile}`, root)));
  if (!result.ok) throw new Error(result.detail);
  return normalizeArticle(result.seed, "seed", seedFile);
}

describe("blocks of the original seed", () => {
  const { blocks } = seedArticle();

  it("has the gold kinds, in order, each starting where the gold says", () => {
    expect(blocks.map((b) => b.kind)).toEqual(gold.blocks.map((b) => b.kind));
    for (const [i, block] of blocks.entries()) expect(block.text.startsWith(gold.blocks[i]?.starts ?? "?")).toBe(true);
  });

  it("reads captions' credits and the embeds' signatures", () => {
    blocks.forEach((block, i) => {
      const expected = gold.blocks[i];
      if (expected?.credit) expect(block.credit).toBe(expected.credit);
      if (expected?.author) expect(block.author).toBe(expected.author);
      if (expected?.handle) expect(block.handle).toBe(expected.handle);
      if (expected?.date) expect(block.posted).toBe(expected.date);
    });
    expect(blocks.filter((b) => b.kind === "caption").map((b) => b.credit)).toEqual([
      "AP",
      "AP",
      "Iryna Rybakova via AP",
    ]);
  });

  it("keeps the three paragraphs of the first embed in one block, closed by its date line", () => {
    const embed = blocks[1];
    expect(embed?.text.split(/\n\s*\n/)).toHaveLength(3);
    expect(embed?.text.endsWith("September 21, 2023")).toBe(true);
    expect(embed?.posted).toBe("2023-09-21");
  });

  it("labels the block with the Ukrainian sentence as mixed, never plain English", () => {
    const ukrainian = blocks.find((b) => b.text.includes("Дві країни"));
    expect(ukrainian?.language).toBe("en+uk");
    expect(blocks.filter((b) => b !== ukrainian).every((b) => b.language === "en")).toBe(true);
  });
});

const kinds = (text: string) => classifyBlocks(text).map((b) => b.kind);

describe("block classification on other layouts", () => {
  it("finds a title, a dateline and body paragraphs as in the Wikinews seeds", () => {
    expect(
      kinds("Airbus wins US tanker deal\n\nMarch 01, 2008\n\nThe US Air Force chose Airbus.\n\nBoeing may protest."),
    ).toEqual(["heading", "dateline", "body", "body"]);
  });

  it("takes an opening line that ends like a sentence for the title when a dateline follows", () => {
    expect(kinds("Ford cuts 10,000 jobs in the U.S.\n\nJune 3, 2008\n\nFord said on Tuesday.")).toEqual([
      "heading",
      "dateline",
      "body",
    ]);
    expect(kinds("Ford cuts 10,000 jobs in the U.S.\n\nFord said on Tuesday.")).toEqual(["body", "body"]);
  });

  it("recognizes bylines, boilerplate and agency photo credits", () => {
    const text = [
      "By Jane Doe and John Roe",
      "KYIV — Ukraine said on Monday it had shot down 20 drones.",
      "A firefighter works at the site. (AP Photo/Efrem Lukatsky)",
      "Soldiers near the front. Anatolii Stepanov/AFP via Getty Images",
      "Read more: Ukraine war latest",
      "The ministry said the attack lasted hours.",
    ].join("\n\n");
    expect(kinds(text)).toEqual(["byline", "body", "caption", "caption", "other", "body"]);
    const credits = classifyBlocks(text).map((b) => b.credit);
    expect(credits[2]).toBe("AP Photo/Efrem Lukatsky");
    expect(credits[3]).toBe("Anatolii Stepanov/AFP via Getty Images");
  });

  it("does not take a sentence that ends with an agency's name for a caption", () => {
    expect(kinds("The minister made the remarks in an interview with Reuters.\n\nMore text.")).toEqual([
      "body",
      "body",
    ]);
  });

  it("takes a single-paragraph post with a signature as a social block with its fields", () => {
    const [post] = classifyBlocks(
      "We will not stop. https://t.co/abc123 — Volodymyr Zelenskyy (@ZelenskyyUa) February 24, 2023\n\nBody text follows.",
    );
    expect(post).toMatchObject({
      kind: "social",
      author: "Volodymyr Zelenskyy",
      handle: "@ZelenskyyUa",
      posted: "2023-02-24",
    });
  });

  it("does not sweep wide-gapped body paragraphs into an embed when the whole article uses wide gaps", () => {
    const text = [
      "First paragraph here.",
      "Second paragraph here.",
      "A post text. — Someone (@someone) May 2, 2022",
    ].join("\n\n\n");
    expect(kinds(text)).toEqual(["body", "body", "social"]);
  });

  it("does not take a one-line quotation for a heading", () => {
    expect(kinds('"How can it go away?"\n\nHe asked.')).toEqual(["body", "body"]);
  });
});
