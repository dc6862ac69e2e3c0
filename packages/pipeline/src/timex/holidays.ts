/**
 * Holidays as dates: "Thanksgiving Day" in an article of 2000-01-06 is 1999-11-25. Names and
 * rules come from lexicons/holidays.json: fixed days, nth weekdays of a month, and days counted
 * from Easter (the Gregorian computus).
 */
import { loadLexicon } from "../lexicons.js";
import { escapeRegExp } from "../regex.js";
import { addDays, isoDay, weekday, type Ymd } from "./calendar-math.js";
import { resolveAnnual } from "./resolve.js";
import { abs, type Rule, rel, tenseOrDeadline, YEAR } from "./rule.js";

interface Holidays {
  fixed: Record<string, [number, number]>;
  nth_weekday: Record<string, [number, number, number, number?]>;
  easter: Record<string, number>;
}

const lexicon = loadLexicon<Holidays>("holidays.json");

/** Western Easter Sunday (anonymous Gregorian algorithm). */
export function easter(y: number): Ymd {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return { y, m: month, d: ((h + l - 7 * m + 114) % 31) + 1 };
}

function nthWeekday(y: number, month: number, day: number, n: number): Ymd {
  if (n > 0) {
    const first = weekday({ y, m: month, d: 1 });
    return { y, m: month, d: 1 + ((day - first + 7) % 7) + 7 * (n - 1) };
  }
  const lastDay = new Date(Date.UTC(y, month, 0)).getUTCDate();
  const last = weekday({ y, m: month, d: lastDay });
  return { y, m: month, d: lastDay - ((last - day + 7) % 7) };
}

const RULES_BY_NAME = new Map<string, (y: number) => Ymd>([
  ...Object.entries(lexicon.fixed).map(([name, [m, d]]): [string, (y: number) => Ymd] => [name, (y) => ({ y, m, d })]),
  // "Black Friday": days after an nth weekday (the day after Thanksgiving).
  ...Object.entries(lexicon.nth_weekday).map(([name, [m, day, n, after = 0]]): [string, (y: number) => Ymd] => [
    name,
    (y) => addDays(nthWeekday(y, m, day, n), after),
  ]),
  ...Object.entries(lexicon.easter).map(([name, offset]): [string, (y: number) => Ymd] => [
    name,
    (y) => addDays(easter(y), offset),
  ]),
]);

const key = (name: string) =>
  name
    .toLowerCase()
    .replace(/’/g, "'")
    .replace(/\s+/g, " ")
    .replace(/^(?:saint|st\.?) /, "st. ");
const BY_KEY = new Map([...RULES_BY_NAME].map(([name, rule]) => [key(name), rule]));
const written = (name: string) =>
  escapeRegExp(name).replace(/'/g, "['’]").replace(/\\\./g, "\\.?").replace(/ /g, "\\s+");
const NAMES = [...RULES_BY_NAME.keys()].sort((a, b) => b.length - a.length).map(written);

/** Words that name holidays, for the cue scan; "New Year's Day" is found by "year", "Good Friday" by "Friday". */
export const HOLIDAY_WORDS = [...RULES_BY_NAME.keys()]
  .flatMap((n) =>
    n
      .toLowerCase()
      .replace(/['’.]s?\b/g, "")
      .split(/\s+/),
  )
  .filter(
    (w) => !/^(?:day|eve|new|year|st|saint|international|night|good|monday|wednesday|friday|sunday|may)$/.test(w),
  );

export const HOLIDAY_RULE: Rule = {
  cues: ["holiday", "unit", "weekday"],
  re: new RegExp(`\\b(${NAMES.join("|")})\\b(?:,?\\s+(?:of\\s+)?${YEAR}\\b)?`, "g"),
  build: (m, c) => {
    const rule = BY_KEY.get(key(m[1] ?? ""));
    if (!rule) return null;
    if (m[2]) return abs(isoDay(rule(Number(m[2]))), "day");
    // "fully vaccinated by Memorial Day": a deadline looks ahead.
    const value = resolveAnnual(c.pub, rule, tenseOrDeadline(c));
    return value ? rel(value, "day") : null;
  },
};
