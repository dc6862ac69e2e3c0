/**
 * Holidays as dates: "Thanksgiving Day" in an article of 2000-01-06 is 1999-11-25. Names and
 * rules come from lexicons/holidays.json: fixed days, nth weekdays of a month, days counted
 * from Easter (the Gregorian computus), and Islamic holy days by the Umm al-Qura calendar.
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
  hijri: Record<string, [number, number, "month"?] | string>;
  either: Record<string, string[] | string>;
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

const HIJRI = new Intl.DateTimeFormat("en-u-ca-islamic-umalqura", {
  day: "numeric",
  month: "numeric",
  timeZone: "UTC",
});
const hijriDays = new Map<number, Map<string, Ymd>>();

/** The first day of Gregorian year y that is day `day` of Islamic month `month` (Umm al-Qura), or null. */
export function hijriDate(y: number, month: number, day: number): Ymd | null {
  let days = hijriDays.get(y);
  if (!days) {
    // Each Islamic month and day of the year, once, from ICU's calendar tables.
    days = new Map();
    for (let t = Date.UTC(y, 0, 1); new Date(t).getUTCFullYear() === y; t += 86_400_000) {
      const parts = HIJRI.formatToParts(new Date(t));
      const k = `${parts.find((p) => p.type === "month")?.value}/${parts.find((p) => p.type === "day")?.value}`;
      const date = new Date(t);
      if (!days.has(k)) days.set(k, { y, m: date.getUTCMonth() + 1, d: date.getUTCDate() });
    }
    hijriDays.set(y, days);
  }
  return days.get(`${month}/${day}`) ?? null;
}

const entries = <T>(record: Record<string, T | string>) =>
  Object.entries(record).filter((e): e is [string, T] => !e[0].startsWith("$"));
const key = (name: string) =>
  name
    .toLowerCase()
    .replace(/’/g, "'")
    .replace(/\s+/g, " ")
    .replace(/^(?:saint|st\.?) /, "st. ");

/** Month-long observances ("Ramadan"): their value is the month they begin in. */
const MONTH_LONG = new Set(
  entries<[number, number, "month"?]>(lexicon.hijri)
    .filter(([, [, , long]]) => long === "month")
    .map(([name]) => key(name)),
);

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
const HIJRI_BY_NAME = new Map(
  entries<[number, number, "month"?]>(lexicon.hijri).map(([name, [m, d]]): [string, (y: number) => Ymd | null] => [
    name,
    (y) => hijriDate(y, m, d),
  ]),
);
const EITHER = new Map(entries<string[]>(lexicon.either));

const BY_KEY = new Map<string, (y: number) => Ymd | null>(
  [...RULES_BY_NAME, ...HIJRI_BY_NAME].map(([name, rule]) => [key(name), rule]),
);
const EITHER_BY_KEY = new Map(
  [...EITHER].map(([name, of]) => [key(name), of.map((n) => BY_KEY.get(key(n))).filter((r) => r !== undefined)]),
);
const written = (name: string) =>
  escapeRegExp(name).replace(/'/g, "['’]").replace(/\\\./g, "\\.?").replace(/ /g, "\\s+");
const ALL_NAMES = [...RULES_BY_NAME.keys(), ...HIJRI_BY_NAME.keys(), ...EITHER.keys()];
const NAMES = ALL_NAMES.sort((a, b) => b.length - a.length).map(written);

/** Words that name holidays, for the cue scan; "New Year's Day" is found by "year", "Good Friday" by "Friday". */
export const HOLIDAY_WORDS = ALL_NAMES.flatMap((n) =>
  n
    .toLowerCase()
    .replace(/['’.]s?\b/g, "")
    .split(/\s+/),
).filter((w) => !/^(?:day|eve|new|year|st|saint|international|night|good|monday|wednesday|friday|sunday|may)$/.test(w));

export const HOLIDAY_RULE: Rule = {
  cues: ["holiday", "unit", "weekday"],
  re: new RegExp(`\\b(${NAMES.join("|")})\\b(?:,?\\s+(?:of\\s+)?${YEAR}\\b)?`, "g"),
  build: (m, c) => {
    const name = key(m[1] ?? "");
    const either = EITHER_BY_KEY.get(name);
    // "Mohamed Eid said": a surname after a given name, not the feast.
    const surname =
      /(?:^|\s)(?!(?:Happy|Before|After|During|On|For|Since|Until|By|At|Of|The|This|Last|Next)\s)\p{Lu}[\p{L}'’-]*\s+$/u;
    if (either && surname.test(c.before)) return null;
    const rules = either ?? [BY_KEY.get(name)].filter((r) => r !== undefined);
    if (rules.length === 0) return null;
    const month = MONTH_LONG.has(name);
    const at = (value: string) => (month ? value.slice(0, 7) : value);
    if (m[2]) {
      const date = (rules[0] as (y: number) => Ymd | null)(Number(m[2]));
      return date ? abs(at(isoDay(date)), month ? "month" : "day") : null;
    }
    // "fully vaccinated by Memorial Day": a deadline looks ahead. "Eid": whichever is nearest.
    const tense = tenseOrDeadline(c);
    const now = Date.UTC(c.pub.y, c.pub.m - 1, c.pub.d);
    const value = rules
      .map((rule) => resolveAnnual(c.pub, rule, tense))
      .filter((v): v is string => v !== null)
      .sort((a, b) => Math.abs(Date.parse(a) - now) - Math.abs(Date.parse(b) - now))[0];
    return value ? rel(at(value), month ? "month" : "day") : null;
  },
};
