/**
 * Time expressions in one sentence, as TIMEX3: dates, times, durations and sets. The rules
 * (calendar-rules.ts, span-rules.ts) run where their cue words occur; overlapping matches resolve
 * to the longest, then the earliest; a clock time takes the day the sentence names.
 */

import { isCalendarDate } from "@sitrep/core";
import { ANAPHORA_RULES } from "./anaphora-rules.js";
import { addDays, addMonths, addWeeks, isoDay, isoMonth, isoWeek, parseYmd, reportedQuarter } from "./calendar-math.js";
import { CALENDAR_RULES } from "./calendar-rules.js";
import { cueMask, cuesOf } from "./cues.js";
import { PERIOD_RULES } from "./period-rules.js";
import { type Tense, tenseAt } from "./resolve.js";
import { type Built, type Context, MONTH, type Rule, type TimexDraft } from "./rule.js";
import { SET_RULES } from "./set-rules.js";
import { SPAN_RULES } from "./span-rules.js";

export type { TimexDraft, TimexType } from "./rule.js";

// Sets first: where a set and a date span the same words ("Monday and Tuesday nights"), the first rule wins.
const RULES: readonly (Rule & { mask: number })[] = [
  ...SET_RULES,
  ...CALENDAR_RULES,
  ...ANAPHORA_RULES,
  ...PERIOD_RULES,
  ...SPAN_RULES,
].map((r) => ({
  ...r,
  mask: cueMask(r.cues),
}));

const MODS: readonly [RegExp, string][] = [
  [/\b(?:about|around|roughly|some|approximately|nearly|almost)\s+$/i, "APPROX"],
  // "over the past two years" is a span of time, not more than one.
  [/\b(?:more than|over)\s+$/i, "MORE_THAN"],
  [/\b(?:less than|under)\s+$/i, "LESS_THAN"],
  [/\b(?:up to|no more than)\s+$/i, "EQUAL_OR_LESS"],
  [/\b(?:at least|no less than)\s+$/i, "EQUAL_OR_MORE"],
  [/\b(?:early|the beginning of|the start of)\s+$/i, "START"],
  [/\b(?:late|the end of)\s+$/i, "END"],
  [/\b(?:mid-?|the middle of\s+)\s*$/i, "MID"],
  [/\bbefore\s+$/i, "BEFORE"],
  [/\bafter\s+$/i, "AFTER"],
];

const OWN_MOD = /^(early|late|mid)\b/i;
const OWN_MODS: Record<string, string> = { early: "START", late: "END", mid: "MID" };

/** All of MODS' words in one test: most expressions have none before them. */
const ANY_MOD = new RegExp(`(?:${MODS.map(([re]) => re.source.replace(/\$$/, "")).join("|")})$`, "i");

const LEADING =
  /^(?:in|since|until|till|by|during|from|through|on|of|the|for|after|over|within|in recent|in the past|at)\s+/i;

type Found = TimexDraft & { readonly clock?: string; readonly floating?: boolean };

/** The tense governing sentence[at, at + length): of its clause, within a window around it. */
function tenseIn(sentence: string, at: number, length: number): Tense {
  const near = tenseWithin(sentence, at, length, 80, 60);
  if (near !== "unknown") return near;
  // "In January, a week after the anniversary, a bombing in Birmingham killed …": the verb can be
  // far from a fronted date. A past verb there still says where it lies; a far future one is as
  // often a reported plan about a time gone by ("said the missiles will help in its spring offensive").
  return tenseWithin(sentence, at, length, at, sentence.length) === "past" ? "past" : "unknown";
}

/** "the turmoil that began in Thailand in", "Clinton, who spoke with Blair by telephone": a relative clause and its verb. */
const RELATIVE = /^(.*)\b(who|which|that)\s+(?:\w+ly\s+)?([a-z]+)\b[^,;:.]*$/is;

/** "…, which was released online on Monday": a clause describing something else after the expression. */
const NEXT_RELATIVE = /,\s+(?:which|who|whose)\b/i;

/** A verb in the present's third person ("faces", "expires", "runs"), not "is", "was", "has", "this". */
const PRESENT_VERB =
  /^(?!(?:this|thus|has|was|does|is|as|us|its|plus|less|unless|always|perhaps|across|news)$)[a-z]{2,}[^s]s$/;

/** What ends a clause: a semicolon, or a colon that is not a clock time's ("at 8:30 a.m. Tuesday"). */
const CLAUSE_END = /;|(?<!\d):|:(?!\d)/g;

/** The earlier of two `search` results (-1 for none). */
const firstOf = (a: number, b: number) => (a < 0 ? b : b < 0 ? a : Math.min(a, b));

function tenseWithin(sentence: string, at: number, length: number, back: number, ahead: number) {
  const from = Math.max(0, at - back);
  const window = sentence.slice(from, at + length + ahead);
  let clauseStart = 0;
  for (const m of window.slice(0, at - from).matchAll(CLAUSE_END)) clauseStart = m.index + 1;
  const relative = RELATIVE.exec(window.slice(clauseStart, at - from));
  // A date inside such a clause has its verb; the main clause's verb after it ("… in July could slow
  // spending", "…, is expected to") is not the date's.
  const own = relative && tenseAt(relative[3] as string, 99, 99) === "past";
  // "the period, which expires on Dec. 31", "the government, which faces an election on Sept. 7": a
  // present verb of its own, so the main clause's verbs before it do not date it ("said that talks
  // resume" is no relative clause: "that" may only introduce what was said).
  const present =
    relative &&
    !own &&
    !/^that$/i.test(relative[2] as string) &&
    PRESENT_VERB.test((relative[3] as string).toLowerCase());
  if (present) clauseStart += (relative[1] as string).length;
  const after = window.slice(at - from + length);
  // A comma closes such a clause: "…, which faces an election on Sept. 7, welcomed" is not dated by "welcomed".
  const rest = own ? 0 : firstOf(after.search(present ? /[,;]|:(?!\d)/ : CLAUSE_END), after.search(NEXT_RELATIVE));
  const clause = window.slice(clauseStart, rest < 0 ? undefined : at - from + length + rest);
  return tenseAt(clause, at - from - clauseStart, at - from - clauseStart + length);
}

/** How far (in characters) a clock time looks for the day it is on. */
const CLOCK_DAY_REACH = 80;

/**
 * Clock times: "10 p.m. Wednesday" is one expression on that Wednesday; "at about 10:35 a.m.
 * (0735 GMT) Friday" is on the Friday the sentence names; otherwise the publication day.
 */
function anchorClockTimes(text: string, found: Found[]): Found[] {
  const out: Found[] = [];
  for (let i = 0; i < found.length; i++) {
    const t = found[i] as Found;
    if (!t.clock) {
      out.push(t);
      continue;
    }
    const next = found[i + 1];
    // "10 p.m. Wednesday", "midnight tonight": the day named right after, or the day of a part of a day.
    const partOfDay = next?.type === "TIME" && /^\d{4}-\d{2}-\d{2}T[A-Z]{2}$/.test(next.value);
    if (
      next &&
      (next.precision === "day" || partOfDay) &&
      /^\s*(?:[A-Z]{2,4}\s+)?(?:,\s*)?(?:on\s+)?$/.test(text.slice(t.end, next.start))
    ) {
      // "8:00 Eastern on Saturday evening" is 20:00.
      const hour = Number(t.clock.slice(0, 2));
      const clock =
        partOfDay && /T(?:AF|EV|NI)$/.test(next.value) && hour < 12
          ? `${String(hour + 12).padStart(2, "0")}${t.clock.slice(2)}`
          : t.clock;
      out.push({ ...t, end: next.end, value: `${next.value.slice(0, 10)}T${clock}`, anchor: next.anchor });
      i++;
      continue;
    }
    const distance = (d: Found) => (d.start >= t.end ? d.start - t.end : t.start - d.end);
    // "worked until 4 a.m. on a draft that would extend Kyoto … from Jan. 1, 2013": a day far off in a long sentence is another matter's.
    const days = found.filter((d) => d.precision === "day" && d.type === "DATE" && distance(d) <= CLOCK_DAY_REACH);
    const day = days.sort((a, b) => distance(a) - distance(b))[0];
    // No day in the sentence: the publication day for now; anchorAnaphora may give it the day just named.
    out.push(day ? { ...t, value: `${day.value}T${t.clock}`, anchor: day.anchor } : { ...t, floating: true });
  }
  return out;
}

const BARE_MONTH = new RegExp(`^(?:(?:early|late|mid)[\\s-]*)?${MONTH.replace("(", "(?:")}$`, "i");

/**
 * "Last year, typhoons killed 100 people, including Haiyan, which struck in November": a year
 * fronted as the sentence's frame dates the bare months after it, unless they lie ahead.
 */
function framedByYear(sentence: string, start: number, kept: Found[]): void {
  const frame = kept[0];
  if (frame?.type !== "DATE" || !/^\d{4}$/.test(frame.value)) return;
  const lead = sentence.slice(0, frame.start - start);
  if (!/^\W*(?:(?:in|during|by)\s+)?$/i.test(lead) || !/^\s*,/.test(sentence.slice(frame.end - start))) return;
  for (let i = 1; i < kept.length; i++) {
    const t = kept[i] as Found;
    if (t.precision !== "month" || !/^\d{4}-\d{2}$/.test(t.value) || t.value.startsWith(frame.value)) continue;
    const at = t.start - start;
    if (!BARE_MONTH.test(sentence.slice(at, t.end - start)) || tenseIn(sentence, at, t.end - t.start) === "future")
      continue;
    kept[i] = { ...t, value: `${frame.value}${t.value.slice(4)}`, anchor: frame.anchor };
  }
}

/** Time expressions of text[start, end), resolved against `published` (YYYY-MM-DD). */
export function tagTimex(text: string, start: number, end: number, published: string): TimexDraft[] {
  const sentence = text.slice(start, end);
  const pub = parseYmd(published);
  const found: Found[] = [];
  const present = cuesOf(sentence);
  if (present === 0) return [];
  for (const rule of RULES) {
    if ((rule.mask & present) === 0) continue;
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(sentence); m; m = rule.re.exec(sentence)) {
      const at = m.index;
      const length = m[0].length;
      const ctx: Context = {
        pub,
        tense: () => tenseIn(sentence, at, length),
        // A deadline's own verb comes before it ("will pay down the loan by February"); a verb after
        // it belongs to the clause around ("the plan to leave by 31 October was in pieces").
        nearTense: () => tenseWithin(sentence, at, length, 40, 0),
        before: sentence.slice(Math.max(0, at - 32), at),
        after: sentence.slice(at + length, at + length + 40),
      };
      const built: Built | null = rule.build(m, ctx);
      // "February 30", "2023-02-30": no such day, so no date.
      if (!built || (/^\d{4}-\d{2}-\d{2}/.test(built.value) && !isCalendarDate(built.value.slice(0, 10)))) continue;
      // Prepositions and determiners that patterns need for context are not part of the expression.
      let from = at + (built.startAt ?? 0);
      const lead = built.startAt === undefined ? LEADING.exec(m[0]) : null;
      if (lead) from += lead[0].length;
      const before = sentence.slice(Math.max(0, from - 30), from);
      // "after months of …" does not make the duration a boundary: BEFORE and AFTER mark dates only.
      const modded = ANY_MOD.test(before);
      const modWords = modded
        ? MODS.find(
            ([re, name]) =>
              re.test(before) &&
              (built.type === "DATE" || (name !== "BEFORE" && name !== "AFTER")) &&
              // "spent more than last year": a comparison, not a bound; bounds are of lengths of time.
              (built.type !== "DATE" || !/^(?:MORE_THAN|LESS_THAN|EQUAL_OR_LESS|EQUAL_OR_MORE)$/.test(name)) &&
              !(name === "MORE_THAN" && /^the\s/i.test(sentence.slice(from))),
          )
        : undefined;
      // "late April", "mid-2006": a modifier a pattern took into the expression marks it too.
      const own = OWN_MOD.exec(sentence.slice(from, at + length));
      const mod = built.mod ?? (own ? (OWN_MODS[(own[1] as string).toLowerCase()] ?? null) : (modWords?.[1] ?? null));
      // "the end of March", "more than a year", "early 2012": the modifier's words are part of the
      // expression, as TimeML writes it; "before" and "after" are signals outside it.
      if (!built.mod && !own && modWords && modWords[1] !== "BEFORE" && modWords[1] !== "AFTER") {
        const words = modWords[0].exec(before);
        if (words) from -= before.length - words.index;
      }
      found.push({
        type: built.type,
        value: built.value,
        precision: built.precision,
        anchor: built.anchor,
        ...(built.clock ? { clock: built.clock } : {}),
        start: start + from,
        end: start + at + length,
        mod,
      });
    }
  }
  // Longest first, then earliest; keep those that do not overlap a kept one.
  if (found.length === 0) return [];
  // V8's sort copies its array even when there is nothing to order.
  if (found.length > 1) found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Found[] = [];
  for (const t of found) if (!kept.some((k) => k.start < t.end && t.start < k.end)) kept.push(t);
  if (kept.length > 1) kept.sort((a, b) => a.start - b.start);
  framedByYear(sentence, start, kept);
  return anchorClockTimes(text, kept).map(({ start: s, end: e, type, value, precision, anchor, mod, floating }) => ({
    start: s,
    end: e,
    type,
    value,
    precision,
    anchor,
    mod,
    floating: floating === true,
  }));
}

/**
 * Expressions that point at the date named before them ("later that year", "the next morning"):
 * the last resolved date before each one, at the unit's precision, moved by its offset; the
 * publication date when the article named none.
 */
export function anchorAnaphora<T extends TimexDraft & { readonly seq?: number }>(
  dates: readonly T[],
  published: string,
): T[] {
  let last: string = published;
  let lastDay: string = published;
  // "met on Wednesday night. The meeting began at 7 p.m.": a clock time with no day of its own
  // takes a day named in its own sentence or the one just before.
  let lastDaySentence = Number.NEGATIVE_INFINITY;
  const seq = (t: T) => t.seq ?? Number.NaN;
  // The quarter a report is about: the latest one named that is not after the quarter just ended
  // ("the year-ago quarter" and "next year's first quarter" are not it).
  const reported = reportedQuarter(parseYmd(published));
  const latest = `${reported.y}-Q${reported.q}`;
  let quarter: string | null = null;
  let lastYear: { value: string; seq: number } | null = null;
  return dates.map((t) => {
    if (t.type === "DATE" && /^\d{4}$/.test(t.value)) lastYear = { value: t.value, seq: seq(t) };
    const compared = /^YEARAGO:(\d{4})$/.exec(t.value);
    // "$15 billion in 1996, up from $118 million a year earlier": the year before the one just named.
    if (compared && lastYear && lastYear.seq === seq(t))
      return { ...t, value: String(Number(lastYear.value) - 1), precision: "year" };
    if (compared) {
      const q = quarter ? /^(\d{4})-Q([1-4])$/.exec(quarter) : null;
      return q
        ? { ...t, value: `${Number(q[1]) - 1}-Q${q[2]}`, precision: "quarter" }
        : { ...t, value: compared[1] as string };
    }
    const anaphor = /^ANAPHOR:(\w+):(-?\d+)$/.exec(t.value);
    // Only a day near publication: "a briefing that began at 10:30 a.m." after "the launch slips to March 9, 2021" is today's.
    if (
      t.floating &&
      t.type === "TIME" &&
      lastDay !== published &&
      seq(t) - lastDaySentence <= 1 &&
      Math.abs(Date.parse(lastDay) - Date.parse(published)) <= 7 * 86_400_000
    ) {
      return { ...t, value: `${lastDay}${t.value.slice(10)}`, anchor: "publication" };
    }
    if (!anaphor) {
      if (/^\d{4}(?:-\d{2}){0,2}$/.test(t.value) && t.type === "DATE") {
        last = t.value;
        if (t.value.length === 10) {
          lastDay = t.value;
          lastDaySentence = seq(t);
        }
      }
      // "on Wednesday night" names its day too ("in morning trading" only the publication day's part).
      if (t.type === "TIME" && !t.floating && /^\d{4}-\d{2}-\d{2}T/.test(t.value) && !t.value.startsWith(published)) {
        lastDay = t.value.slice(0, 10);
        lastDaySentence = seq(t);
      }
      if (/^\d{4}-Q[1-4]$/.test(t.value) && t.value <= latest && (quarter === null || t.value > quarter))
        quarter = t.value;
      return t;
    }
    const unit = anaphor[1] as string;
    const offset = Number(anaphor[2]);
    // "began a visit on Monday, his first since 1995. The same day …": a day counts from the last day named.
    const from = unit === "day" ? lastDay : last;
    const [y, m = 1, d = 1] = from.split("-").map(Number) as [number, number?, number?];
    const base = { y, m, d };
    const value =
      unit === "year"
        ? String(y + offset)
        : unit === "month"
          ? isoMonth(addMonths(y, m, offset).y, addMonths(y, m, offset).m)
          : unit === "week"
            ? isoWeek(addWeeks(base, offset))
            : from.length === 10
              ? isoDay(addDays(base, offset))
              : null;
    return value
      ? { ...t, value, precision: unit, anchor: "publication" }
      : { ...t, value: isoDay(parseYmd(published)) };
  });
}
