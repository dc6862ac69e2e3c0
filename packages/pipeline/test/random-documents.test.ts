/**
 * Property tests: random documents — news phrases, quotes, numbers and dates mixed with any Unicode
 * — never crash the pipeline, and every row's offsets slice its own text out of the article.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizeArticle } from "../src/article.js";
import { EntityTable } from "../src/entities/index.js";
import { EventTable } from "../src/events/merge.js";
import { type Fingerprinted, fingerprint, nearDuplicates } from "../src/near-duplicates.js";
import { readSeed } from "../src/read-seed.js";

/** Pieces that wake every stage: names, weapons, dates, amounts, quote marks, captions, posts. */
const NEWS = [
  "President Joe Biden",
  " told Ukraine's President Volodymyr Zelenskyy",
  " that the United States will provide ATACMS",
  " on Thursday",
  " last year in July 2022",
  " up to 190 miles",
  " $40bn",
  " dozens of drones",
  ' "We will not back down," he said.',
  " “a red line”",
  " 'a partial quote'",
  " Credit: AP",
  " — President Biden (@POTUS) September 21, 2023",
  " Russia's foreign ministry warned",
  " Дві країни. Один сигнал.",
  ". ",
  ", ",
  "\n",
  "\n\n",
  " (",
  ")",
  " 1,500 to 2,000 troops",
  " 2023-W38",
  " Sept. 21",
];

const piece = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...NEWS) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 12 }) },
  { weight: 1, arbitrary: fc.constantFrom("\u202e", "\u200b", "\r\n", "\r", "\t", "\u0007", "\ufeff", "🇺🇦", "\u0301") },
);
const body = fc.array(piece, { minLength: 1, maxLength: 60 }).map((parts) => parts.join(""));
const date = fc
  .date({ min: new Date("1900-01-01"), max: new Date("2099-12-31"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const noise = fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0x80, max: 0xff })), { maxLength: 4 });
const header = fc.constantFrom("", "title A headline\n", "Title: Other\nsource Wire\n", "author =X\n");

describe("random documents", () => {
  let runs = 0;
  const entities = new EntityTable();
  const events = new EventTable();
  const samples: Fingerprinted[] = [];

  it("never crash the pipeline or its corpus-wide tables, and every offset slices its row's text", () => {
    fc.assert(
      fc.property(date, header, body, noise, (published, headers, text, bytes) => {
        const encoded = [...new TextEncoder().encode(`date ${published}\n${headers}\n${text}`)];
        // Stray bytes that are not UTF-8, after the date line: the Windows-1252 path.
        for (const [at, byte] of bytes) encoded.splice(16 + (at % Math.max(1, encoded.length - 16)), 0, byte);
        const result = readSeed(new Uint8Array(encoded));
        if (!result.ok) {
          expect(["empty", "no_body", "binary", "invalid_utf8"]).toContain(result.reason);
          return;
        }
        const id = `r${++runs}`;
        const a = normalizeArticle(result.seed, id, `${id}.txt`);
        // The corpus-wide tables take every article, as normalize gives them.
        entities.add(id, a.linked, a.text);
        events.add(id, published, a.events);
        samples.push({ id, published, sample: fingerprint(a.text) });
        const rows = [...a.blocks, ...a.sentences, ...a.mentions, ...a.dates, ...a.quantities, ...a.quotes];
        for (const row of rows) {
          expect(row.start).toBeGreaterThanOrEqual(0);
          expect(row.end).toBeLessThanOrEqual(a.text.length);
          expect(a.text.slice(row.start, row.end)).toBe(row.text);
        }
        for (const e of a.events) expect(a.text.slice(e.start, e.end)).toBe(e.trigger);
        expect(a.article.char_count).toBe(a.text.length);
      }),
      { numRuns: 400 },
    );
    const merged = events.rows();
    const ids = new Set(merged.events.map((e) => e.event_id));
    for (const m of merged.mentions) expect(ids.has(m.event_id)).toBe(true);
    expect(entities.rows().length).toBeGreaterThan(0);
    for (const [id, copy] of nearDuplicates(samples)) expect(copy.of).not.toBe(id);
  });
});
