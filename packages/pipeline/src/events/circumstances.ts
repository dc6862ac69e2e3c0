/**
 * What a trigger's clause says of an act besides who did it to whom: what it was done with (the
 * weapons named), where (a place after "in", "at", "near") and when (a date of the clause, else of
 * the sentence, to the day). Split from roles.ts, which finds the parties.
 */
import type { TimeExpression } from "@sitrep/core";
import { SPEECH_VERBS } from "../quotes/context.js";
import { addDays, isoDay, parseYmd } from "../timex/calendar-math.js";
import type { Named } from "./roles.js";

interface Span {
  readonly start: number;
  readonly end: number;
}

/** Between a weapon and a trigger that describes it: "… jets it has promised", "… systems that Berlin sent". */
const RELATIVE_TO_TRIGGER =
  /^(?:\s+[\w-]+){0,2}?\s+(?:that\s+|which\s+)?(?:it|they|he|she|we|[A-Z][\w-]*)(?:\s+(?:has|have|had|was|were))?\s+$/;

/** The weapon acted with (the first after the trigger, else the last before) and every one listed after it. */
export function weaponsOf(
  text: string,
  here: readonly Named[],
  trigger: Span,
): { object: Named | null; objects: Named[] } {
  const triggerEnd = trigger.end;
  const weapons = here.filter((n) => n.mention.type === "WEAPON");
  const next = weapons.find((n) => n.mention.start >= triggerEnd);
  const last = weapons.filter((n) => n.mention.end <= triggerEnd).at(-1);
  // "the 30 F-16 fighter jets it has promised Ukraine will not arrive …, blaming delays of the F-35s":
  // a trigger in a relative clause acts on the noun it describes, not on a weapon of a later clause.
  const described =
    last &&
    next &&
    RELATIVE_TO_TRIGGER.test(text.slice(last.mention.end, trigger.start)) &&
    /[,;:]|\b(?:that|which|who|because|after|before|while|blaming|citing)\b/i.test(
      text.slice(triggerEnd, next.mention.start),
    );
  if (described) return { object: last, objects: [] };
  const object = next ?? weapons.at(-1) ?? null;
  // "will provide the cluster munitions, and the ATACMS": every weapon listed after the trigger.
  const objects: Named[] = [];
  for (const n of weapons.filter((w) => w.mention.start >= triggerEnd)) {
    const previous = objects.at(-1);
    const gap = previous ? text.slice(previous.mention.end, n.mention.start) : "";
    if (previous && !/^\s*,?\s*(?:and|or|as well as|plus|,)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$/i.test(gap)) break;
    if (previous && /\b(?:that|which|than|as)\b/i.test(gap)) break;
    objects.push(n);
  }
  return { object, objects };
}

/** Where: a place after "in", "at", "near" …, the first after the trigger, else the last before it. */
export function placeOf(here: readonly Named[], lead: (n: Named) => string, triggerEnd: number): Named | null {
  const places = here.filter(
    (n) =>
      (n.mention.type === "LOC" || n.mention.type === "FACILITY" || (n.mention.type === "GPE" && n.isPlace)) &&
      // "in the town of Ukrainka": a place word and "of" between.
      /\b(?:in|at|near|outside|over|on|into|across)\s+(?:the\s+)?(?:(?:[\w-]+\s+)?(?:town|village|city|settlement|region|province|district)\s+of\s+)?$/i.test(
        lead(n),
      ),
  );
  return places.find((n) => n.mention.start >= triggerEnd) ?? places.at(-1) ?? null;
}

/** When: the nearest date of the clause (else of the sentence) close to the trigger, to the day. */
export function whenOf(
  text: string,
  dates: readonly TimeExpression[],
  trigger: Span,
  clause: Span,
  sentence: Span,
): { date: TimeExpression | null; dateSource: "clause" | "sentence" | "none" } {
  // "the largest single tranche since February": a comparison's date is not when the event happened.
  const compared = (d: TimeExpression) =>
    /\b(?:first|largest|biggest|highest|lowest|worst|best|most|only|last)\b[^;]{0,60}\bsince\s+$/i.test(
      text.slice(Math.max(0, d.start - 80), d.start),
    );
  // "demanded the ATACMS to target positions …, which may include the 2014 annexed Crimea": a date
  // in a relative clause after the trigger tells of the noun it describes.
  const relative = (d: TimeExpression) =>
    d.start >= trigger.end && /,\s*(?:which|who|whose|where)\s/i.test(text.slice(trigger.end, d.start));
  const points = dates
    .filter((d) => d.type === "DATE" || d.type === "TIME")
    .filter((d) => /^\d{4}/.test(d.value) && !compared(d) && !relative(d));
  const distance = (d: TimeExpression) => Math.min(Math.abs(d.start - trigger.end), Math.abs(d.end - trigger.start));
  const inThisClause = points
    .filter((d) => d.start >= clause.start && d.end <= clause.end)
    .sort((a, b) => distance(a) - distance(b));
  const inSentence = points
    .filter((d) => d.start >= sentence.start && d.end <= sentence.end)
    .sort((a, b) => distance(a) - distance(b));
  // "last year in July 2022": of dates side by side, the most precise.
  const nearest = inThisClause[0] ?? inSentence[0];
  const beside = (inThisClause[0] ? inThisClause : inSentence).filter(
    (d) => nearest && Math.abs(distance(d) - distance(nearest)) <= 30,
  );
  // A date far from the trigger belongs to something else in the sentence ("the 2014 annexed Crimea").
  const found = beside.filter((d) => distance(d) <= 120).sort((a, b) => b.value.length - a.value.length)[0] ?? null;
  const dateSource = !found ? "none" : inThisClause.includes(found) ? "clause" : "sentence";
  return { date: found && dayOf(found), dateSource };
}

/** A date of a speech verb: "said on Monday", "denied Tuesday", "told reporters on Monday", "warned Seoul last week". */
const SPOKEN_ON = new RegExp(`\\b(?:${SPEECH_VERBS})\\s+(?:[\\w'’.-]+\\s+){0,3}?(?:on|last|this)?\\s*$`, "i");

/** A date of the reporting verb before a trigger: "denied on Monday that it had …", "warned Seoul on Tuesday that …". */
export function reportedOn(text: string, date: { start: number; end: number }, trigger: number): boolean {
  return (
    date.end <= trigger &&
    SPOKEN_ON.test(text.slice(Math.max(0, date.start - 60), date.start)) &&
    /^\s*(?:,\s*)?that\b/i.test(text.slice(date.end, trigger))
  );
}

/** The day of the sentence's announcing verb after a trigger: "…, the minister said on Monday", "…, it announced Tuesday". */
export function announcedOn<T extends { start: number; end: number; precision: string }>(
  text: string,
  dates: readonly T[],
  trigger: number,
): T | null {
  return (
    dates.find(
      (d) =>
        d.start > trigger &&
        d.precision === "day" &&
        SPOKEN_ON.test(text.slice(Math.max(trigger, d.start - 60), d.start)),
    ) ?? null
  );
}

/**
 * Events are dated to the day, as event datasets code them: a clock time or a part of a day gives
 * its day, and an attack "overnight" (the night before, in dates.csv) the morning it ended.
 */
function dayOf(t: TimeExpression): TimeExpression {
  if (t.type !== "TIME" || !/^\d{4}-\d{2}-\d{2}T/.test(t.value)) return t;
  const day = t.value.slice(0, 10);
  const value = /^overnight$/i.test(t.text) && t.value.endsWith("TNI") ? isoDay(addDays(parseYmd(day), 1)) : day;
  return { ...t, value, precision: "day" };
}
