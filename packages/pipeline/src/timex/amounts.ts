/**
 * How many of a unit: digits ("19", "2.5", "2 1/2"), number words ("twenty-four"), "a couple
 * of", and halves ("a year and a half", "half an hour"), rendered as TIMEX3 durations.
 */
import { loadLexicon } from "../lexicons.js";
import { alternation } from "../regex.js";
import { UNIT_CODE, type Unit } from "./resolve.js";

/** Number words are the quantities lexicon's; "a", "an" and "a couple of" count units of time too ("a year"). */
const LEXICON = loadLexicon<{ number_words: Record<string, number> }>("quantities.json").number_words;
const single = Object.entries(LEXICON).filter(([w]) => !w.includes(" "));
const ONES: Record<string, number> = Object.fromEntries(single.filter(([, n]) => n >= 1 && n <= 9));
const TENS: Record<string, number> = Object.fromEntries(single.filter(([, n]) => n >= 20 && n <= 90 && n % 10 === 0));
const WORDS: Record<string, number> = {
  ...Object.fromEntries(Object.entries(LEXICON).filter(([w]) => TENS[w] === undefined)),
  a: 1,
  an: 1,
  "a couple of": 2,
};

/** One capture group: the amount as written. */
export const AMOUNT = `(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\s+1\\/2|\\.\\d+)?|(?:${alternation(Object.keys(TENS))})(?:[\\s-](?:${alternation(Object.keys(ONES))}))?|${alternation(Object.keys(WORDS))})`;

export function amountOf(text: string): number | undefined {
  const t = text.toLowerCase();
  // "1,800 hours": thousands written with commas.
  if (/^\d/.test(t)) return t.endsWith(" 1/2") ? Number(t.split(/\s+/)[0]) + 0.5 : Number(t.replaceAll(",", ""));
  const [tens, ones] = t.split(/[\s-]/);
  if (tens && TENS[tens] !== undefined) return TENS[tens] + (ones ? (ONES[ones] ?? 0) : 0);
  return WORDS[t];
}

/** The next smaller unit a half is written in: half a year is six months. */
const HALF: Partial<Record<Unit, [string, string]>> = {
  year: ["6", "M"],
  day: ["12", "H"],
  hour: ["30", "M"],
  minute: ["30", "S"],
};

/** TIMEX3 duration: P3M, PXY, PT48H, and halves as P2Y6M, PT1M30S (P1.5W where no smaller unit fits). */
export function duration(amount: number | "X", unit: Unit): string {
  const code = UNIT_CODE[unit];
  const time = code.startsWith("T");
  const letter = time ? code.slice(1) : code;
  const prefix = time ? "PT" : "P";
  // Decades and centuries in years, as TimeBank writes them: "a decade" is P10Y.
  if (amount !== "X" && (unit === "decade" || unit === "century"))
    return `P${amount * (unit === "decade" ? 10 : 100)}Y`;
  if (amount === "X" || Number.isInteger(amount)) return `${prefix}${amount}${letter}`;
  const whole = Math.floor(amount);
  const half = amount - whole === 0.5 ? HALF[unit] : undefined;
  if (!half) return `${prefix}${amount}${letter}`;
  const main = whole === 0 ? "" : `${whole}${letter}`;
  // Days and hours meet at the T: a day and a half is P1DT12H.
  return unit === "day" ? `P${main}T${half[0]}${half[1]}` : `${prefix}${main}${half[0]}${half[1]}`;
}
