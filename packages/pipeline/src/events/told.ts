/**
 * What one person tells another ("Biden has told Zelenskyy that the United States will provide
 * ATACMS"): aid promised to the listener goes to the listener's country, and an undated act told is
 * dated by the day the article says the two met.
 */
import type { Mention } from "@sitrep/core";
import { firstStartingAt, spansWithin } from "../spans.js";
import type { ArticleParts, EventMentionDraft } from "./detect.js";

/** The verbs of telling, for both readings below. */
const TELLING = "told|informed|assured|promised";

/** "informed his Ukrainian counterpart that", "told Zelenskyy that": the listener of a promise before its trigger. */
const LISTENER = new RegExp(`\\b(?:${TELLING})\\s+([^,;:.]{1,60}?)\\s+that\\s`, "gu");

/**
 * The index in `mentions` (sorted by start) of a promise's listener before text[trigger], a person or a
 * nationality ("his Ukrainian counterpart"), or -1. detect.ts makes it the listener's state.
 */
export function listenerAt(text: string, mentions: readonly Mention[], from: number, trigger: number): number {
  LISTENER.lastIndex = 0;
  const lead = text.slice(from, trigger);
  let last: RegExpExecArray | null = null;
  for (let m = LISTENER.exec(lead); m; m = LISTENER.exec(lead)) last = m;
  const phrase = last?.[1];
  if (!last || !phrase) return -1;
  const at = from + last.index + last[0].indexOf(phrase);
  for (let i = firstStartingAt(mentions, at); i < mentions.length; i++) {
    const m = mentions[i] as Mention;
    if (m.start >= at + phrase.length) break;
    if (m.end <= at + phrase.length && (m.type === "PERSON" || m.type === "NORP")) return i;
  }
  return -1;
}

/** "Joe Biden has told Volodymyr Zelenskyy that": a speaker, a telling verb and its listener before a trigger. */
const TOLD = new RegExp(`^\\s+(?:has\\s+|had\\s+)?(?:${TELLING})\\s+(?:[\\p{L}'’.-]+\\s+){0,3}$`, "u");

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
    const before = spansWithin(people, d.sentence.start, d.start);
    const pair = before.findIndex(
      (m, i) => i + 1 < before.length && TOLD.test(parts.text.slice(m.end, (before[i + 1] as Mention).start)),
    );
    if (pair < 0) return d;
    const ids = new Set([before[pair]?.entity_id, before[pair + 1]?.entity_id]);
    const met = meetings.filter((c) => ids.has(c.actor?.mention.entity_id) && ids.has(c.recipient?.mention.entity_id));
    const dates = new Set(met.map((c) => c.date?.value));
    return met.length > 0 && dates.size === 1 ? { ...d, date: met[0]?.date ?? null, dateSource: "meeting" } : d;
  });
}
