import { describe, expect, it } from "vitest";
import { MAX_SENTENCE, segmentSentences } from "./segment.js";

const split = (text: string) => segmentSentences(text).map((s) => text.slice(s.start, s.end));

describe("segmentSentences", () => {
  it("keeps abbreviations, titles and initials inside the sentence", () => {
    expect(
      split(
        "Lt. Gen. Ben Hodges met Mr. Smith in the U.S. Army base on Sept. 21. J.R.R. Tolkien and Joe R. Biden agreed.",
      ),
    ).toEqual([
      "Lt. Gen. Ben Hodges met Mr. Smith in the U.S. Army base on Sept. 21.",
      "J.R.R. Tolkien and Joe R. Biden agreed.",
    ]);
  });

  it("reads the word before a period past quotes, accents, apostrophes and astral letters", () => {
    expect(
      split(
        "“Gen. Zaluzhnyi spoke,” said Sen. O’Neill of the 𝐀rmy. Then Mr. Müller-Lüdenscheidt-Wörthersee-Aktiengesellschafts-Vorstand. Gen. Smith left.",
      ),
    ).toEqual([
      "“Gen. Zaluzhnyi spoke,” said Sen. O’Neill of the 𝐀rmy.",
      "Then Mr. Müller-Lüdenscheidt-Wörthersee-Aktiengesellschafts-Vorstand.",
      "Gen. Smith left.",
    ]);
  });

  it("ends a sentence after an abbreviation when a new sentence clearly starts", () => {
    expect(
      split("Aid went to the U.S. The next day it left. They sold Chrysler Holding LLC. Daimler kept 19.9%."),
    ).toEqual([
      "Aid went to the U.S.",
      "The next day it left.",
      "They sold Chrysler Holding LLC.",
      "Daimler kept 19.9%.",
    ]);
  });

  it("splits after a single capital that ends a sentence, and keeps list numbers with their item", () => {
    expect(split("He was held in Block C. Then he escaped. 1. First item. 2. Second item.")).toEqual([
      "He was held in Block C.",
      "Then he escaped.",
      "1. First item.",
      "2. Second item.",
    ]);
  });

  it("knows Ukrainian and Russian abbreviations before numbers", () => {
    expect(split("Див. також ст. 5 закону. Він народився в 1814 р. у селі.")).toEqual([
      "Див. також ст. 5 закону.",
      "Він народився в 1814 р. у селі.",
    ]);
  });

  it("does not split decimals, amounts or times", () => {
    expect(split("It fell 2.64% to 1,500.63 at 3.30 p.m. on Friday.")).toEqual([
      "It fell 2.64% to 1,500.63 at 3.30 p.m. on Friday.",
    ]);
  });

  it("keeps closing quotes with their sentence and does not split before a lowercase attribution", () => {
    expect(
      split('It would be a "red line." The US will be "a party to the conflict," the ministry said. "Stop!" he said.'),
    ).toEqual([
      'It would be a "red line."',
      'The US will be "a party to the conflict," the ministry said.',
      '"Stop!" he said.',
    ]);
  });

  it("splits inside a quotation that holds several sentences", () => {
    expect(split("“We are worried. The decline hit us,” said a supplier.")).toEqual([
      "“We are worried.",
      "The decline hit us,” said a supplier.",
    ]);
  });

  it("splits Cyrillic sentences and a trailing link in a post", () => {
    expect(
      split("Дві країни. Один чіткий сигнал: ми разом. pic.twitter.com/d5VGFt8nJk — President Biden (@POTUS)"),
    ).toEqual([
      "Дві країни.",
      "Один чіткий сигнал: ми разом.",
      "pic.twitter.com/d5VGFt8nJk — President Biden (@POTUS)",
    ]);
  });

  it("gives each list item its own sentence and joins lines that were only wrapped", () => {
    expect(split("Ford will:\n- close plants\n- cut 30,000 jobs\nThe plan was\nannounced in January.")).toEqual([
      "Ford will:",
      "- close plants",
      "- cut 30,000 jobs",
      "The plan was\nannounced in January.",
    ]);
  });

  it("returns offsets into the original string within the requested range", () => {
    const text = "Skip this. Keep one. Keep two.";
    const spans = segmentSentences(text, 11, text.length);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(["Keep one.", "Keep two."]);
  });

  it("cuts a run without full stops at a comma, else a space, so no sentence passes 2,000 characters", () => {
    const commas = "tanks, drones and shells ".repeat(400);
    const spans = segmentSentences(commas);
    expect(spans.length).toBeGreaterThan(4);
    for (const s of spans) expect(s.end - s.start).toBeLessThanOrEqual(MAX_SENTENCE);
    for (const s of spans.slice(0, -1)) expect(commas.slice(s.start, s.end)).toMatch(/,$/);
    expect(spans.map((s) => commas.slice(s.start, s.end)).join(" ")).toBe(commas.trim());
    const cjk = "北京".repeat(3000);
    const pieces = segmentSentences(cjk);
    expect(pieces.map((s) => s.end - s.start)).toEqual([2000, 2000, 2000]);
    // Astral characters are two code units: no cut falls between them.
    const astral = `x${"𠀀".repeat(1500)}`;
    const parts = segmentSentences(astral);
    expect(parts.map((s) => s.end - s.start)).toEqual([1999, 1002]);
    expect(parts.map((s) => astral.slice(s.start, s.end)).join("")).toBe(astral);
  });
});
