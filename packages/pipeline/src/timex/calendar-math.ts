/** Calendar arithmetic on ISO dates, in UTC so no time zone shifts a day. */

export interface Ymd {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}

let lastParsed: { iso: string; ymd: Ymd } | null = null;

/** Parsed once per article: the tagger asks for the same publication date sentence after sentence. */
export const parseYmd = (iso: string): Ymd => {
  if (lastParsed?.iso === iso) return lastParsed.ymd;
  const [y, m, d] = iso.split("-").map(Number);
  const ymd = { y: y as number, m: m as number, d: d as number };
  lastParsed = { iso, ymd };
  return ymd;
};

const toDate = ({ y, m, d }: Ymd) => new Date(Date.UTC(y, m - 1, d));
const fromDate = (date: Date): Ymd => ({ y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() });
const pad = (n: number, width = 2) => String(n).padStart(width, "0");

export const isoDay = ({ y, m, d }: Ymd) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
export const isoMonth = (y: number, m: number) => `${pad(y, 4)}-${pad(m)}`;

export function addDays(date: Ymd, days: number): Ymd {
  const t = toDate(date);
  t.setUTCDate(t.getUTCDate() + days);
  return fromDate(t);
}

export function addMonths(y: number, m: number, months: number): { y: number; m: number } {
  const index = y * 12 + (m - 1) + months;
  return { y: Math.floor(index / 12), m: (index % 12) + 1 };
}

/** 0 = Monday … 6 = Sunday. */
export function weekday(date: Ymd): number {
  return (toDate(date).getUTCDay() + 6) % 7;
}

/** ISO 8601 week of a date: "2023-W38". */
export function isoWeek(date: Ymd): string {
  const t = toDate(date);
  const day = weekday(date);
  t.setUTCDate(t.getUTCDate() - day + 3);
  const year = t.getUTCFullYear();
  const firstThursday = new Date(Date.UTC(year, 0, 4));
  const days = (t.getTime() - firstThursday.getTime()) / 86_400_000;
  const week = 1 + Math.round((days - 3 + ((firstThursday.getUTCDay() + 6) % 7)) / 7);
  return `${pad(year, 4)}-W${pad(week)}`;
}

export function addWeeks(date: Ymd, weeks: number): Ymd {
  return addDays(date, 7 * weeks);
}

/**
 * The quarter a report published on `pub` is about: the one just ended, or the current one in its
 * last month (business news reports quarters in the weeks after they close).
 */
export function reportedQuarter(pub: Ymd): { y: number; q: number } {
  const q = Math.ceil(pub.m / 3) - (pub.m % 3 === 0 ? 0 : 1);
  return q === 0 ? { y: pub.y - 1, q: 4 } : { y: pub.y, q };
}
