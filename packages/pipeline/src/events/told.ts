/**
 * What one person tells another ("Biden has told Zelenskyy that the United States will provide
 * ATACMS"): aid promised to the listener goes to the listener's country, and an undated act told is
 * dated by the day the article says the two met.
 */
import { gazetteer } from "../entities/index.js";
import type { ArticleParts, EventMentionDraft } from "./detect.js";
import type { Named } from "./roles.js";

/** "informed his Ukrainian counterpart that", "told Zelenskyy that": the listener of a promise before its trigger. */
const LISTENER = /\b(?:told|informed|assured|promised)\s+([^,;:.]{1,60}?)\s+that\s/gu;

/** The country of a promise's listener, a person or a nationality ("his Ukrainian counterpart"), else null. */
export function listenerCountry(parts: ArticleParts, from: number, trigger: number): Named | null {
  LISTENER.lastIndex = 0;
  const lead = parts.text.slice(from, trigger);
  let last: RegExpExecArray | null = null;
  for (let m = LISTENER.exec(lead); m; m = LISTENER.exec(lead)) last = m;
  const phrase = last?.[1];
  if (!last || !phrase) return null;
  const at = from + last.index + last[0].indexOf(phrase);
  const listener = parts.mentions.find(
    (m) => m.start >= at && m.end <= at + phrase.length && (m.type === "PERSON" || m.type === "NORP"),
  );
  const known = listener ? parts.linked[parts.mentions.indexOf(listener)]?.known : null;
  const country = known?.iso3 ? gazetteer().byId.get(`gpe:${known.iso3.toLowerCase()}`) : undefined;
  if (!listener || !country) return null;
  return { mention: listener, id: country.id, name: country.name, iso3: country.iso3, isPlace: false };
}

/** "Joe Biden has told Volodymyr Zelenskyy that": a speaker, a telling verb and its listener before a trigger. */
const TOLD = /^\s+(?:has\s+|had\s+)?(?:told|informed|assured|promised)\s+(?:[\p{L}'’.-]+\s+){0,3}$/u;

/**
 * "Biden has told Zelenskyy that the United States will provide ATACMS", in an article where Zelenskyy
 * met Biden at the White House on Thursday: an undated act one tells the other is dated by their one
 * dated meeting (date_source "meeting").
 */
export function datedByMeeting(parts: ArticleParts, drafts: EventMentionDraft[]): EventMentionDraft[] {
  const meetings = drafts.filter((d) => d.type === "CONSULT" && d.date && d.actor && d.recipient);
  if (meetings.length === 0) return drafts;
  const people = parts.mentions.filter((m) => m.type === "PERSON");
  return drafts.map((d) => {
    if (d.date || d.type === "CONSULT") return d;
    const before = people.filter((m) => m.start >= d.sentence.start && m.end <= d.start);
    const pair = before.findIndex(
      (m, i) =>
        before[i + 1] !== undefined &&
        TOLD.test(parts.text.slice(m.end, (before[i + 1] as (typeof before)[number]).start)),
    );
    if (pair < 0) return d;
    const ids = new Set([before[pair]?.entity_id, before[pair + 1]?.entity_id]);
    const met = meetings.filter((c) => ids.has(c.actor?.mention.entity_id) && ids.has(c.recipient?.mention.entity_id));
    const dates = new Set(met.map((c) => c.date?.value));
    return met.length > 0 && dates.size === 1 ? { ...d, date: met[0]?.date ?? null, dateSource: "meeting" } : d;
  });
}
