/** timeline.csv and the briefing's timeline: every dated event in date order, with the first sentence that reports it. */
import type { TimelineRow } from "@sitrep/core";
import { mentionsByEvent, sentenceOf } from "./developments.js";
import type { Datasets } from "./read-datasets.js";

export function timelineRows(data: Datasets): TimelineRow[] {
  const mentions = mentionsByEvent(data);
  return data.events
    .filter((e): e is typeof e & { date: string } => e.date !== null)
    .sort((a, b) => a.date.localeCompare(b.date) || a.event_id.localeCompare(b.event_id))
    .map((e) => ({
      date: e.date,
      date_precision: e.date_precision ?? "",
      event_id: e.event_id,
      type: e.type,
      status: e.status,
      actor: e.actor,
      recipient: e.recipient,
      object: e.object,
      location: e.location,
      summary: sentenceOf(e),
      mention_count: e.mention_count,
      first_reported: e.first_reported,
      citation: mentions.get(e.event_id)?.[0]?.sentence_id ?? "",
    }));
}
