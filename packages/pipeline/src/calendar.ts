/** Written calendar dates ("September 21, 2023", "21 Sept. 2023", "2023-09-21") to ISO 8601. */
import { isCalendarDate } from "@sitrep/core";
import { isoDay } from "./timex/calendar-math.js";
import { monthOf } from "./timex/resolve.js";

const MONTH =
  "(?:Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?|Aug(?:ust|\\.)?|Sep(?:tember|t\\.?|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)";
const WEEKDAY = "(?:(?:Mon|Tue|Tues|Wed|Wednes|Thu|Thur|Thurs|Fri|Sat|Satur|Sun)(?:day)?\\.?,?\\s+)";

/** A clock time with optional meridiem and zone: "10:15 a.m. EST", "01.31 GMT", "12:34 UTC+2". */
export const WRITTEN_TIME =
  "(?:\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s*(?:GMT|UTC)(?:[+-]\\d{1,2})?|\\s+[A-Z]{2,4})?)";

/** A full written date; capture-free so callers can embed it in larger patterns. */
export const WRITTEN_DATE = `(?:${WEEKDAY}?(?:${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH},?\\s+\\d{4})|\\d{4}-\\d{2}-\\d{2})`;

const MONTH_FIRST = new RegExp(`(${MONTH})\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})`, "i");
const DAY_FIRST = new RegExp(`(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH}),?\\s+(\\d{4})`, "i");
const ISO = /(\d{4})-(\d{2})-(\d{2})/;

/** The ISO date of a written date, or null when it names no real calendar day. */
export function parseWrittenDate(text: string): string | null {
  let year: number;
  let month: number | undefined;
  let day: number;
  let m = ISO.exec(text);
  if (m) {
    return isCalendarDate(m[0]) ? m[0] : null;
  }
  m = MONTH_FIRST.exec(text);
  if (m) {
    month = monthOf(m[1] ?? "");
    day = Number(m[2]);
    year = Number(m[3]);
  } else {
    m = DAY_FIRST.exec(text);
    if (!m) return null;
    day = Number(m[1]);
    month = monthOf(m[2] ?? "");
    year = Number(m[3]);
  }
  if (month === undefined) return null;
  const iso = isoDay({ y: year, m: month, d: day });
  return isCalendarDate(iso) ? iso : null;
}
