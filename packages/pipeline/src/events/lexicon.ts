/** The event lexicon (lexicons/events.json) compiled into patterns and lookups. */
import type { EVENT_STATUSES, PLOVER_TYPES } from "@sitrep/core";
import { loadLexicon } from "../lexicons.js";
import { alternation } from "../regex.js";

/** The types and statuses are declared once, with the tables, in core. */
export type EventType = (typeof PLOVER_TYPES)[number];
export type EventStatus = (typeof EVENT_STATUSES)[number];

interface TriggerEntry {
  type: EventType;
  mode?: string;
  pledge?: boolean;
  delivered?: boolean;
  needs_after?: string;
  /** A regex of words that, right after the trigger, undo it ("declined to comment"). */
  not_after?: string;
  /** Words the sentence must hold besides the trigger ("warned" is a threat only beside "red line", "strikes", …). */
  needs_context?: string[];
  /** The word says its own kind, so the type's context words are not needed beside it ("arming"). */
  own_context?: boolean;
  forms: string[];
}

interface EventLexicon {
  /** verb: the past form in summaries ("attacked"); base: the plain form ("attack"), for the other statuses. */
  types: Record<EventType, { cameo: string; verb: string; base: string }>;
  cameo_modes: Record<string, Partial<Record<EventStatus, string>>>;
  summary_verbs: Partial<Record<EventType, Partial<Record<EventStatus, string>>>>;
  triggers: TriggerEntry[];
  context: Record<string, string[]>;
  modes_by_object: Record<string, string[]>;
  status_cues: Record<string, string[]>;
}

export const lexicon = loadLexicon<EventLexicon>("events.json");

export interface Trigger {
  readonly type: EventType;
  readonly mode: string | null;
  readonly pledge: boolean;
  readonly delivered: boolean;
  /** Words that must follow within 60 characters of the clause ("asked Berlin for"). */
  readonly needsAfter: RegExp | null;
  /** Words right after the trigger that undo it ("declined to comment"). */
  readonly notAfter: RegExp | null;
  /** Words the rest of the sentence must hold, for this trigger alone. */
  readonly needsContext: RegExp | null;
  /** The word is its own context: the type's context words are not needed beside it. */
  readonly ownContext: boolean;
}

const words = (list: readonly string[]) => new RegExp(`\\b(?:${alternation(list)})\\b`, "i");

const byForm = new Map<string, Trigger>();
for (const t of lexicon.triggers) {
  for (const form of t.forms) {
    if (!byForm.has(form))
      byForm.set(form, {
        type: t.type,
        mode: t.mode ?? null,
        pledge: !!t.pledge,
        delivered: !!t.delivered,
        needsAfter: t.needs_after ? new RegExp(`^[^.;:]{0,60}?\\b(?:${t.needs_after})\\b`, "i") : null,
        notAfter: t.not_after ? new RegExp(`^\\s+(?:${t.not_after})\\b`, "i") : null,
        needsContext: t.needs_context ? words(t.needs_context) : null,
        ownContext: !!t.own_context,
      });
  }
}

export const TRIGGER = new RegExp(`\\b(?:${alternation(byForm.keys())})\\b`, "gi");
export const triggerOf = (form: string): Trigger | undefined => byForm.get(form.toLowerCase().replace(/\s+/g, " "));

/** Sentence words that a trigger of these types needs beside it (see the lexicon's context). */
export const CONTEXT: Partial<Record<EventType, RegExp>> = Object.fromEntries(
  Object.entries(lexicon.context)
    .filter(([k]) => !k.startsWith("$"))
    .map(([k, list]) => [k, words(list)]),
);
export const MODES: [string, RegExp][] = Object.entries(lexicon.modes_by_object)
  .filter(([k]) => !k.startsWith("$"))
  .map(([k, list]) => [k, words(list)]);
/**
 * An aid's mode from what is given: the first mode word after the trigger ("has not sent lethal
 * weapons …, although it has provided humanitarian aid" is military), else any in the sentence, in
 * the lexicon's order.
 */
export function modeOf(sentenceText: string, after: number): string | null {
  const rest = sentenceText.slice(after);
  let best: string | null = null;
  let at = Number.POSITIVE_INFINITY;
  for (const [mode, re] of MODES) {
    const i = rest.search(re);
    if (i >= 0 && i < at) [best, at] = [mode, i];
  }
  return best ?? MODES.find(([, re]) => re.test(sentenceText))?.[0] ?? null;
}

export const STATUS_CUES: [EventStatus, RegExp][] = (["denied", "hypothetical", "requested", "pledged"] as const).map(
  (status) => [status, new RegExp(`\\b(?:${alternation(lexicon.status_cues[status] ?? [])})\\b`, "gi")],
);

export function cameoOf(type: EventType, mode: string | null, status: EventStatus): string {
  const byMode = mode ? lexicon.cameo_modes[`${type}:${mode}`] : undefined;
  return byMode?.[status] ?? byMode?.occurred ?? lexicon.types[type].cameo;
}

/** How the plain form says a status no past verb says: "will meet", "may attack", "did not sanction". */
const STATUS_FORMS: Partial<Record<EventStatus, (base: string) => string>> = {
  pledged: (base) => `will ${base}`,
  hypothetical: (base) => `may ${base}`,
  denied: (base) => `did not ${base}`,
  requested: (base) => `was asked to ${base}`,
};

/** The summary's verb, which says the status: the lexicon's word for it, else one made from the plain form. */
export function summaryVerb(type: EventType, status: EventStatus): string {
  const own = lexicon.summary_verbs[type]?.[status];
  if (own) return own;
  const form = STATUS_FORMS[status];
  return form ? form(lexicon.types[type].base) : lexicon.types[type].verb;
}
