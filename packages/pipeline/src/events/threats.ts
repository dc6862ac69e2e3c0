/**
 * Whom a threat is aimed at when its own clause names no one. A warning's target is usually in
 * what is threatened ("a mistake with consequences for the Ukrainian side") or in what the same
 * speaker says next ("The United States will be viewed as 'a party to the conflict,' the ministry
 * said"), both often inside quotation marks, which rolesOf leaves to quotes.csv.
 */
import type { Quote } from "@sitrep/core";
import { firstStartingAt } from "../spans.js";
import type { EventMentionDraft } from "./detect.js";
import type { Named } from "./roles.js";

/** "consequences for the Ukrainian side", "retaliation against Washington", "a response to Berlin". */
const AIMED =
  /\b(?:consequences|retaliation|retaliate|reprisals?|response|respond|countermeasures|punishment|pay\s+a\s+(?:heavy\s+|high\s+)?price|price\s+to\s+pay)\s+(?:for|against|on|to)\s+(?:the\s+)?$/i;

/** A state, an institution or a person that can be threatened; a place named as a setting cannot. */
const TARGETS = new Set(["GPE", "NORP", "ORG", "PERSON"]);

export interface ThreatContext {
  readonly text: string;
  /** The parties of the article, in text order, as detect.ts reads them (a demonym stands for its country). */
  readonly named: readonly Named[];
  readonly quotes: readonly Pick<Quote, "start" | "end" | "speaker_id" | "sentence_id">[];
  readonly sentences: readonly {
    readonly sentence_id: string;
    readonly block_id: string;
    readonly start: number;
    readonly end: number;
  }[];
  /** A capital or an institution as the state it stands for. */
  readonly asCountry: (n: Named | null) => Named | null;
}

export function aimThreats(context: ThreatContext, drafts: EventMentionDraft[]): EventMentionDraft[] {
  return drafts.map((d) => {
    if (d.type !== "THREATEN" || d.recipient || !d.actor) return d;
    const recipient = aimedAt(context, d) ?? namedNext(context, d);
    return recipient ? { ...d, recipient } : d;
  });
}

/** Someone other than the threatener, and not of the threatener's country. */
function other(d: EventMentionDraft, n: Named | null): n is Named {
  if (!n || !TARGETS.has(n.mention.type) || n.isPlace) return false;
  const actor = d.actor as Named;
  return n.id !== actor.id && !(n.iso3 && n.iso3 === actor.iso3);
}

function partiesWithin(context: ThreatContext, start: number, end: number): Named[] {
  const { named } = context;
  const out: Named[] = [];
  let lo = 0;
  let hi = named.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((named[mid] as Named).mention.start < start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < named.length; i++) {
    const n = named[i] as Named;
    if (n.mention.start >= end) break;
    out.push(n);
  }
  return out;
}

/** "this decision is a mistake with consequences for the Ukrainian side", quoted or not. */
function aimedAt(context: ThreatContext, d: EventMentionDraft): Named | null {
  const { start, end } = d.sentence;
  for (const n of partiesWithin(context, start, end)) {
    const target = context.asCountry(n);
    if (other(d, target) && AIMED.test(context.text.slice(Math.max(start, n.mention.start - 60), n.mention.start)))
      return target;
  }
  return null;
}

/**
 * "… had previously warned that shipments … would be a 'red line.' The United States will be viewed
 * as 'a party to the conflict,' the ministry said.": the next sentence of the paragraph, quoting the
 * same speaker, opens with whom the warning is for.
 */
function namedNext(context: ThreatContext, d: EventMentionDraft): Named | null {
  const { sentences, quotes, text } = context;
  const next = sentences[firstStartingAt(sentences, d.sentence.start) + 1];
  if (!next || next.block_id !== d.sentence.block_id) return null;
  const speaker = d.actor?.mention.entity_id;
  const same = quotes.some((q) => q.sentence_id === next.sentence_id && q.speaker_id === speaker);
  if (!same) return null;
  const first = partiesWithin(context, next.start, next.end)[0];
  if (!first || !/^\s*(?:the\s+)?$/i.test(text.slice(next.start, first.mention.start))) return null;
  const target = context.asCountry(first);
  return other(d, target) ? target : null;
}
