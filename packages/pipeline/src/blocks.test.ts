import { describe, expect, it } from "vitest";
import { seedArticle, seedGold } from "../test/seed.js";
import { wordCount } from "./block-cues.js";
import { classifyBlocks } from "./blocks.js";

describe("blocks of the original seed", () => {
  const { blocks } = seedArticle();
  const gold = seedGold;

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

  it("keeps body paragraphs that merely start with a furniture word", () => {
    const text = [
      "Sources said the first ship left Odesa before dawn.",
      "Loading of grain resumed at three Black Sea ports.",
      "Comments by the ambassador drew criticism.",
      "Related talks are expected next week.",
      "Related Topics",
      "Read more: Ukraine war latest",
    ].join("\n\n");
    expect(kinds(text)).toEqual(["body", "body", "body", "body", "other", "other"]);
  });

  it("joins post text ending in a link with the signature paragraph under it", () => {
    const blocks = classifyBlocks(
      "Allies posted early.\n\nTwo years ago, Russia invaded. Ukraine stands. https://t.co/AbC123xyz\n\n— Dmytro Kuleba (@DmytroKuleba) February 24, 2024\n\nThe minister spoke later.",
    );
    expect(blocks.map((b) => b.kind)).toEqual(["body", "social", "body"]);
    expect(blocks[1]).toMatchObject({ author: "Dmytro Kuleba", handle: "@DmytroKuleba", posted: "2024-02-24" });
  });

  it("leaves body text that ends in a date, or links to a post mid-sentence, as body", () => {
    const text = [
      "Key moments of the war",
      "Russian troops crossed the border before dawn. February 24, 2022",
      "Ukraine retook Kherson. November 11, 2022",
      "The footage, first shared at https://x.com/DefenceU/status/1765012345678901234 and later removed, was verified.",
    ].join("\n\n");
    expect(kinds(text)).toEqual(["heading", "body", "body", "body"]);
  });

  it("does not let a date line after a wide gap swallow the headline above it", () => {
    expect(
      kinds(
        "Zelenskyy names new army chief\n\n\nFebruary 8, 2024\n\nKyiv has a new commander.\n\nHe replaces Zaluzhnyi.",
      ),
    ).toEqual(["heading", "dateline", "body", "body"]);
  });

  it.each([
    ["Residents look at a damaged building. REUTERS/Alina Smutko", "REUTERS/Alina Smutko"],
    ["Smoke rises over Kherson. © Reuters", "© Reuters"],
    ["Debris lies in a field. Credit...Tyler Hicks/The New York Times", "Tyler Hicks/The New York Times"],
    [
      "Firefighters work at the scene in Kyiv. Genya Savilov/AFP via Getty Images",
      "Genya Savilov/AFP via Getty Images",
    ],
    ["A rescuer carries a child. (Photo: Reuters)", "Reuters"],
    ["Troops near Bakhmut. (EPA-EFE/SERGEY DOLZHENKO)", "EPA-EFE/SERGEY DOLZHENKO"],
    ["Мітинг у Києві, 20 лютого 2024 року. Фото: Reuters", "Reuters"],
    ["Getty Images\nImage caption, A residential building in Kharkiv was hit overnight", "Getty Images"],
  ])("reads the caption %j with credit %j", (text, credit) => {
    const [block] = classifyBlocks(`${text}\n\nBody text follows.`);
    expect(block).toMatchObject({ kind: "caption", credit });
  });

  it.each([
    "The attack lasted several hours. — AFP",
    "The ministry later published a photo: it showed a crater next to a school.",
    "He summed up the problem in a single word. Source: logistics.",
  ])("does not take %j for a caption", (text) => {
    expect(kinds(`${text}\n\nMore text.`)[0]).toBe("body");
  });

  it("tells bylines from sentences that start with 'By'", () => {
    expect(kinds("By HANNA ARHIROVA and SUSIE BLANN Associated Press\n\nText.")[0]).toBe("byline");
    expect(kinds("Reporting by Steve Holland and Jeff Mason; Editing by Chris Reese\n\nText.")[0]).toBe("byline");
    expect(kinds("By Monday evening, the fires were out.\n\nText.")[0]).toBe("body");
    expect(kinds("By contrast, Russia's economy grew 3.6% last year.\n\nText.")[0]).toBe("body");
  });

  it("recognizes timestamps as datelines", () => {
    for (const stamp of [
      "Updated 12:34 GMT, 24 Feb 2024",
      "Sat 10 Feb 2024 01.31 GMT",
      "February 24, 2024 at 10:15 a.m. EST",
    ]) {
      expect(kinds(`${stamp}\n\nText.`)[0], stamp).toBe("dateline");
    }
  });
});

describe("wordCount", () => {
  it("counts runs of non-space characters that hold a letter or a digit, in any script", () => {
    expect(wordCount("Kyiv, 21 September — ATACMS")).toBe(4);
    expect(wordCount("Слава Україні!\u00a0🇺🇦 — 2023")).toBe(3);
    expect(wordCount("  \u2003 — … ")).toBe(0);
    expect(wordCount("e-mail U.S. 1,500\u202fkm")).toBe(4);
  });
});
