import { TIMEX3_VALUE } from "@sitrep/core";
import { describe, expect, it } from "vitest";
import { articleOf, seedArticle, seedGold } from "../../test/seed.js";
import { isoWeek, parseYmd } from "./calendar-math.js";
import { tagTimex } from "./tagger.js";

const tag = (sentence: string, published = "2023-09-23") =>
  tagTimex(sentence, 0, sentence.length, published).map((t) => [sentence.slice(t.start, t.end), t.type, t.value]);

describe("time expressions of the original seed", () => {
  const { dates } = seedArticle();
  const gold = seedGold;

  it.each(gold.dates.map((d) => [d.text, d.value, d]))("finds %j with value %s", (_text, value, expected) => {
    const overlapping = dates.filter((d) => expected.text.includes(d.text) || d.text.includes(expected.text));
    expect(overlapping.map((d) => d.value)).toContain(value);
    const hit = overlapping.find((d) => d.value === value);
    expect(hit?.type).toBe(expected.type ?? "DATE");
  });
});

describe("the seed's quantity", () => {
  it("reads the ATACMS range as 305.8 km, an upper bound, owned by the ATACMS", () => {
    const { quantities } = seedArticle();
    expect(quantities.find((q) => q.text.includes("190 miles"))).toMatchObject({
      value: 190,
      unit: "miles",
      normalized_value: 305.8,
      normalized_unit: "km",
      mod: "up_to",
      subject_entity_id: "weapon:atacms",
    });
  });
});

describe("TIMEX3 values", () => {
  it("all match the value pattern the data package declares", () => {
    const re = new RegExp(TIMEX3_VALUE);
    const values = tag(
      "On Friday night, yesterday, in July, in the 1990s, this week, last spring, the third quarter of 2022, for 3 months, 4 hours, every week, now, at 5 p.m.",
    ).map((t) => t[2] as string);
    expect(values.length).toBeGreaterThan(10);
    for (const value of values) expect(value).toMatch(re);
  });
});

describe("resolving against the publication date and the tense", () => {
  it("points weekdays and months back in past-tense sentences and forward in future ones", () => {
    expect(tag("They met on Thursday.")).toEqual([["Thursday", "DATE", "2023-09-21"]]);
    expect(tag("They will meet on Thursday.")).toEqual([["Thursday", "DATE", "2023-09-28"]]);
    expect(tag("It happened in November.")).toEqual([["November", "DATE", "2022-11"]]);
    expect(tag("Talks will resume in November.")).toEqual([["November", "DATE", "2023-11"]]);
  });

  it("resolves yesterday, last year, this week, two weeks ago, seasons, quarters and decades", () => {
    expect(tag("Yesterday the army said so.")).toEqual([["Yesterday", "DATE", "2023-09-22"]]);
    expect(tag("Sales fell last year and this week.")).toEqual([
      ["last year", "DATE", "2022"],
      ["this week", "DATE", "2023-W38"],
    ]);
    expect(tag("It began two weeks ago.")).toEqual([["two weeks ago", "DATE", "2023-W36"]]);
    expect(tag("It began several years ago.")).toEqual([["several years ago", "DATE", "PAST_REF"]]);
    expect(tag("Profit rose in the third quarter of 2022 and last spring.")).toEqual([
      ["third quarter of 2022", "DATE", "2022-Q3"],
      ["last spring", "DATE", "2022-SP"],
    ]);
    expect(tag("Prices doubled in the 1990s.")).toEqual([["1990s", "DATE", "199X"]]);
  });

  it("finds durations, sets, references and clock times", () => {
    expect(tag("The war has lasted 19 months; fighting went on for years.")).toEqual([
      ["19 months", "DURATION", "P19M"],
      ["years", "DURATION", "PXY"],
    ]);
    expect(tag("Inspections happen every week and reports come daily, the minister said now.")).toEqual([
      ["every week", "SET", "P1W"],
      ["daily", "SET", "P1D"],
      ["now", "DATE", "PRESENT_REF"],
    ]);
    expect(tag("The strike hit at 5:30 p.m.")).toEqual([["5:30 p.m.", "TIME", "2023-09-23T17:30"]]);
    expect(tag("The deal is worth $5 billion a year.")).toEqual([["a year", "SET", "P1Y"]]);
    expect(tag("Output is 40 units per hour; shares fell for a third straight day.")).toEqual([
      ["per hour", "SET", "PT1H"],
      ["a third straight day", "DATE", "2023-09-23"],
    ]);
  });

  it("does not take amounts, the verb may or the verb fall for times", () => {
    expect(tag("He may resign as 2500 troops and 1,950 people fall back.")).toEqual([]);
  });

  it("computes ISO weeks across year ends", () => {
    expect(isoWeek(parseYmd("2021-01-03"))).toBe("2020-W53");
    expect(isoWeek(parseYmd("2024-12-30"))).toBe("2025-W01");
  });
});

describe("dates named without a year (article of Thursday 2000-01-06)", () => {
  const at = (sentence: string) => tag(sentence, "2000-01-06");

  it("takes the nearer year when no tense decides, and a date within three weeks whatever the tense", () => {
    expect(at("Elian must be returned to his father by Jan. 14.")).toEqual([["Jan. 14", "DATE", "2000-01-14"]]);
    expect(at("By setting a Jan. 14 return date, the service allowed time for appeals.")).toEqual([
      ["Jan. 14", "DATE", "2000-01-14"],
    ]);
    expect(at("Shares went ex-dividend on Dec. 15.")).toEqual([["Dec. 15", "DATE", "1999-12-15"]]);
    expect(at("The flights will start on March 30.")).toEqual([["March 30", "DATE", "2000-03-30"]]);
    expect(at("The factory closed on March 30.")).toEqual([["March 30", "DATE", "1999-03-30"]]);
  });

  it("lets the nearest tense cue govern: the expression's own verb, not a later clause's", () => {
    expect(at("He said Friday he would resign.")).toEqual([["Friday", "DATE", "1999-12-31"]]);
    expect(at("Qantas will double its flights by August in markets untouched by the crisis.")).toEqual([
      ["August", "DATE", "2000-08"],
    ]);
    expect(at("The bombs exploded next to the embassies on Friday.")).toEqual([["Friday", "DATE", "1999-12-31"]]);
    expect(at("He would be traveling to Havana on Friday.")).toEqual([["Friday", "DATE", "2000-01-07"]]);
    expect(at("He could be located on Friday.")).toEqual([["Friday", "DATE", "1999-12-31"]]);
  });

  it("checks the weekday of a date without a year", () => {
    expect(tag("The Times said in an editorial on Saturday, April 25:", "1998-04-24")).toEqual([
      ["Saturday, April 25", "DATE", "1998-04-25"],
    ]);
  });

  it("resolves holidays, by rule or from Easter", () => {
    expect(at("He was plucked from the sea on Thanksgiving Day.")).toEqual([
      ["Thanksgiving Day", "DATE", "1999-11-25"],
    ]);
    expect(tag("Crowds gathered on Good Friday 2024.")).toEqual([["Good Friday 2024", "DATE", "2024-03-29"]]);
    expect(tag("They met on Christmas Eve.")).toEqual([["Christmas Eve", "DATE", "2022-12-24"]]);
  });
});

describe("tense, ranges and sets (article of Wednesday 2000-10-04)", () => {
  const at = (sentence: string) => tag(sentence, "2000-10-04");

  it("lets a reporting verb after the expression decide only when nothing else does", () => {
    expect(at("The boy will leave at 4 a.m. Thursday, Castro said.")).toEqual([
      ["4 a.m. Thursday", "TIME", "2000-10-05T04:00"],
    ]);
    expect(at("The boy left on Thursday, officials said.")).toEqual([["Thursday", "DATE", "2000-09-28"]]);
    expect(at("The talks on Thursday were good, he said.")).toEqual([["Thursday", "DATE", "2000-09-28"]]);
  });

  it("reads a fronted date by a past verb far after it, but not by a far future one", () => {
    expect(
      at("In January, a week after the anniversary of the decision, a clinic bombing in Birmingham killed a guard."),
    ).toContainEqual(["January", "DATE", "2000-01"]);
    expect(
      at(
        "Macron said the missiles will allow the troops to strike the occupation forces in depth, far behind the front line, during its summer offensive.",
      ),
    ).toContainEqual(["summer", "DATE", "2000-SU"]);
  });

  it("looks ahead from a postponement and back from 'since'", () => {
    expect(at("Officials postponed until Tuesday any action on the case.")).toEqual([
      ["Tuesday", "DATE", "2000-10-10"],
    ]);
    expect(at("It is the largest drop since December, and more is expected to follow.")).toEqual([
      ["December", "DATE", "1999-12"],
    ]);
  });

  it("dates the second day of 'April 24 and 25', and not a count after a date", () => {
    expect(at("The summit on April 24 and 25 will be held in Washington.")).toEqual([
      ["April 24", "DATE", "2001-04-24"],
      ["25", "DATE", "2001-04-25"],
    ]);
    expect(at("Sales rose on April 24 and 25 percent more came later.")).toEqual([["April 24", "DATE", "2000-04-24"]]);
  });

  it("reads weekly sets and clock times given by the part of the day", () => {
    expect(at("Flights leave Bombay on Monday and Tuesday nights.")).toEqual([
      ["Monday", "SET", "XXXX-WXX-1TNI"],
      ["Tuesday nights", "SET", "XXXX-WXX-2TNI"],
    ]);
    expect(at("The museum is closed on Sundays.")).toEqual([["Sundays", "SET", "XXXX-WXX-7"]]);
    expect(at("He will leave at 4 in the morning.")).toEqual([["4 in the morning", "TIME", "2000-10-04T04:00"]]);
    expect(at("They met at ten o'clock at night.")).toEqual([["ten o'clock at night", "TIME", "2000-10-04T22:00"]]);
    expect(at("He was seized in the early hours of Thursday morning.")).toEqual([
      ["Thursday morning", "TIME", "2000-09-28TMO"],
    ]);
  });
});

describe("business and wire news (article of Monday 1989-10-30)", () => {
  const at = (sentence: string) => tag(sentence, "1989-10-30");

  it("reads quarters with their year, and a quarter after this one in a past report as last year's", () => {
    expect(at("It included a charge in the 1988 second quarter.")).toEqual([
      ["1988 second quarter", "DATE", "1988-Q2"],
    ]);
    expect(at("It could be effective as early as next year's first quarter.")).toEqual([
      ["next year's first quarter", "DATE", "1990-Q1"],
    ]);
    expect(at("In the year-ago third quarter, it earned a profit.")).toEqual([
      ["year-ago third quarter", "DATE", "1988-Q3"],
    ]);
    expect(tag("Profit fell 5% in the fourth quarter.", "1998-02-06")).toEqual([["fourth quarter", "DATE", "1997-Q4"]]);
  });

  it("reads fiscal years, payment dates and deadlines the way business news means them", () => {
    expect(at("Revenue was $980 million in the year ended March 31.")).toEqual([
      ["the year", "DURATION", "P1Y"],
      ["March 31", "DATE", "1989-03-31"],
    ]);
    expect(at("The directors authorized a 3-for-2 split, payable Dec. 7 to stock of record Nov. 22.")).toEqual([
      ["Dec. 7", "DATE", "1989-12-07"],
      ["Nov. 22", "DATE", "1989-11-22"],
    ]);
    expect(
      at("The sale, which had been expected, is part of its program to pay down a bridge loan by February."),
    ).toEqual([["February", "DATE", "1990-02"]]);
    expect(at("The company had repaid the loan by February.")).toEqual([["February", "DATE", "1989-02"]]);
  });

  it("reads an earnings report's quarter, its year-ago twin and comparisons 'a year earlier'", () => {
    expect(at("The company earned 35 cents a share for the quarter.")).toEqual([["the quarter", "DATE", "1989-Q3"]]);
    expect(at("In the year-ago quarter, it lost money.")).toEqual([["the year-ago quarter", "DATE", "1988-Q3"]]);
    expect(at("Year-earlier net income was $5 million.")).toEqual([["Year-earlier", "DATE", "1988-Q3"]]);
    const dates = (body: string) => articleOf(body, "1989-10-30").dates.map((d) => [d.text, d.value]);
    // Compared with a year before: the year-ago quarter in a quarterly report, else last year.
    expect(dates("Third-quarter profit rose. It earned $80 million, up from $58 million a year earlier.")).toEqual([
      ["Third-quarter", "1989-Q3"],
      ["a year earlier", "1988-Q3"],
    ]);
    expect(dates("Exports reached $80 million, up from $58 million a year ago.")).toEqual([["a year ago", "1988"]]);
    // The report's own quarter, not the year-ago one named in between, nor one still ahead.
    expect(
      dates(
        "Third-quarter profit rose from $5 million in the year-ago quarter. It expects a fourth-quarter gain. Costs were lower than a year ago.",
      ),
    ).toEqual([
      ["Third-quarter", "1989-Q3"],
      ["the year-ago quarter", "1988-Q3"],
      ["fourth-quarter", "1989-Q4"],
      ["a year ago", "1988-Q3"],
    ]);
    expect(dates("Third-quarter profit rose. Sales fell last year.")).toEqual([
      ["Third-quarter", "1989-Q3"],
      ["last year", "1988"],
    ]);
    expect(at("The Latin Quarter is old, and the quarter-final was played.")).toEqual([]);
  });

  it("reads year ends, effective dates, plans and scheduled acts ahead", () => {
    expect(at("The transaction is expected to close around year end.")).toEqual([["year end", "DATE", "1989"]]);
    expect(at("He was named to the office of the chairman, effective Feb. 1.")).toEqual([
      ["Feb. 1", "DATE", "1990-02-01"],
    ]);
    expect(at("It expects to release third-quarter results in mid-November.")).toContainEqual([
      "mid-November",
      "DATE",
      "1989-11",
    ]);
    expect(at("The company said it is calling for the redemption on Dec. 7 of all the shares.")).toEqual([
      ["Dec. 7", "DATE", "1989-12-07"],
    ]);
    // An ongoing act ("is continuing to try") says nothing of when the June agreement was.
    expect(at("The company is continuing to try to sell itself, under a June agreement with holders.")).toEqual([
      ["June", "DATE", "1989-06"],
    ]);
    expect(at("Over the next couple of years we would not be surprised.")).toEqual([
      ["the next couple of years", "DURATION", "P2Y"],
    ]);
    expect(at("Previously, it offered $13.65 a share.")).toContainEqual(["Previously", "DATE", "PAST_REF"]);
    expect(at("It had previously announced the deal.")).toEqual([]);
    expect(at("The sale would eliminate all future losses at the unit.")).toEqual([["future", "DATE", "FUTURE_REF"]]);
    expect(at("The plan has a future role.")).toEqual([]);
  });

  it("reads a scheduled session, report or start ahead, even with a past verb nearby", () => {
    // Articles of 2017-06-06, 2021-10-22 (a Friday) and 2015-11-20 (a Friday).
    expect(
      tag("Lawmakers met before the 2018 legislative session, which begins in January.", "2017-06-06"),
    ).toContainEqual(["January", "DATE", "2018-01"]);
    expect(
      tag("Analysts polled by the firm said Norvale reports results for the third quarter on Thursday.", "2021-10-22"),
    ).toContainEqual(["Thursday", "DATE", "2021-10-28"]);
    expect(
      tag(
        "The Commerce Department publishes a revised estimate of growth in the third quarter on Tuesday.",
        "2015-11-20",
      ),
    ).toContainEqual(["Tuesday", "DATE", "2015-11-24"]);
    expect(tag("It reported delays and expects the plant to begin in March.", "2021-10-22")).toContainEqual([
      "March",
      "DATE",
      "2022-03",
    ]);
    // A past act stays past.
    expect(tag("Norvale reported results on Thursday.", "2021-10-22")).toContainEqual([
      "Thursday",
      "DATE",
      "2021-10-21",
    ]);
  });

  it("reads rain due Saturday and a speaker's 'this weekend' ahead, and an overnight shift as no time", () => {
    // Article of Wednesday 2024-01-10.
    expect(tag("More rain due Saturday.", "2024-01-10")).toEqual([["Saturday", "DATE", "2024-01-13"]]);
    expect(tag('"We are looking at another soaker this weekend," Tolliver said.', "2024-01-10")).toEqual([
      ["this weekend", "DATE", "2024-W02-WE"],
    ]);
    expect(tag("It became public this weekend.", "2024-01-08")).toEqual([["this weekend", "DATE", "2024-W01-WE"]]);
    expect(tag("She was walking home after an overnight shift.", "2024-01-10")).toEqual([]);
    expect(tag("Russia attacked overnight.", "2024-01-10")).toEqual([["overnight", "TIME", "2024-01-09TNI"]]);
  });

  it("takes 'the quarter ended Dec. 29' for the quarter that day falls in", () => {
    expect(tag("Revenue for the quarter ended Dec. 29 rose 2%.", "2013-03-20")).toContainEqual([
      "the quarter",
      "DATE",
      "2012-Q4",
    ]);
    expect(tag("Revenue for the quarter rose 2%.", "2013-03-20")).toEqual([["the quarter", "DATE", "2013-Q1"]]);
    // A quarter ending a few weeks ahead is this one, not last year's.
    expect(tag("It expects sales for the quarter ending March 31 to rise.", "2013-03-20")).toContainEqual([
      "the quarter",
      "DATE",
      "2013-Q1",
    ]);
  });

  it("takes a year-end told in the past, early in a year, for the one just ended", () => {
    expect(tag("The backlog stood at a record $2.3 billion at year-end.", "2014-02-20")).toEqual([
      ["year-end", "DATE", "2013"],
    ]);
    expect(tag("The deal is expected to close by year-end.", "2014-02-20")).toEqual([["year-end", "DATE", "2014"]]);
  });

  it("looks ahead to a weekday's event that people plan to attend", () => {
    // Article of Saturday 2013-03-16.
    expect(tag("Argentines were planning to watch Tuesday's Mass on giant screens.", "2013-03-16")).toEqual([
      ["Tuesday", "DATE", "2013-03-19"],
    ]);
    expect(tag("Tuesday's Mass drew a crowd.", "2013-03-16")).toEqual([["Tuesday", "DATE", "2013-03-12"]]);
  });

  it("dates Islamic holy days by the Umm al-Qura calendar, and 'Eid' as the nearer feast", () => {
    expect(tag("It was the heaviest shelling since Ramadan began on Wednesday.", "2013-07-12")).toContainEqual([
      "Ramadan",
      "DATE",
      "2013-07",
    ]);
    expect(tag('"They want to finish us before Eid," he said.', "2013-07-12")).toEqual([["Eid", "DATE", "2013-08-08"]]);
    expect(tag("Families gathered for Eid on Sunday.", "2024-06-20")).toContainEqual(["Eid", "DATE", "2024-06-16"]);
    expect(tag("Muslims will mark Eid al-Adha next month.", "2023-05-20")).toContainEqual([
      "Eid al-Adha",
      "DATE",
      "2023-06-28",
    ]);
    expect(tag("Ramadan 2025 starts in March.", "2024-12-01")).toContainEqual(["Ramadan 2025", "DATE", "2025-03"]);
    // A surname is no feast.
    expect(tag("Mohamed Eid said the talks failed.", "2013-07-12")).toEqual([]);
  });

  it("does not take ages, instrument terms or wire stamps for times in the story", () => {
    expect(at("Mr. Reupke, 52 years old, resigned.")).toEqual([]);
    expect(at("The yield on the benchmark 30-year Treasury bond fell, and the 30-day rate rose.")).toEqual([]);
    expect(at("It signed a 10-year economic program.")).toEqual([["10-year", "DURATION", "P10Y"]]);
    expect(at("AP-NY-02-27-98 0756EST")).toEqual([]);
    expect(at("The talks ended at 0756 EST.")).toEqual([["0756 EST", "TIME", "1989-10-30T07:56"]]);
  });

  it("reads 'this September', 'one day' ahead and 'mid afternoon'", () => {
    expect(tag("The party hopes to win its first seats this September.", "1998-06-26")).toEqual([
      ["this September", "DATE", "1998-09"],
    ]);
    expect(at("Islam will one day be the second largest religion.")).toEqual([["one day", "DATE", "FUTURE_REF"]]);
    expect(at("Shares rose for one day.")).toEqual([["one day", "DURATION", "P1D"]]);
    expect(at("By mid afternoon, the sources had confirmed it.")).toEqual([["mid afternoon", "TIME", "1989-10-30TAF"]]);
    expect(tag("He and Arafat meet separately Monday with the Secretary of State.", "1998-05-01")).toEqual([
      ["Monday", "DATE", "1998-05-04"],
    ]);
  });
});

describe("clock times take the day the sentence names", () => {
  const at = (sentence: string) => tag(sentence, "1998-02-13");

  it("joins a time and the day after it, and anchors a lone time to the sentence's day", () => {
    expect(at("He was abducted at 10 p.m. Wednesday, police said.")).toEqual([
      ["10 p.m. Wednesday", "TIME", "1998-02-11T22:00"],
    ]);
    expect(at("Talks broke off at noon Thursday.")).toEqual([["noon Thursday", "TIME", "1998-02-12T12:00"]]);
    expect(at("The blast occurred at about 10:35 a.m. (0735 GMT) Wednesday.")).toEqual([
      ["about 10:35 a.m.", "TIME", "1998-02-11T10:35"],
      ["0735 GMT", "TIME", "1998-02-11T07:35"],
      ["Wednesday", "DATE", "1998-02-11"],
    ]);
  });
});

describe("durations, sets and references in TimeML's conventions", () => {
  it("reads halves, compound numbers and a couple of", () => {
    expect(tag("They lived in camps for 2 1/2 years.")).toEqual([["2 1/2 years", "DURATION", "P2Y6M"]]);
    expect(tag("It lasted a year and a half, then half an hour more.")).toEqual([
      ["a year and a half", "DURATION", "P1Y6M"],
      ["half an hour", "DURATION", "PT30M"],
    ]);
    expect(tag("In the last twenty-four hours the rupiah fell.")).toEqual([["twenty-four hours", "DURATION", "PT24H"]]);
    expect(tag("It will not change for a couple of years.")).toEqual([["a couple of years", "DURATION", "P2Y"]]);
  });

  it("skips ages, and reads weekly sets and present and future references", () => {
    expect(tag("A 44-year-old protester was held.")).toEqual([]);
    expect(tag("The third flight departs each Thursday.")).toEqual([["each Thursday", "SET", "XXXX-WXX-4"]]);
    expect(tag("Up from the current four flights, attacks could go on well into the future.")).toEqual([
      ["current", "DATE", "PRESENT_REF"],
      ["the future", "DATE", "FUTURE_REF"],
    ]);
  });
});

describe("expressions relative to another date", () => {
  it("reads 'later that year' and 'the next morning' from the date named before them", () => {
    const { dates } = articleOf(
      "She reached Florida in June 1998 and returned to Cuba later that year. He was arrested on Jan. 3. He appeared in court the next morning.",
      "2000-01-28",
    );
    expect(dates.map((d) => [d.text, d.value])).toEqual([
      ["June 1998", "1998-06"],
      ["later that year", "1998"],
      ["Jan. 3", "2000-01-03"],
      ["the next morning", "2000-01-04"],
    ]);
  });

  it("counts a day from the last day named, past a year named since", () => {
    const { dates } = articleOf(
      "The minister began a visit to Beijing on Monday, his first since 1995. The same day, and the following day, talks continued.",
      "1998-03-11",
    );
    expect(dates.map((d) => [d.text, d.value]).slice(2)).toEqual([
      ["The same day", "1998-03-09"],
      ["the following day", "1998-03-10"],
    ]);
  });

  it("reads months with a relative year, weeks of a date, and decades as years", () => {
    expect(tag("Ratification began in February this year.", "1998-12-03")).toEqual([
      ["February this year", "DATE", "1998-02"],
    ]);
    expect(tag("A hearing is due the week of March 6.", "2000-02-24")).toEqual([
      ["the week of March 6", "DATE", "2000-W10"],
    ]);
    expect(tag("Such attacks became routine over the past decade.")).toEqual([["the past decade", "DURATION", "P10Y"]]);
  });
});

describe("modern news conventions", () => {
  const at = (sentence: string) => tag(sentence, "2024-06-03");

  it("reads vague stretches, ranges, 'hour-long', nights and site timestamps", () => {
    expect(at("Kyiv spent weeks pleading for weapons; they came hours later.")).toEqual([
      ["weeks", "DURATION", "PXW"],
      ["hours", "DURATION", "PTXH"],
    ]);
    expect(at("Tanks could arrive in three to four months after an hour-long call.")).toEqual([
      ["four months", "DURATION", "PXM"],
      ["hour-long", "DURATION", "PT1H"],
    ]);
    expect(at("Drones struck Kharkiv overnight, Zelenskyy said in his nightly address.")).toEqual([
      ["overnight", "TIME", "2024-06-02TNI"],
      ["nightly", "SET", "XXXX-XX-XXTNI"],
    ]);
    expect(at("Published 31.01.2024 16:05 and again on 20 October 2022 - 19:32.")).toEqual([
      ["31.01.2024 16:05", "TIME", "2024-01-31T16:05"],
      ["20 October 2022", "DATE", "2022-10-20"],
      ["19:32", "TIME", "2022-10-20T19:32"],
    ]);
  });

  it("reads months after a capitalized preposition, and seasons by tense", () => {
    expect(at("In May, Rheinmetall signed a deal.")).toEqual([["May", "DATE", "2024-05"]]);
    expect(tag("The tanks are not expected to arrive before spring.", "2022-12-22")).toEqual([
      ["spring", "DATE", "2023-SP"],
    ]);
  });
});

describe("impossible dates", () => {
  it("are not dates, in any notation", () => {
    const values = tag("On 2023-02-30, February 30, 2023 and 31.02.2024 25:61 nothing happened.").map((t) => t[2]);
    // What is left is what exists: the month and the year, never a day that does not.
    expect(values).toEqual(["2023-02", "2023"]);
    expect(tag("Filed 29.02.2024 23:59.")).toEqual([["29.02.2024 23:59", "TIME", "2024-02-29T23:59"]]);
  });
});

describe("dates in wire copy of the late 1990s", () => {
  it("dates an expression inside a past relative clause by that clause's verb, not the main verb after it", () => {
    expect(
      tag("The turmoil that began in Thailand in July could slow spending early next year.", "1997-10-22"),
    ).toContainEqual(["July", "DATE", "1997-07"]);
    expect(
      tag("Clinton, who spoke with Blair by telephone Tuesday night, is expected to address the nation.", "1998-02-11"),
    ).toContainEqual(["Tuesday night", "TIME", "1998-02-10TNI"]);
    // Not a relative clause: the future verb still governs.
    expect(tag("He said that talks would resume in July.", "1997-10-22")).toContainEqual(["July", "DATE", "1998-07"]);
  });

  it("reads 'over the next month' as a stretch of time, and durations with thousands and after 'needed'", () => {
    expect(tag("The number could grow over the next month.", "1998-02-11")).toContainEqual([
      "the next month",
      "DURATION",
      "P1M",
    ]);
    expect(tag("The engine has fired for more than 1,800 hours.", "1999-06-09")).toContainEqual([
      "more than 1,800 hours",
      "DURATION",
      "PT1800H",
    ]);
    expect(tag("Engineers needed a month to restart it.", "1999-06-09")).toContainEqual(["a month", "DURATION", "P1M"]);
  });

  it("takes 'a year earlier' after a year named in the same sentence as the year before it", () => {
    const { dates } = articleOf(
      "Revenue rose in the third quarter. Net income was $215 million in 1996, up from $118 million a year earlier.",
      "1997-10-22",
    );
    expect(dates.map((d) => [d.text, d.value])).toContainEqual(["a year earlier", "1995"]);
  });
});

describe("modifiers, as TimeML writes them", () => {
  it("takes a modifier into the extent and into mod, the same way whoever matched it", () => {
    const at = (sentence: string) =>
      tagTimex(sentence, 0, sentence.length, "2023-09-23").map((t) => [sentence.slice(t.start, t.end), t.value, t.mod]);
    expect(at("The talks began in late April.")).toEqual([["late April", "2023-04", "END"]]);
    expect(at("The talks began in early 2012.")).toEqual([["early 2012", "2012", "START"]]);
    expect(at("The deal was signed at the end of March.")).toEqual([["the end of March", "2023-03", "END"]]);
    expect(at("The deal was signed in the middle of March.")).toEqual([["the middle of March", "2023-03", "MID"]]);
    expect(at("It lasted more than a year, before March.")).toEqual([
      ["more than a year", "P1Y", "MORE_THAN"],
      ["March", "2023-03", "BEFORE"],
    ]);
    // A comparison is no bound.
    expect(at("The ministry spent more than last year.").map(([text, , mod]) => [text, mod])).toEqual([
      ["last year", null],
    ]);
  });
});

describe("counts of units before 'later'", () => {
  it("reads any number word ('Nine months later') from the date named before, but not 'later than planned'", () => {
    const { dates } = articleOf("The plant opened in March 2020. Nine months later it closed.", "2023-09-23");
    expect(dates.map((d) => [d.text, d.value])).toContainEqual(["Nine months later", "2020-12"]);
    expect(
      tag("It will not launch before March 2021, roughly nine months later than planned.", "2020-06-10"),
    ).toContainEqual(["roughly nine months", "DURATION", "P9M"]);
  });
});
