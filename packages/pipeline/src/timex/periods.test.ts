/**
 * Expressions found missing or wrong by two blind annotations of Wikinews articles (see
 * fixtures/gold/timex-blind/README.md); the sentences are those articles' (CC BY 2.5).
 */
import { describe, expect, it } from "vitest";
import { articleOf } from "../../test/seed.js";
import { tagTimex } from "./tagger.js";

const tag = (sentence: string, published: string) =>
  tagTimex(sentence, 0, sentence.length, published).map((t) => [sentence.slice(t.start, t.end), t.value, t.mod]);

describe("a part of a year named by 'of last year' or 'of next year'", () => {
  it("takes the part in that year, as one expression", () => {
    expect(tag("In the first quarter of last year, GM had reported a loss of $3.3 billion.", "2009-05-07")).toEqual([
      ["the first quarter of last year", "2008-Q1", null],
    ]);
    expect(
      tag(
        "Dealerships whose franchises won't be renewed after October of next year will receive a letter.",
        "2009-05-15",
      ),
    ).toEqual([["October of next year", "2010-10", "AFTER"]]);
    expect(tag("Sales fell in the second half of last year.", "2009-05-15")).toEqual([
      ["the second half of last year", "2008-H2", null],
    ]);
  });

  it("reads 'the final quarter of 2009' and 'fourth-quarter 2006' as those quarters", () => {
    expect(tag("For the final quarter of 2009, Ford says it made profits.", "2010-01-28")).toEqual([
      ["final quarter of 2009", "2009-Q4", null],
    ]);
    expect(tag("It would revise its estimate of fourth-quarter 2006 GDP growth.", "2007-02-27")[0]).toEqual([
      "fourth-quarter 2006",
      "2006-Q4",
      null,
    ]);
  });

  it("gives the first of two months the year written after the second", () => {
    expect(tag("The Dow rose between September and October of 2007, when the index peaked.", "2009-04-04")).toEqual([
      ["September", "2007-09", null],
      ["October of 2007", "2007-10", null],
    ]);
  });
});

describe("edges and weekends of the unit the article is in", () => {
  it("reads 'the end of the month' as this month, at its end", () => {
    expect(tag("A decision on how to proceed should be made before the end of the month.", "2010-01-25")).toEqual([
      ["the end of the month", "2010-01", "END"],
    ]);
  });

  it("puts a weekend told in the past before a weekday paper", () => {
    // 2010-01-25 is a Monday: the weekend gone by is in ISO week 3.
    expect(tag("It only became public this weekend, when a magazine reported it.", "2010-01-25")).toEqual([
      ["this weekend", "2010-W03-WE", null],
    ]);
    expect(tag("Barclays PLC pulled out of negotiations over the weekend.", "2008-09-17")).toEqual([
      ["the weekend", "2008-W37-WE", null],
    ]);
  });

  it("dates 'until Friday' ahead when the verb is a state, not a past event", () => {
    // 2008-09-18 is a Thursday.
    expect(tag("Russian markets to remain closed until Friday", "2008-09-18")).toEqual([
      ["Friday", "2008-09-19", null],
    ]);
    expect(tag("Last Friday, Cramer went on a tirade.", "2007-08-10")).toEqual([["Last Friday", "2007-08-03", null]]);
  });

  it("reads 'last September' in October as the September of the year before", () => {
    expect(tag("The index closed at a figure not seen since last September.", "2009-10-12")).toEqual([
      ["last September", "2008-09", null],
    ]);
  });
});

describe("rates, references and numeric dates", () => {
  it("reads pay and savings per unit of time as sets", () => {
    expect(tag("UAW workers in Detroit earn $28 an hour.", "2009-02-03")).toEqual([["an hour", "PT1H", null]]);
    expect(tag("The airliner will save US$300 million in fuel a year.", "2005-04-27")).toEqual([
      ["a year", "P1Y", null],
    ]);
    expect(tag("GM has posted its first annual loss since 1992.", "2006-01-27")).toEqual([
      ["annual", "P1Y", null],
      ["1992", "1992", null],
    ]);
    // A day's high and a stretch of one day are not rates.
    expect(tag("The FTSE 100 dropped from a day high of 145 points.", "2008-10-07")).toEqual([]);
    expect(tag("The attacks killed 30 people in a day.", "2008-10-07")).toEqual([["a day", "P1D", null]]);
  });

  it("reads 'recent' and 'current' before a noun as the past and the present, but not 'now-cancelled'", () => {
    expect(tag("Airbus has also inked recent deals with the Royal Australian Air Force.", "2008-03-27")).toEqual([
      ["recent", "PAST_REF", null],
    ]);
    expect(tag("The current Falcon will need to serve the company.", "2006-05-05")).toEqual([
      ["current", "PRESENT_REF", null],
    ]);
    expect(tag("He spoke against the now-cancelled deal.", "2004-11-24")).toEqual([]);
    expect(tag("The China Daily newspaper reported that the deal was signed.", "2009-06-18")).toEqual([]);
  });

  it("reads American numeric dates and apostrophe years", () => {
    expect(tag("The date in the American format is 7/8/07.", "2007-07-09")).toEqual([["7/8/07", "2007-07-08", null]]);
    expect(tag("The Nikkei is at its lowest level since '82.", "2008-10-27")).toEqual([["'82", "1982", null]]);
    expect(tag("The Nikkei fell by 3/4 of a point.", "2008-10-27")).toEqual([]);
  });

  it("reads stretches counted in a row, and 'in years' after a superlative", () => {
    expect(tag("The dollar rose after six straight days of losses.", "2008-10-27")).toEqual([
      ["six straight days", "P6D", null],
    ]);
    expect(tag("The company has lost nearly three quarters of its value.", "2008-10-27")).toEqual([]);
    expect(tag("Home foreclosures rose to their highest level in years.", "2007-03-13")).toEqual([
      ["years", "PXY", null],
    ]);
    expect(tag("This process could take a year or more to complete.", "2008-07-02")).toEqual([["a year", "P1Y", null]]);
  });
});

describe("deadlines and plans ahead (political news, fixtures/politics)", () => {
  it("looks ahead from a deadline whatever the verb after it", () => {
    expect(tag("The bill keeps federal agencies open until mid-November, averting a shutdown.", "2023-09-30")).toEqual([
      ["mid-November", "2023-11", "MID"],
    ]);
    expect(tag('"There is no reason to wait until January," Merz told reporters.', "2024-11-07")).toEqual([
      ["January", "2025-01", null],
    ]);
    expect(
      tag("The strategy for getting Britain out of the European Union by 31 October was in pieces.", "2019-09-25"),
    ).toEqual([["31 October", "2019-10-31", null]]);
  });

  it("puts a planned season and a meeting after a clock time ahead", () => {
    expect(tag("She is due to set out further details of her spending plans in the spring.", "2024-10-31")).toEqual([
      ["spring", "2025-SP", null],
    ]);
    // 2025-05-14 is a Wednesday.
    expect(tag("The council meets again at 7 p.m. Tuesday at City Hall.", "2025-05-14")).toEqual([
      ["7 p.m. Tuesday", "2025-05-20T19:00", null],
    ]);
    expect(tag("He wants an election in the weeks ahead.", "2019-09-25")).toEqual([["the weeks ahead", "PXW", null]]);
    expect(tag("Michel announced the decision within minutes.", "2023-12-15")).toEqual([["minutes", "PTXM", null]]);
  });

  it("reads 'the second half of the year' and rules that 'go into effect on Monday' as ahead", () => {
    // 2013-03-22 is a Friday.
    expect(tag("The deal is expected to close in the second half of the year.", "2013-03-22")).toEqual([
      ["the second half of the year", "2013-H2", null],
    ]);
    expect(tag("The new rules go into effect on Monday.", "2013-03-22")).toEqual([["Monday", "2013-03-25", null]]);
    expect(tag("Over the next decade, spending will rise.", "2013-03-22")).toEqual([["the next decade", "P10Y", null]]);
  });

  it("reads centuries, sets at an interval and 'the day before' ending a clause", () => {
    expect(tag("By the end of the century the problem will grow.", "1998-02-26")).toEqual([
      ["the end of the century", "19XX", "END"],
    ]);
    expect(tag("The 21st century has brought new threats.", "2013-03-22")).toEqual([
      ["The 21st century", "20XX", null],
    ]);
    expect(tag("In the nineteenth century, the city grew.", "2013-03-22")).toEqual([
      ["the nineteenth century", "18XX", null],
    ]);
    expect(tag("The central bank meets every six weeks.", "2013-03-22")).toEqual([["every six weeks", "P6W", null]]);
    expect(tag("The bill was signed the day before.", "2013-03-22")).toEqual([
      ["the day before", "ANAPHOR:day:-1", null],
    ]);
    expect(tag("The vote came the day before the deadline.", "2013-03-22")).toEqual([]);
  });
});

describe("wire copy (fixtures/newswire)", () => {
  it("reads 'would' as the future seen from the report, and awaited or wire-spaced possessive weekdays", () => {
    // 1996-09-04 is a Wednesday.
    expect(tag("Officials said the company would issue a statement on Thursday .", "1996-09-04")).toEqual([
      ["Thursday", "1996-09-05", null],
    ]);
    expect(tag("The bid is a 21 percent premium to Tuesday 's closing price .", "1996-09-04")).toEqual([
      ["Tuesday", "1996-09-03", null],
    ]);
    expect(tag("France have recalled Olivier Lacombe for Saturday's first test.", "1996-11-21")).toEqual([
      ["Saturday", "1996-11-23", null],
    ]);
    expect(tag("Arsenal 2 Sheffield Wednesday 0", "1996-09-14")).toEqual([]);
  });

  it("reads futures months, middles of years, rates of sets and race times", () => {
    expect(tag("The benchmark September contract on the London exchange rose .", "1996-06-12")).toEqual([
      ["September", "1996-09", null],
    ]);
    expect(tag("Supplies will improve by mid-year, the ministry said.", "2024-02-28")).toEqual([
      ["mid-year", "2024", "MID"],
    ]);
    expect(
      tag("The Bundesbank left rates unchanged after its regular fortnightly council meeting.", "1996-05-23"),
    ).toEqual([["fortnightly", "P2W", null]]);
    expect(tag("Thompson won in 11.02 seconds despite a headwind.", "1996-08-16")).toEqual([
      ["11.02 seconds", "PT11.02S", null],
    ]);
    expect(tag("My putter was hot all week.", "1996-07-21")).toEqual([["all week", "P1W", null]]);
  });
});

describe("how often", () => {
  it("counts the frequency into the set: 'once a week', 'three times a year'", () => {
    expect(tag("The board meets twice a year, and the committee once a week.", "1989-10-25")).toEqual([
      ["twice a year", "P1Y", null],
      ["once a week", "P1W", null],
    ]);
    expect(tag("Prices were revised three times a month.", "1989-10-25")).toEqual([
      ["three times a month", "P1M", null],
    ]);
  });
});

describe("stretches ahead without an article", () => {
  it("reads 'in coming months' like 'in the coming months'", () => {
    expect(tag("Prices will rise in coming months, and talks resume in the coming weeks.", "1998-03-04")).toEqual([
      ["coming months", "PXM", null],
      ["the coming weeks", "PXW", null],
    ]);
  });
});

describe("halves and quarters with their year before them", () => {
  it("reads '1990's first half' and 'the 1988 second half' as halves of those years", () => {
    expect(tag("Results for 1990's first half and the 1988 second half were strong.", "1989-10-30")).toEqual([
      ["1990's first half", "1990-H1", null],
      ["1988 second half", "1988-H2", null],
    ]);
    expect(tag("The striker scored in the first half.", "1989-10-30")).toEqual([]);
  });
});

describe("a part of a named day", () => {
  it("reads 'yesterday morning', 'tomorrow night' and 'last evening' as times of that day", () => {
    expect(tag("Yesterday morning the troops left; they return tomorrow night.", "1998-01-08")).toEqual([
      ["Yesterday morning", "1998-01-07TMO", null],
      ["tomorrow night", "1998-01-09TNI", null],
    ]);
    expect(tag("Last evening, shots rang out.", "1998-01-08")).toEqual([["Last evening", "1998-01-07TEV", null]]);
  });
});

describe("broadcast time", () => {
  it("reads 'moments ago' as the past and 'the next hour' as an hour", () => {
    expect(tag("Moments ago, a bomb exploded; in the next hour, more news.", "1998-01-08")).toEqual([
      ["Moments ago", "PAST_REF", null],
      ["the next hour", "PT1H", null],
    ]);
  });
});

describe("a clock time with the part of a day after it", () => {
  it("reads 'midnight tonight' and '8:00 Eastern on Saturday evening' as one time of that day", () => {
    expect(tag("The deadline is midnight tonight.", "1998-02-26")).toEqual([
      ["midnight tonight", "1998-02-26T24:00", null],
    ]);
    expect(tag("He spoke at 8:00 Eastern on Saturday evening.", "1998-02-26")).toEqual([
      ["8:00 Eastern on Saturday evening", "1998-02-21T20:00", null],
    ]);
  });
});

describe("international wire conventions", () => {
  it("reads 'these days', 'every January', 'by 2100' and 'at least a decade'", () => {
    expect(tag("These days the ferry runs empty.", "2013-07-13")).toEqual([["These days", "PRESENT_REF", null]]);
    expect(tag("Fares rise every January.", "2014-02-03")).toEqual([["every January", "XXXX-01", null]]);
    expect(tag("Seas could rise by up to one metre by 2100.", "2014-11-25")).toEqual([["2100", "2100", null]]);
    expect(tag("The last flight left at 2100 GMT.", "2014-11-25").map((t) => t[2])).not.toContain("2100");
    expect(tag("Homes would be unsellable for at least a decade.", "2014-02-03")).toEqual([
      ["at least a decade", "P10Y", "EQUAL_OR_MORE"],
    ]);
  });

  it("looks ahead from a modal, 'unlikely to' and 'until the weekend'", () => {
    // Tuesday 25 November 2014.
    expect(tag("A depression could make landfall by Friday.", "2014-11-25")).toEqual([["Friday", "2014-11-28", null]]);
    expect(tag("It could have struck by Friday.", "2014-11-25")).toEqual([["Friday", "2014-11-21", null]]);
    expect(tag("More rain is forecast until the weekend.", "2014-11-25")).toEqual([
      ["the weekend", "2014-W48-WE", null],
    ]);
    expect(tag("Diplomats say talks are unlikely to take place before September.", "2013-07-13")).toEqual([
      ["September", "2013-09", "BEFORE"],
    ]);
  });

  it("dates a bare month by a year fronted as the sentence's frame", () => {
    expect(
      tag("Last year, typhoons killed 100 people, including Haiyan, which struck in November.", "2014-11-25"),
    ).toEqual([
      ["Last year", "2013", null],
      ["November", "2013-11", null],
    ]);
    // Not when the year only comes up in passing.
    expect(tag("Sales beat last year's, and in November they rose again.", "2014-12-05").at(-1)).toEqual([
      "November",
      "2014-11",
      null,
    ]);
  });
});

describe("US newspaper conventions", () => {
  it("reads 'two years from now', 'between May and August', 'If 2013 …' and seasonal sets", () => {
    expect(tag("Maybe two years from now, if the rain comes back.", "2012-10-17")).toEqual([
      ["two years from now", "2014", null],
    ]);
    expect(tag("Rain fell between May and August.", "2012-10-17").map((t) => t[1])).toEqual(["2012-05", "2012-08"]);
    expect(tag("If 2013 turns out like this year, we lose.", "2012-10-17")[0]).toEqual(["2013", "2013", null]);
    expect(tag("Councils meet each spring and every winter.", "2013-06-13").map((t) => t[1])).toEqual([
      "XXXX-SP",
      "XXXX-WI",
    ]);
  });

  it("gives a clock time the day named in the sentence just before", () => {
    const { dates } = articleOf(
      "Senators met behind closed doors on Wednesday night. The meeting began at 7 p.m. and lasted three hours.\n\nA vote is set for 10 a.m.",
      "2013-06-13",
    );
    expect(dates.map((d) => [d.text, d.value])).toEqual([
      ["Wednesday night", "2013-06-12TNI"],
      ["7 p.m.", "2013-06-12T19:00"],
      ["three hours", "PT3H"],
      // Two sentences on, it is the publication day again.
      ["10 a.m.", "2013-06-13T10:00"],
    ]);
  });

  it("reads 'o'clock' as a clock time, p.m. when a night follows", () => {
    expect(tag("The fire started around 11 o'clock Thursday night.", "2012-10-17")).toEqual([
      ["around 11 o'clock Thursday night", "2012-10-11T23:00", "APPROX"],
    ]);
  });

  it("reads 'last' as past only before a time word, not as 'final'", () => {
    // Friday 20 November 2015.
    expect(tag("Their last gathering before Christmas ends on Dec. 16.", "2015-11-20").map((t) => t[1])).toEqual([
      "2015-12-25",
      "2015-12-16",
    ]);
    expect(tag("He last spoke to her on Dec. 16.", "2015-11-20").map((t) => t[1])).toEqual(["2014-12-16"]);
  });

  it("reads an irregular past after 'that' as the verb of a relative clause", () => {
    expect(
      tag(
        "Officials confirmed six new cases, bringing the total in an outbreak that began in late April to 41, and said clinics would stay open.",
        "2017-06-06",
      ).map((t) => t[1]),
    ).toEqual(["2017-04"]);
  });

  it("keeps 'late' with a month and its year", () => {
    expect(tag("The launch slipped to late April 2021.", "2019-08-01")).toEqual([
      ["late April 2021", "2021-04", "END"],
    ]);
  });

  it("takes '12 to 15 months of age' for an age, not a time", () => {
    expect(tag("Children aged 12 to 15 months of age need a first dose.", "2017-06-06")).toEqual([]);
  });

  it("knows the Fourth of July", () => {
    expect(tag("Fireworks lit the sky on July Fourth.", "2017-07-06")).toEqual([["July Fourth", "2017-07-04", null]]);
  });

  it("reads a possessive weekday ahead only after a future verb right before it", () => {
    // Saturday 10 February 2024.
    expect(tag("Rydell will miss Tuesday's training session.", "2024-02-10")).toEqual([
      ["Tuesday", "2024-02-13", null],
    ]);
    expect(tag("He will offer a 21 percent premium to Tuesday's closing price.", "2024-02-10")).toEqual([
      ["Tuesday", "2024-02-06", null],
    ]);
  });

  it("does not read an adjective after a preposition as a past verb", () => {
    // Sunday 24 November 2013: "would meet … on Tuesday" is the coming Tuesday.
    expect(tag("She said company representatives would meet with displaced tenants on Tuesday.", "2013-11-24")).toEqual(
      [["Tuesday", "2013-11-26", null]],
    );
  });
});

describe("local desks: weather, schools, sports, health, retail", () => {
  it("reads deadlines, stretches that run on and schedules ahead, and past clauses back", () => {
    expect(tag("Anyone along the river should have a plan in place by Friday.", "2024-01-10")).toEqual([
      ["Friday", "2024-01-12", null],
    ]);
    expect(tag("Season passes are on sale through Friday.", "2022-08-22")).toEqual([["Friday", "2022-08-26", null]]);
    expect(tag("Through Sept. 30, the candidates had raised $2 million.", "1998-10-28")).toEqual([
      ["Sept. 30", "1998-09-30", null],
    ]);
    expect(tag("The goal is for students to be fully vaccinated by Memorial Day.", "2025-02-05")).toEqual([
      ["Memorial Day", "2025-05-26", null],
    ]);
    expect(tag("Harbor Point hosts Grand River College at 7 p.m. Thursday.", "2022-08-22")).toEqual([
      ["7 p.m. Thursday", "2022-08-25T19:00", null],
    ]);
    expect(tag("It will report full fourth-quarter results March 5.", "2020-01-09")).toContainEqual([
      "fourth-quarter",
      "2019-Q4",
      null,
    ]);
    // A clock time's colon ends no clause; "suspended … until" and "expects revenue to" look ahead.
    expect(tag("Brightwater will hold a call at 8:30 a.m. EDT Tuesday.", "2013-03-25").map((t) => t[1])).toEqual([
      "2013-03-26T08:30",
    ]);
    expect(tag("The limit, which Congress suspended in January until May 19, looms.", "2013-03-22")).toContainEqual([
      "May 19",
      "2013-05-19",
      null,
    ]);
    expect(tag("It expects revenue to rise before new products reach stores in the fall.", "2013-03-25")).toEqual([
      ["fall", "2013-FA", null],
    ]);
    // A fronted deadline takes the verb after it.
    expect(tag("By Tuesday night, 90,000 customers had lost power.", "2024-01-10").map((t) => t[1])).toEqual([
      "2024-01-09TNI",
    ]);
    expect(tag("By Friday, the team will have a plan.", "2024-01-10").map((t) => t[1])).toEqual(["2024-01-12"]);
    // A verb right after "and" is the next clause's.
    expect(
      tag("A storm is expected to arrive Saturday afternoon and could bring rain.", "2024-01-10").map((t) => t[1]),
    ).toEqual(["2024-01-13TAF"]);
    expect(tag("Shoppers crowded stores on Black Friday and Cyber Monday.", "2020-01-09")).toEqual([
      ["Black Friday", "2019-11-29", null],
      ["Cyber Monday", "2019-12-02", null],
    ]);
  });

  it("reads rates of days a week as sets, and leaves degrees, school breaks, ages and pay alone", () => {
    expect(tag("The clinic is open four days a week.", "2022-08-22")).toEqual([["four days a week", "P1W", null]]);
    expect(tag("Clinics run every Saturday morning.", "2022-08-22")).toEqual([
      ["every Saturday morning", "XXXX-WXX-6TMO", null],
    ]);
    expect(tag("The agency posts road closures hourly.", "2022-08-22")).toEqual([["hourly", "PT1H", null]]);
    expect(tag("Hourly and salaried workers face cuts.", "2022-08-22")).toEqual([]);
    expect(tag("He spent a full year in prison.", "2022-08-22")).toEqual([["a full year", "P1Y", null]]);
    expect(tag("Temperatures climbed into the 50s.", "2024-01-10")).toEqual([]);
    expect(tag("Schools close for spring break.", "2024-01-10")).toEqual([]);
    expect(tag("Children older than 6 months can get the shot.", "2024-01-10")).toEqual([]);
  });
});
