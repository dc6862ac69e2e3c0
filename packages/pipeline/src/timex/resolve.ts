/**
 * Turning the parts of a time expression into a TIMEX3 value, relative to the publication date
 * and the tense of the sentence. News mostly reports the past, so an expression that could point
 * either way ("in July", "on Thursday") points back unless the sentence speaks of the future.
 */
import { loadLexicon } from "../lexicons.js";
import {
  addDays,
  addMonths,
  addWeeks,
  isoDay,
  isoMonth,
  isoWeek,
  parseYmd,
  weekday,
  type Ymd,
} from "./calendar-math.js";

/** "modal": could, might, must — ahead for a date, but not enough to move a weekday forward ("would" is the future). */
export type Tense = "past" | "future" | "modal" | "unknown";

const IRREGULAR_PAST =
  "said|told|met|came|went|took|gave|saw|made|began|fell|rose|won|lost|left|held|became|struck|sent|spoke|wrote|found|brought|bought|fought|caught|fled|paid|sold|kept|heard|stood|shot|ran|flew|threw|drove|broke|chose|woke|froze|hit";
/**
 * Tense cues: future markers and modals, and past ones (auxiliaries, "ago", irregular verbs,
 * "-ed" forms other than "-eed" words and "hundred"). An "-ed" form after a determiner or a
 * preposition is an adjective ("the reduced dividend", "met with displaced tenants") and after a form of "be", "remain" or "stay" a passive or a state
 * ("must be returned", "will remain closed"), neither of which says when. "next to" and "coming from" are not about time.
 */
const CUE = new RegExp(
  `\\b(?:(?<future>(?:would|could|might|will)\\s+be\\s+[a-z]+ing)|(?<would>would)|(?<modal>could|might|must|should|need to|has to|have to)|(?<future2>(?:is|are)\\s+(?:now\\s+)?(?:holding|hosting|meeting|visiting|calling for|travell?ing|flying|leaving|heading|sending|launching|starting|beginning|opening|planning|preparing|due|expected|scheduled|set)\\b|(?:postponed|delayed|adjourned|deferred|extended|suspended|put off)\\s+(?:[a-z]+\\s+){0,3}?(?:until|till)|payable|of record|(?:go|goes|come|comes)\\s+into\\s+(?:force|effect)|takes?\\s+effect|(?:open|close|start|begin|end)(?=\\s+at\\s+\\d)|(?:meets?|convenes?|resumes?|travels to|arrives in|leaves for|heads to|hosts|plays|faces|visits|opens|closes|ends|expires|begins|starts|kicks off|takes on)(?=\\s+(?:[A-Z]\\w+\\s+){0,3}(?:again\\s+)?(?:at\\s+(?:\\d[\\d:.]*\\s*(?:[ap]\\.?m\\.?\\s+)?|noon\\s+|midnight\\s+))?(?:on\\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|next|this|later|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d+|in\\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)(?!\\s+\\d))\\b)|(?:reports|publishes|releases|announces|unveils|holds|votes|testifies)(?=\\s+(?:[\\w-]+\\s+){0,10}?on\\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b)|to\\s+(?:begin|start|resume|open|launch|take\\s+effect)(?=\\s+(?:on|in|by|next|this)\\b)|due(?=\\s+(?:on\\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b)|will|won't|shall|planned for|scheduled for|set for|slated for|'ll|going to|is to|are to|plans? to|planned to|planning to|intends? to|(?<!\\b(?:we|they|i|he|she|you|had|was|were)\\s+)expected to|(?:decided|decides|agreed|agrees|aims?|hopes?|wants?|vowed|promised|pledged|threatened|prepares?|preparing|ready|likely|unlikely|poised) to|(?:expects?|expecting)\\s+(?:[a-z]+\\s+){0,2}?to|(?<!\\b(?:the|a|an|its|their|his|her|our|your|my)\\s+)scheduled|due to|set to|upcoming|next(?!\\s+(?:to|door)\\b)|coming(?!\\s+(?:from|out|back|in|to|under)\\b)|tomorrow)|(?<past>was|were|had|did|ago|since|yesterday|last(?=\\s+(?:week|weekend|month|year|night|decade|century|quarter|season|time|spring|summer|autumn|fall|winter|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)\\b)|earlier|previously|(?<!\\b(?:the|a|an|its|their|his|her|our|this|be|been|being|is|are|am|get|gets|remain|remains|stay|stays)\\s+(?:[a-z]+ly\\s+)?)(?:${IRREGULAR_PAST})|(?<!\\b(?:the|a|an|its|their|his|her|our|this|that|be|been|being|is|are|am|get|gets|remain|remains|stay|stays|with|for|of|from|among|by|in|on|at|into|about|against|between|without|under|over)\\s+(?:[a-z]+ly\\s+)?)(?:[a-z]{2,}(?<!e|hundr)ed)))\\b`,
  "gi",
);

/** Speech verbs, the quotes' lexicon's: "…, Castro said", "…, he warned". */
const REPORTING = new Set(loadLexicon<{ verbs: string[] }>("quote-cues.json").verbs);

/**
 * The tense that governs text[from, to) within `clause`: of the tense cues around it, the
 * nearest wins, so "said Friday he would resign" is past for Friday and "officials said talks
 * would resume on March 30" future for March 30. Without a cue, unknown.
 */
export function tenseAt(clause: string, from: number, to: number): Tense {
  let best: Tense = "unknown";
  let bestDistance = Number.POSITIVE_INFINITY;
  CUE.lastIndex = 0;
  for (let m = CUE.exec(clause); m; m = CUE.exec(clause)) {
    const end = m.index + m[0].length;
    if (m.index < to && from < end) continue;
    // Cues after the expression count double: its own verb mostly comes before it ("will double its
    // flights by August in the search for new markets untouched by the crisis"). A reporting verb
    // after it dates the report, not the event ("will leave at 4 a.m. Thursday, Castro said"), so it
    // counts only when nothing else does.
    // "is expected to arrive Saturday afternoon and could bring rain": a verb after "and" is the next clause's.
    if (m.index >= to && /\s(?:and|but)\s+(?:\w+ly\s+)?$/i.test(clause.slice(to, m.index))) continue;
    const reporting = end > from && REPORTING.has(m[0].toLowerCase());
    const distance = end <= from ? from - end : (reporting ? 1e6 : 2) * (m.index - to);
    if (distance < bestDistance) {
      bestDistance = distance;
      // "said the company would issue a statement on Thursday": the future seen from the report.
      best = m.groups?.future || m.groups?.future2 || m.groups?.would ? "future" : m.groups?.modal ? "modal" : "past";
    }
  }
  return best;
}

export const MONTHS: Record<string, number> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

export const WEEKDAYS: Record<string, number> = {
  monday: 0,
  mon: 0,
  tuesday: 1,
  tue: 1,
  tues: 1,
  wednesday: 2,
  wed: 2,
  thursday: 3,
  thu: 3,
  thur: 3,
  thurs: 3,
  friday: 4,
  fri: 4,
  saturday: 5,
  sat: 5,
  sunday: 6,
  sun: 6,
};

export const SEASONS: Record<string, string> = { spring: "SP", summer: "SU", autumn: "FA", fall: "FA", winter: "WI" };

export const monthOf = (word: string) => MONTHS[word.toLowerCase().replace(/\.$/, "")];

/**
 * A month named without a year: the coming one for the future, the last one for the past, and
 * without a tense the nearer of the two (ties go back).
 */
export function resolveMonth(pub: Ymd, month: number, tense: Tense, strictlyBefore = false): string {
  const past = isoMonth(month < pub.m || (month === pub.m && !strictlyBefore) ? pub.y : pub.y - 1, month);
  const future = isoMonth(month >= pub.m ? pub.y : pub.y + 1, month);
  if (tense === "future" || tense === "modal") return future;
  if (tense === "past" || strictlyBefore) return past;
  const back = (pub.m - month + 12) % 12;
  const ahead = (month - pub.m + 12) % 12;
  return back <= ahead ? past : future;
}

/**
 * A date that recurs every year (a day of a month, a holiday), named without a year: the next
 * one for the future, the last one for the past, and without a tense the nearer of the two ("by
 * Jan. 14" in an article of Jan. 6 is eight days on, not a year back; "on Dec. 5" in February is
 * last December). `dateIn` gives the date in a year, or null when that year has none.
 */
const NEAR_DAYS = 21;

export function resolveAnnual(pub: Ymd, dateIn: (year: number) => Ymd | null, tense: Tense): string | null {
  const time = (d: Ymd) => Date.UTC(d.y, d.m - 1, d.d);
  const now = time(pub);
  const candidates = [pub.y - 1, pub.y, pub.y + 1].map(dateIn).filter((d): d is Ymd => d !== null);
  const past = candidates.filter((d) => time(d) <= now).at(-1);
  const future = candidates.find((d) => time(d) >= now);
  // A date within three weeks either side is that one, whatever the tense cues say: writers add
  // the year to a date a year away, so "Jan. 14" in an article of Jan. 6 is this January.
  const near = candidates.find((d) => Math.abs(time(d) - now) <= NEAR_DAYS * 86_400_000);
  if (near) return isoDay(near);
  if ((tense === "future" || tense === "modal") && future) return isoDay(future);
  if (tense === "past" && past) return isoDay(past);
  if (!past || !future) return past || future ? isoDay((past ?? future) as Ymd) : null;
  return isoDay(time(future) - now < now - time(past) ? future : past);
}

export function resolveMonthDay(pub: Ymd, month: number, day: number, tense: Tense): string {
  return resolveAnnual(pub, (y) => ({ y, m: month, d: day }), tense) as string;
}

/** "on Thursday": the nearest one before (or on) the publication day, or after it for the future. */
export function resolveWeekday(pub: Ymd, target: number, tense: Tense, qualifier?: string): string {
  const today = weekday(pub);
  const q = qualifier?.toLowerCase();
  if (q === "next" || q === "coming" || (tense === "future" && q !== "last" && q !== "past")) {
    const ahead = (target - today + 7) % 7 || (q === "next" ? 7 : 0);
    return isoDay(addDays(pub, ahead));
  }
  let back = (today - target + 7) % 7;
  if (q === "last" && back === 0) back = 7;
  return isoDay(addDays(pub, -back));
}

export type Unit =
  | "second"
  | "minute"
  | "hour"
  | "day"
  | "week"
  | "month"
  | "year"
  | "decade"
  | "century"
  | "quarter"
  | "weekend";

export const UNIT_CODE: Record<Unit, string> = {
  second: "TS",
  minute: "TM",
  hour: "TH",
  day: "D",
  week: "W",
  month: "M",
  year: "Y",
  decade: "DE",
  century: "CE",
  quarter: "Q",
  weekend: "WE",
};

export function unitOf(word: string): Unit | undefined {
  const w = word.toLowerCase().replace(/s$/, "");
  const units: Record<string, Unit> = {
    second: "second",
    minute: "minute",
    hour: "hour",
    day: "day",
    week: "week",
    month: "month",
    year: "year",
    decade: "decade",
    century: "century",
    centurie: "century",
    quarter: "quarter",
    weekend: "weekend",
  };
  return units[w];
}

/** "last year", "this month", "next week": the calendar unit around the publication date. */
export function relativeUnit(pub: Ymd, unit: Unit, offset: number): { value: string; precision: string } | null {
  switch (unit) {
    case "day":
      return { value: isoDay(addDays(pub, offset)), precision: "day" };
    case "week":
      return { value: isoWeek(addWeeks(pub, offset)), precision: "week" };
    case "weekend": {
      const week = isoWeek(addWeeks(pub, offset));
      return { value: `${week}-WE`, precision: "week" };
    }
    case "month": {
      const { y, m } = addMonths(pub.y, pub.m, offset);
      return { value: isoMonth(y, m), precision: "month" };
    }
    case "quarter": {
      const q = Math.floor((pub.m - 1) / 3) + offset;
      const y = pub.y + Math.floor(q / 4);
      return { value: `${y}-Q${(((q % 4) + 4) % 4) + 1}`, precision: "quarter" };
    }
    case "year":
      return { value: String(pub.y + offset), precision: "year" };
    case "decade":
      return { value: `${String(Math.floor(pub.y / 10) + offset).padStart(3, "0")}X`, precision: "decade" };
    case "century":
      return { value: `${String(Math.floor(pub.y / 100) + offset).padStart(2, "0")}XX`, precision: "century" };
    default:
      return null;
  }
}

/** "two weeks ago": the publication date moved back, at the unit's precision. */
export function ago(pub: Ymd, amount: number, unit: Unit): { value: string; precision: string } | null {
  switch (unit) {
    case "day":
    case "week":
    case "month":
    case "year":
    case "decade":
      if (unit === "day") return { value: isoDay(addDays(pub, -amount)), precision: "day" };
      // "six weeks ago" names a week, as TimeML has it.
      if (unit === "week") return { value: isoWeek(addWeeks(pub, -amount)), precision: "week" };
      if (unit === "month") {
        const { y, m } = addMonths(pub.y, pub.m, -amount);
        return { value: isoMonth(y, m), precision: "month" };
      }
      if (unit === "year") return { value: String(pub.y - amount), precision: "year" };
      return { value: `${String(Math.floor((pub.y - 10 * amount) / 10)).padStart(3, "0")}X`, precision: "decade" };
    default:
      return null;
  }
}

export { parseYmd };
