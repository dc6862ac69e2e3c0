/**
 * Tables filled by the extraction stages (entities, time and quantities, events and quotes).
 * Declared with the text layer so every stage writes into a shape fixed up front.
 */
import { defineTable, type RowOf } from "../table.js";
import { articleFk, articleId, end, oneOf, opt, req, sentenceFk, sentenceId, start, text } from "./common.js";
import { BLOCK_KINDS } from "./text.js";

export const ENTITY_TYPES = ["PERSON", "ORG", "GPE", "LOC", "FACILITY", "WEAPON", "NORP"] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const entitiesTable = defineTable({
  name: "entities",
  title: "Entities",
  description: "One row per real-world entity across the corpus; mentions.csv points here.",
  primaryKey: ["entity_id"],
  columns: [
    req(
      "entity_id",
      "string",
      "Stable readable ID: the lexicon's ID (gpe:usa, weapon:atacms, org:nato) or <type>:<slug of the name>, the same in every article.",
      "person:joe-biden",
    ),
    req("name", "string", "Canonical name.", "Joe Biden"),
    oneOf("type", ENTITY_TYPES, true, "PERSON, ORG, GPE, LOC, FACILITY, WEAPON or NORP.", "PERSON"),
    opt(
      "iso3",
      "string",
      "ISO 3166-1 alpha-3 code: the country itself for GPE and NORP, the country a place lies in, a person or organization acts for, or a weapon was designed in, where known.",
      "USA",
    ),
    opt("latitude", "number", "WGS 84 latitude for places.", "50.4501"),
    opt("longitude", "number", "WGS 84 longitude for places.", "30.5234"),
    opt(
      "aliases",
      "string",
      "Other surface forms seen or known, separated by ' | '.",
      "Biden | President Biden | @POTUS",
    ),
    req("mention_count", "integer", "Mentions across the corpus.", "14"),
    req("article_count", "integer", "Articles that mention the entity.", "3"),
  ],
});
export type Entity = RowOf<typeof entitiesTable>;

export const mentionsTable = defineTable({
  name: "mentions",
  title: "Entity mentions",
  description: "Every mention of an entity, with offsets.",
  primaryKey: ["mention_id"],
  foreignKeys: [
    articleFk,
    sentenceFk,
    { fields: ["entity_id"], reference: { table: "entities", fields: ["entity_id"] } },
  ],
  columns: [
    articleId,
    req("mention_id", "string", "`<article_id>#m<seq>`.", "000_4ff6b53ac6acf856#m7"),
    req("entity_id", "string", "The entity mentioned (entities.csv).", "person:joe-biden"),
    oneOf("type", ENTITY_TYPES, true, "Entity type.", "PERSON"),
    start,
    end,
    text,
    sentenceId,
    oneOf("block_kind", BLOCK_KINDS, true, "Kind of the block the mention is in.", "body"),
    opt("role", "string", "Title or role written next to the name, not part of the span.", "President"),
  ],
});
export type Mention = RowOf<typeof mentionsTable>;

/** TIMEX3 value syntax: dates at any precision, times, durations, decades, centuries and references. */
export const TIMEX3_VALUE =
  "^(?:\\d{4}(?:-\\d{2}(?:-\\d{2}(?:T(?:\\d{2}:\\d{2}|MO|AF|EV|NI|MI))?)?|-W\\d{2}(?:-WE)?|-(?:SP|SU|FA|WI)|-Q[1-4]|-H[12])?|\\d{3}X|\\d{2}XX|XXXX-WXX-[1-7](?:T(?:MO|AF|EV|NI))?|XXXX-(?:0[1-9]|1[0-2]|SP|SU|FA|WI)|XXXX-XX-XXT(?:MO|AF|EV|NI)|P(?:(?:\\d+(?:\\.\\d+)?|X)(?:Y|M|W|D|DE|CE|Q|WE))+(?:T(?:(?:\\d+(?:\\.\\d+)?|X)[HMS])+)?|PT(?:(?:\\d+(?:\\.\\d+)?|X)[HMS])+|PRESENT_REF|PAST_REF|FUTURE_REF)$";

export const TIMEX_TYPES = ["DATE", "TIME", "DURATION", "SET"] as const;

export const datesTable = defineTable({
  name: "dates",
  title: "Time expressions",
  description: "Dates, times, durations and sets with TIMEX3 values resolved against the publication date.",
  primaryKey: ["timex_id"],
  foreignKeys: [articleFk, sentenceFk],
  columns: [
    articleId,
    req("timex_id", "string", "`<article_id>#t<seq>`.", "000_4ff6b53ac6acf856#t2"),
    start,
    end,
    text,
    oneOf("type", TIMEX_TYPES, true, "TIMEX3 type.", "DATE"),
    {
      ...req("value", "string", "TIMEX3 value (2023-09-21, 2023-W38, 2023-SP, P3M, PAST_REF, 199X...).", "2023-09-21"),
      pattern: TIMEX3_VALUE,
    },
    req(
      "precision",
      "string",
      "time, day, week, month, season, quarter, half, year, decade, century, or none (durations, sets, references).",
      "day",
    ),
    oneOf("anchor", ["publication", "absolute"] as const, true, "How the value was resolved.", "publication"),
    opt("mod", "string", "TIMEX3 mod: APPROX, START, END, BEFORE, AFTER, LESS_THAN, MORE_THAN...", "APPROX"),
    sentenceId,
  ],
});
export type TimeExpression = RowOf<typeof datesTable>;

export const quantitiesTable = defineTable({
  name: "quantities",
  title: "Quantities",
  description: "Amounts, money, distances and counts with normalized values.",
  primaryKey: ["quantity_id"],
  foreignKeys: [articleFk, sentenceFk],
  columns: [
    articleId,
    req("quantity_id", "string", "`<article_id>#q<seq>`.", "000_4ff6b53ac6acf856#q1"),
    start,
    end,
    text,
    req("value", "number", "The number as written, scale words applied.", "190"),
    opt("value_max", "number", "Upper end of a range.", "2000"),
    opt("unit", "string", "Unit as written.", "miles"),
    req("normalized_value", "number", "Value in the normalized unit.", "305.8"),
    req("normalized_unit", "string", "SI unit, ISO 4217 currency, percent or count.", "km"),
    oneOf(
      "mod",
      ["approx", "up_to", "at_least", "more_than", "less_than"] as const,
      false,
      "approx (also every vague quantity: 'dozens' = 12, 'hundreds' = 100, 'several' = 3), up_to, at_least, more_than or less_than.",
      "up_to",
    ),
    opt("object", "string", "The counted or measured thing.", "drones"),
    opt(
      "subject_entity_id",
      "string",
      "Entity that owns the quantity: for a distance, the weapon whose range it is.",
      "weapon:atacms",
    ),
    sentenceId,
  ],
});
export type Quantity = RowOf<typeof quantitiesTable>;

export const quotesTable = defineTable({
  name: "quotes",
  title: "Quotations",
  description: "Every quotation with its speaker.",
  primaryKey: ["quote_id"],
  foreignKeys: [articleFk, sentenceFk],
  columns: [
    req("quote_id", "string", "`<article_id>#u<seq>` (u for utterance).", "000_4ff6b53ac6acf856#u3"),
    articleId,
    start,
    end,
    text,
    oneOf("kind", ["direct", "partial", "social"] as const, true, "direct, partial or social.", "direct"),
    opt("speaker_id", "string", "Entity ID of the speaker.", "person:joe-biden"),
    opt("speaker", "string", "Canonical speaker name.", "Dmitry Peskov"),
    opt("speaker_text", "string", "The speaker as written.", "Kremlin press secretary"),
    opt("cue", "string", "The attribution verb or pattern.", "warned"),
    sentenceId,
  ],
});
export type Quote = RowOf<typeof quotesTable>;

/** PLOVER's 16 event types. */
export const PLOVER_TYPES = [
  "AGREE",
  "CONSULT",
  "SUPPORT",
  "CONCEDE",
  "COOPERATE",
  "AID",
  "RETREAT",
  "REJECT",
  "ACCUSE",
  "DEMAND",
  "THREATEN",
  "PROTEST",
  "MOBILIZE",
  "SANCTION",
  "COERCE",
  "ASSAULT",
] as const;
export const EVENT_STATUSES = ["occurred", "pledged", "delivered", "requested", "denied", "hypothetical"] as const;

export const eventsTable = defineTable({
  name: "events",
  title: "Events",
  description: "Who did what to whom, when, with what: one row per merged event (PLOVER types, CAMEO crosswalk).",
  primaryKey: ["event_id"],
  columns: [
    req(
      "event_id",
      "string",
      "Stable event ID: ev_ and 12 hex digits of the hash of the merge key and date.",
      "ev_3f2a9c41b07d",
    ),
    oneOf("type", PLOVER_TYPES, true, "PLOVER event type.", "AID"),
    opt("mode", "string", "PLOVER mode.", "military"),
    opt("cameo", "string", "CAMEO code crosswalk.", "0332"),
    oneOf(
      "status",
      EVENT_STATUSES,
      true,
      "occurred, pledged (or planned), delivered, requested, denied or hypothetical.",
      "pledged",
    ),
    opt("actor_id", "string", "Entity ID of the actor.", "gpe:usa"),
    opt("actor", "string", "Actor name.", "United States"),
    opt("actor_country", "string", "ISO3 of the actor's country.", "USA"),
    opt("recipient_id", "string", "Entity ID of the recipient.", "gpe:ukr"),
    opt("recipient", "string", "Recipient name.", "Ukraine"),
    opt("recipient_country", "string", "ISO3 of the recipient's country.", "UKR"),
    opt("object_id", "string", "Entity ID of the object.", "weapon:atacms"),
    opt("object", "string", "Object name.", "ATACMS"),
    opt("quantity_id", "string", "Quantity attached to the event.", "000_4ff6b53ac6acf856#q1"),
    opt("location_id", "string", "Entity ID of the location.", "facility:white-house"),
    opt("location", "string", "Location name.", "White House"),
    opt("date", "string", "TIMEX3 value of the event date.", "2023-09-21"),
    opt("date_precision", "string", "Precision of the date.", "day"),
    req(
      "date_source",
      "string",
      "clause, sentence, meeting (the day the teller and the told met, for an act one told the other) or none.",
      "sentence",
    ),
    opt("attribution", "string", "Who reports the event.", "sources familiar with the development"),
    req("mention_count", "integer", "Mentions merged into this event.", "3"),
    req("article_count", "integer", "Articles reporting it.", "1"),
    req("first_reported", "date", "Earliest publication date of a mention.", "2023-09-23"),
    req("last_reported", "date", "Latest publication date of a mention.", "2023-09-23"),
    req("confidence", "number", "0..1.", "0.8"),
    req("summary", "string", "One readable line.", "United States pledged ATACMS to Ukraine (2023-09-21)"),
    req(
      "merge_key",
      "string",
      "What merged the mentions: type|mode|status class|actor|recipient|object (dates must also be compatible).",
      "AID|military|pledged|gpe:usa|gpe:ukr|weapon:atacms",
    ),
  ],
});
export type Event = RowOf<typeof eventsTable>;

export const eventMentionsTable = defineTable({
  name: "event_mentions",
  title: "Event mentions",
  description: "Every sentence that reports an event.",
  primaryKey: ["event_id", "article_id", "start"],
  foreignKeys: [articleFk, sentenceFk, { fields: ["event_id"], reference: { table: "events", fields: ["event_id"] } }],
  columns: [
    req("event_id", "string", "The merged event.", "ev_3f2a9c41b07d"),
    articleId,
    sentenceId,
    start,
    end,
    req("trigger", "string", "The trigger word or phrase.", "provide"),
    req("source_kind", "string", "Kind of block: body, caption, heading, social...", "body"),
    req("reported_on", "date", "Publication date of the article; never used as the event date.", "2023-09-23"),
    req("confidence", "number", "0..1.", "0.8"),
  ],
});
export type EventMention = RowOf<typeof eventMentionsTable>;
