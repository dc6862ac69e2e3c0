/**
 * Which verb dates an expression: relative clauses, schedules in the present, adjectives that look
 * like tense cues, and how far a clock time looks for its day. The sentences are from a blind set
 * of 2010–2014 wire stories (first run value F1 93.1), reworded where a name was invented.
 */
import { describe, expect, it } from "vitest";
import { articleOf } from "../../test/seed.js";
import { tagTimex } from "./tagger.js";

const tag = (sentence: string, published: string) =>
  tagTimex(sentence, 0, sentence.length, published).map((t) => [sentence.slice(t.start, t.end), t.type, t.value]);

describe("a relative clause's own verb", () => {
  it("dates what it holds, not the main clause around it", () => {
    const expiry = "Credits were left over from the first commitment period, which expires on Dec. 31.";
    expect(tag(expiry, "2012-12-08")).toEqual([["Dec. 31", "DATE", "2012-12-31"]]);
    const election = "The Labor government, which faces a national election on Sept. 7, welcomed the decision.";
    expect(tag(election, "2013-08-06")).toEqual([["Sept. 7", "DATE", "2013-09-07"]]);
    // "ends June 30": a schedule with a two-digit day.
    const fiscal = "It said its profit for fiscal 1998, which ends June 30, would fall short.";
    expect(tag(fiscal, "1997-10-22")).toContainEqual(["June 30", "DATE", "1998-06-30"]);
  });

  it("after the expression describes something else ('…, which was released on Monday')", () => {
    const issue = "The findings appear in the December issue of the journal, which was released online on Monday.";
    expect(tag(issue, "2010-11-16")).toEqual([
      ["December", "DATE", "2010-12"],
      ["Monday", "DATE", "2010-11-15"],
    ]);
  });
});

describe("cues that are no tense", () => {
  it("reads plural schedule verbs before a clock time as ahead ('Polls open at 6:30 a.m. Tuesday')", () => {
    expect(tag("Polls open at 6:30 a.m. Tuesday and close at 7:30 p.m.", "2010-10-29")).toEqual([
      ["6:30 a.m. Tuesday", "TIME", "2010-11-02T06:30"],
      ["7:30 p.m.", "TIME", "2010-11-02T19:30"],
    ]);
  });

  it("takes 'scheduled' after a determiner as an adjective and 'we expected to' as past", () => {
    const talks = "Climate talks in Qatar ran a day past their scheduled Friday close.";
    expect(tag(talks, "2012-12-08")).toContainEqual(["Friday", "DATE", "2012-12-07"]);
    const deals = "We saw deals that we expected to close in September slip into October.";
    expect(tag(deals, "2011-10-26")).toContainEqual(["September", "DATE", "2011-09"]);
  });
});

describe("clock times and stretches", () => {
  it("gives a clock time no day named far off in a long sentence", () => {
    const night =
      "Delegates worked until 4 a.m. on a draft text that would extend Kyoto, the only binding plan for curbing greenhouse gas emissions, for eight years from Jan. 1, 2013.";
    const clock = tag(night, "2012-12-08").find(([text]) => text === "4 a.m.");
    expect(clock?.[2]).not.toMatch(/^2013-01-01/);
  });

  it("reads plurals joined to a stretch and '-long' plurals as stretches, and meeting minutes as none", () => {
    expect(tag("Most research followed volunteers for days or weeks, not years.", "2010-11-16")).toEqual([
      ["days", "DURATION", "PXD"],
      ["weeks", "DURATION", "PXW"],
      ["years", "DURATION", "PXY"],
    ]);
    expect(tag("It was another victory in their years-long crackdown.", "2014-02-06")).toEqual([
      ["years-long", "DURATION", "PXY"],
    ]);
    expect(tag("Minutes of Tuesday's meeting will be released on Aug. 20.", "2013-08-06")).not.toContainEqual(
      expect.arrayContaining(["Minutes"]),
    );
  });
});

describe("'a year earlier' after a per-share figure", () => {
  it("is the same quarter a year before in a quarterly report", () => {
    const article = articleOf(
      "Corvane said Wednesday that its third-quarter profit rose 18 percent. That compares with $181 million, or 52 cents per share, a year earlier.",
      "2011-10-26",
    );
    expect(article.dates.find((d) => d.text === "a year earlier")?.value).toBe("2010-Q3");
  });
});
