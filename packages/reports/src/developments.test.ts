import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { datasetsOf } from "../test/datasets.js";
import { keyDevelopments, rankEvents, readableDate } from "./developments.js";
import { notableQuotes } from "./pdf/sections.js";
import { timelineRows } from "./timeline.js";

const seeds = new URL("../../../seeds/", import.meta.url);
const seedName = readdirSync(seeds).find((f) => f.endsWith(".txt")) as string;

describe("key developments", () => {
  const data = datasetsOf({ [seedName]: readFileSync(new URL(seedName, seeds)) });
  const top = keyDevelopments(data);

  it("puts the seed's ATACMS pledge first, citing the sentences of the seed that report it", () => {
    const first = top[0];
    expect(first).toMatchObject({ rank: 1, type: "AID", status: "pledged", actor: "United States", object: "ATACMS" });
    expect(first?.summary).toBe("United States pledged ATACMS to Ukraine, 21 Sep 2023.");
    expect(first?.sentences.length).toBeGreaterThanOrEqual(2);
    for (const s of first?.sentences ?? []) expect(s.article_id).toBe(seedName.replace(/\.txt$/, ""));
    expect(first?.citations.split(" | ")).toEqual(first?.sentences.map((s) => s.sentence_id));
    expect(first?.evidence).toMatch(/ATACMS/);
  });

  it("ranks by a score that falls down the list, and ranks an event without actor or recipient below the rest", () => {
    const scores = top.map((d) => d.salience);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(top.length).toBeLessThanOrEqual(10);
  });

  it("writes TIMEX3 values as a reader would: dates at their precision, times, references, durations", () => {
    expect(readableDate("2023-09-21")).toBe("21 Sep 2023");
    expect(readableDate("2022-07")).toBe("Jul 2022");
    expect(readableDate("2023-W38")).toBe("week 38 of 2023");
    expect(readableDate("2008-W37-WE")).toBe("weekend of week 37 of 2008");
    expect(readableDate("2006-H2")).toBe("second half of 2006");
    expect(readableDate("2023-Q3")).toBe("Q3 2023");
    expect(readableDate("2023-SU")).toBe("summer 2023");
    expect(readableDate("199X")).toBe("the 1990s");
    expect(readableDate("2014")).toBe("2014");
    expect(readableDate("2009-12-15T18:00")).toBe("15 Dec 2009, 18:00");
    expect(readableDate("2006-01-26TNI")).toBe("26 Jan 2006, night");
    expect(readableDate("2009-12-15T18:00:30")).toBe("15 Dec 2009, 18:00:30");
    expect(readableDate("PRESENT_REF")).toBe("now");
    expect(readableDate("P3M")).toBe("3 months");
    expect(readableDate("P1Y")).toBe("1 year");
    expect(readableDate("PXM")).toBe("months");
    expect(readableDate("PT48H")).toBe("48 hours");
    expect(readableDate("PT58.41S")).toBe("58.41 seconds");
    expect(readableDate("PXDE")).toBe("decades");
    // Shapes it does not know stay as written: a value is never made up.
    expect(readableDate("P2Y6M")).toBe("P2Y6M");
  });
});

describe("notable quotes and the timeline", () => {
  const data = datasetsOf({ [seedName]: readFileSync(new URL(seedName, seeds)) });
  it("quotes direct words of known speakers, at most two each", () => {
    const quotes = notableQuotes(data);
    expect(quotes.length).toBeGreaterThan(0);
    for (const q of quotes) expect(q.kind).not.toBe("partial");
    const per = new Map<string, number>();
    for (const q of quotes) per.set(q.speaker ?? "", (per.get(q.speaker ?? "") ?? 0) + 1);
    expect(Math.max(...per.values())).toBeLessThanOrEqual(2);
    expect(quotes.map((q) => q.speaker)).toContain("Dmitry Peskov");
  });
  it("lists every dated event once, oldest first, with the sentence that first reports it", () => {
    const rows = timelineRows(data);
    expect(rows.length).toBe(data.events.filter((e) => e.date).length);
    expect(rows.map((r) => r.date)).toEqual(rows.map((r) => r.date).sort());
    const sentences = new Set(data.sentences.map((s) => s.sentence_id));
    for (const r of rows) expect(sentences.has(r.citation)).toBe(true);
  });
});

describe("key developments of business news", () => {
  // Wikinews (CC BY 2.5): events there are often a side alone ("Airbus has asked that a decision … be made").
  const folder = new URL("../../../fixtures/wikinews/", import.meta.url);
  const files = Object.fromEntries(
    readdirSync(folder)
      .filter((f) => f.endsWith(".txt"))
      .sort()
      .map((f) => [f, readFileSync(new URL(f, folder))]),
  );
  const data = datasetsOf(files);

  it("are only events that say who did what to whom or where, however few", () => {
    const top = keyDevelopments(data);
    expect(top.length).toBeGreaterThan(0);
    for (const d of top) {
      expect(d.actor || d.recipient, d.summary).toBeTruthy();
      expect(d.recipient || d.object || d.location, d.summary).toBeTruthy();
    }
    // The others are still events, in events.csv and the timeline, and some would rank among the ten.
    const alone = new Set(
      data.events.filter((e) => e.actor && !e.recipient && !e.object && !e.location).map((e) => e.event_id),
    );
    expect(
      rankEvents(data)
        .slice(0, 10)
        .some((r) => alone.has(r.event.event_id)),
    ).toBe(true);
    for (const d of top) expect(alone.has(d.event_id), d.summary).toBe(false);
  });
});
