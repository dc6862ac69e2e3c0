/**
 * Key developments: the corpus's events ranked by a salience score, each as one readable
 * sentence with its date at its precision and the sentences that report it. The score adds up
 * what makes an analyst look first (see the README for the weights):
 * - reporting: 3·ln(1 + mentions) + 2 for every further article that reports it;
 * - status: a delivery or a pledge of aid 2, an act that occurred 1.5, another plan or a request 1, a denial 0.5,
 *   a supposition 0;
 * - type: aid and attacks 1.5, threats, meetings and agreements 1.2, sanctions and coercion 1, others 0.5;
 * - prominence: how often the actor is named in the corpus against the most named entity (0–1), half that for the recipient;
 * - recency: 1 for the newest publication date of the corpus, falling to 0 at the oldest;
 * - a date known: 0.5; the event's confidence (0–1);
 * - a penalty of 2 for an event with neither actor nor recipient, of 1.5 for one with an actor alone ("Airbus
 *   asked"), and of 1 when only captions or headings report it.
 * Ties go to the event ID, so the ranking is stable. An event that says who did what to whom, or where,
 * can be a key development; one with neither actor nor recipient, or an actor alone ("Ontario backed",
 * "Airbus asked"), cannot: it stays in events.csv, the timeline and its article's brief.
 */
import type { BriefingRow, Event, EventMention, Sentence } from "@sitrep/core";
import type { Datasets } from "./read-datasets.js";

const STATUS_WEIGHT: Record<string, number> = {
  delivered: 2,
  pledged: 2,
  occurred: 1.5,
  requested: 1,
  denied: 0.5,
  hypothetical: 0,
};
const TYPE_WEIGHT: Record<string, number> = {
  AID: 1.5,
  ASSAULT: 1.5,
  THREATEN: 1.2,
  CONSULT: 1.2,
  AGREE: 1.2,
  SANCTION: 1,
  COERCE: 1,
};

/** A pledge of aid is news in itself; a planned attack or meeting counts as much as a request. */
const statusWeight = (e: Event) => (e.status === "pledged" && e.type !== "AID" ? 1 : (STATUS_WEIGHT[e.status] ?? 0));

export const KEY_DEVELOPMENTS = 10;

export interface Development extends BriefingRow {
  /** The cited sentences, first reported first. */
  readonly sentences: readonly Sentence[];
}

export const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const SEASONS: Record<string, string> = { SP: "spring", SU: "summer", FA: "autumn", AU: "autumn", WI: "winter" };

/** A TIMEX3 value as a reader writes it, at the precision it has: "21 Sep 2023", "Jul 2022", "Q3 2023". */
export function readableDate(value: string): string {
  let m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}(?::\d{2})?|MO|MI|AF|EV|NI)$/.exec(value);
  if (m) return `${readableDate(m[1] as string)}, ${PARTS_OF_DAY[m[2] as string] ?? m[2]}`;
  m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (m) return `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${m[1]}`;
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) return `${MONTHS[Number(m[2]) - 1]} ${m[1]}`;
  m = /^(\d{4})-W(\d{2})(-WE)?$/.exec(value);
  if (m) return `${m[3] ? "weekend of " : ""}week ${Number(m[2])} of ${m[1]}`;
  m = /^(\d{4})-H([12])$/.exec(value);
  if (m) return `${m[2] === "1" ? "first" : "second"} half of ${m[1]}`;
  m = /^(\d{4})-Q([1-4])$/.exec(value);
  if (m) return `Q${m[2]} ${m[1]}`;
  m = /^(\d{4})-(SP|SU|FA|AU|WI)$/.exec(value);
  if (m) return `${SEASONS[m[2] as string]} ${m[1]}`;
  m = /^(\d{3})X$/.exec(value);
  if (m) return `the ${m[1]}0s`;
  if (REFERENCES[value]) return REFERENCES[value];
  m = /^P(T?)(\d+(?:\.\d+)?|X)(DE|CE|[YMWDHSQ])$/.exec(value);
  if (m) {
    const unit = (m[1] ? TIME_UNITS : DATE_UNITS)[m[3] as string] ?? m[3];
    return m[2] === "X" ? `${unit}s` : `${m[2]} ${unit}${m[2] === "1" ? "" : "s"}`;
  }
  return value;
}

const PARTS_OF_DAY: Record<string, string> = {
  MO: "morning",
  MI: "midday",
  AF: "afternoon",
  EV: "evening",
  NI: "night",
};
const REFERENCES: Record<string, string> = { PRESENT_REF: "now", PAST_REF: "the past", FUTURE_REF: "the future" };
const DATE_UNITS: Record<string, string> = {
  Y: "year",
  M: "month",
  W: "week",
  D: "day",
  Q: "quarter",
  DE: "decade",
  CE: "century",
};
const TIME_UNITS: Record<string, string> = { H: "hour", M: "minute", S: "second" };

/** "United States pledged ATACMS to Ukraine (2023-09-21)" → "United States pledged ATACMS to Ukraine, 21 Sep 2023." */
export function sentenceOf(event: Event): string {
  const line = event.summary.replace(/\s*\([^()]*\)\s*$/, "").trim();
  return `${line}${event.date ? `, ${readableDate(event.date)}` : ""}.`;
}

const daysOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

/** Each event's mentions, first reported first: by publication date, article, then place in the text. */
export function mentionsByEvent(data: Datasets): Map<string, EventMention[]> {
  const published = new Map(data.articles.map((a) => [a.article_id, a.published]));
  const byEvent = new Map<string, EventMention[]>();
  for (const m of data.eventMentions) {
    const list = byEvent.get(m.event_id);
    if (list) list.push(m);
    else byEvent.set(m.event_id, [m]);
  }
  for (const list of byEvent.values())
    list.sort(
      (a, b) =>
        (published.get(a.article_id) ?? "").localeCompare(published.get(b.article_id) ?? "") ||
        a.article_id.localeCompare(b.article_id) ||
        a.start - b.start,
    );
  return byEvent;
}

const STATUS_TAGS: Record<string, string> = {
  occurred: "OCCURRED",
  pledged: "PLEDGED",
  delivered: "DELIVERED",
  requested: "REQUESTED",
  denied: "DENIED",
  hypothetical: "POSSIBLE",
};

/** "PLEDGED", or for an act that occurred what it was, where the type says more: "THREATENED", "MET". */
export function statusTag(e: { readonly type: string; readonly status: string }): string {
  if (e.status === "pledged" && e.type !== "AID") return "PLANNED";
  if (e.status !== "occurred") return STATUS_TAGS[e.status] ?? e.status.toUpperCase();
  return { THREATEN: "THREATENED", CONSULT: "MET", ASSAULT: "ATTACKED", SANCTION: "SANCTIONED" }[e.type] ?? "OCCURRED";
}

/** An event with its mentions (first reported first) and its salience. */
export interface RankedEvent {
  readonly event: Event;
  readonly mentions: readonly EventMention[];
  readonly salience: number;
}

/** Every event of the corpus, most salient first. */
export function rankEvents(data: Datasets): RankedEvent[] {
  const mentionsOf = mentionsByEvent(data);
  const named = new Map(data.entities.map((e) => [e.entity_id, e.mention_count]));
  const most = Math.max(1, ...named.values());
  const prominence = (id: string | null) => (id ? Math.log1p(named.get(id) ?? 0) / Math.log1p(most) : 0);
  const published = data.articles.map((a) => daysOf(a.published));
  const [oldest, newest] = [Math.min(...published), Math.max(...published)];
  const recency = (e: Event) => (newest > oldest ? (daysOf(e.last_reported) - oldest) / (newest - oldest) : 1);
  const scored = data.events.map((event) => {
    const mentions = mentionsOf.get(event.event_id) ?? [];
    const decorative =
      mentions.length > 0 && mentions.every((m) => m.source_kind === "caption" || m.source_kind === "heading");
    const salience =
      3 * Math.log1p(event.mention_count) +
      2 * (event.article_count - 1) +
      statusWeight(event) +
      (TYPE_WEIGHT[event.type] ?? 0.5) +
      prominence(event.actor_id) +
      0.5 * prominence(event.recipient_id) +
      recency(event) +
      (event.date ? 0.5 : 0) +
      event.confidence -
      (!event.actor && !event.recipient ? 2 : 0) -
      (event.actor && !event.recipient && !event.object ? 1.5 : 0) -
      (decorative ? 1 : 0);
    return { event, mentions, salience: Math.round(salience * 100) / 100 };
  });
  scored.sort((a, b) => b.salience - a.salience || a.event.event_id.localeCompare(b.event.event_id));
  return scored;
}

/** Whether an event says enough to stand as a development: a side and a counterpart, an object or a place. */
function tellsWhoAndWhat(e: Event): boolean {
  if (!e.actor && !e.recipient) return false;
  return Boolean(e.recipient || e.object || e.location);
}

export function keyDevelopments(
  data: Datasets,
  limit = KEY_DEVELOPMENTS,
  ranked: readonly RankedEvent[] = rankEvents(data),
): Development[] {
  const sentences = new Map(data.sentences.map((s) => [s.sentence_id, s]));
  return ranked
    .filter((r) => tellsWhoAndWhat(r.event))
    .slice(0, limit)
    .map((r, i) => developmentOf(data, r, i + 1, sentences));
}

/** A ranked event as a key development: its row of briefing.csv and the sentences it cites. */
function developmentOf(
  data: Datasets,
  { event, mentions, salience }: RankedEvent,
  rank: number,
  sentences: ReadonlyMap<string, Sentence>,
): Development {
  const cited = [...new Set(mentions.map((m) => m.sentence_id))]
    .map((id) => sentences.get(id))
    .filter((s): s is Sentence => s !== undefined);
  const first = cited[0];
  return {
    rank,
    event_id: event.event_id,
    date: event.date,
    date_precision: event.date_precision,
    type: event.type,
    mode: event.mode,
    status: event.status,
    actor: event.actor,
    recipient: event.recipient,
    object: event.object,
    location: event.location,
    summary: sentenceOf(event),
    salience,
    mention_count: event.mention_count,
    article_count: event.article_count,
    citations: cited.map((s) => s.sentence_id).join(" | "),
    evidence: first ? (data.texts.get(first.article_id)?.slice(first.start, first.end) ?? first.text) : "",
    sentences: cited,
  };
}
