/**
 * How many of a unit: digits ("19", "2.5", "2 1/2"), number words ("twenty-four"), "a couple
 * of", and halves ("a year and a half", "half an hour"), rendered as TIMEX3 durations.
 */
import { UNIT_CODE, type Unit } from "./resolve.js";

const ONES: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
};
const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  ...ONES,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  hundred: 100,
  "a couple of": 2,
  "a hundred": 100,
};

const words = (list: Record<string, number>) =>
  Object.keys(list)
    .sort((a, b) => b.length - a.length)
    .join("|");

/** One capture group: the amount as written. */
export const AMOUNT = `(\\d+(?:\\s+1\\/2|\\.\\d+)?|(?:${words(TENS)})(?:[\\s-](?:${words(ONES)}))?|${words(WORDS)})`;

export function amountOf(text: string): number | undefined {
  const t = text.toLowerCase();
  if (/^\d/.test(t)) return t.endsWith(" 1/2") ? Number(t.split(/\s+/)[0]) + 0.5 : Number(t);
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
