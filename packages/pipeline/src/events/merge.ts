/**
 * One events.csv row per event, however many sentences and articles report it. Mentions merge
 * when type, mode, status class, actor, recipient and object agree (the merge key) and their
 * dates are compatible (equal, one unknown, or one inside the other: 2023-09 holds 2023-09-21).
 * Every mention is kept in event_mentions.csv. IDs hash the key and the date, so they are stable.
 */
import { compareUnits, type Event, type EventMention, sha256Hex } from "@sitrep/core";
import type { EventMentionDraft } from "./detect.js";
import { cameoOf, type EventStatus, summaryVerb } from "./lexicon.js";

interface Group {
  key: string;
  actor: string | null;
  recipient: string | null;
  date: string | null;
  drafts: { draft: EventMentionDraft; articleId: string; published: string }[];
}

/**
 * Pledges and deliveries of the same aid are different events, and so are what was done, denied or
 * only supposed ("Washington could sanction the firms" is not "the Treasury sanctioned Gazprombank").
 */
const statusClass = (status: EventStatus) =>
  status === "delivered" || status === "pledged" || status === "denied" || status === "hypothetical" ? status : "any";

const compatible = (a: string | null, b: string | null) => !a || !b || a.startsWith(b) || b.startsWith(a);

const DAY = 86_400_000;
/** The first and last day a TIMEX3 date covers, as UTC milliseconds (a season or week: its year). */
function span(value: string): [number, number] {
  const [y, m, d] = [Number(value.slice(0, 4)), Number(value.slice(5, 7)), Number(value.slice(8, 10))];
  if (/^\d{4}-\d{2}-\d{2}/.test(value)) return [Date.UTC(y, m - 1, d), Date.UTC(y, m - 1, d)];
  if (/^\d{4}-\d{2}$/.test(value)) return [Date.UTC(y, m - 1, 1), Date.UTC(y, m, 0)];
  return [Date.UTC(y, 0, 1), Date.UTC(y, 11, 31)];
}

/**
 * Whether an event dated `date` may be what an article of `published` reports without a date: news
 * reports the days just gone, so an undated "Russia fires a new missile at Dnipro" of November 2024 is
 * not the attack of January 2023 that another article dated.
 */
function reportable(date: string, published: string): boolean {
  if (!/^\d{4}/.test(date)) return true;
  const [start, end] = span(date);
  const day = Date.parse(`${published}T00:00:00Z`);
  return end >= day - 45 * DAY && start <= day + 7 * DAY;
}
const sameOrUnknown = (a: string | null, b: string | null) => !a || !b || a === b;

/**
 * Whether a mention shares more than its type and actor with an event another article reported: a
 * date both give, the thing acted with, or both parties. "Kyiv urges more air defence" in October is
 * not the request to Germany for Taurus of a May article, though neither is dated.
 */
function anchored(
  g: Group,
  draft: EventMentionDraft,
  actor: string | null,
  recipient: string | null,
  date: string | null,
): boolean {
  if (draft.object) return true;
  if (date !== null && g.date !== null) return true;
  return actor !== null && recipient !== null && g.actor === actor && g.recipient === recipient;
}
const precision = (value: string | null) => (value ? value.length : 0);
const STATUS_RANK: EventStatus[] = ["delivered", "occurred", "pledged", "requested", "denied", "hypothetical"];

export class EventTable {
  private readonly groups = new Map<string, Group[]>();

  add(articleId: string, published: string, drafts: readonly EventMentionDraft[]): void {
    // Mentions naming the object first, so that "Tehran denies arming Russia" (a headline, no object)
    // can join the same article's "Iran has repeatedly denied supplying drones to Russia".
    const ordered = [...drafts.filter((d) => d.object), ...drafts.filter((d) => !d.object)];
    /** This article's events that name an object, by type, mode and status class. */
    const withObject = new Map<string, Group[]>();
    for (const draft of ordered) {
      const kind = [draft.type, draft.mode ?? "", statusClass(draft.status)].join("|");
      const key = `${kind}|${draft.object?.id ?? ""}`;
      const actor = draft.actor?.id ?? null;
      const recipient = draft.recipient?.id ?? null;
      const date = draft.date?.value ?? null;
      const list = this.groups.get(key) ?? [];
      // A mention that leaves the recipient or the date unsaid still reports the same event.
      // …but two halves do not make a whole: "the Netherlands delivered drones" and "… supplied fuel to
      // Russian troops" would make the Netherlands supply Russia, which neither says.
      const fits = (g: Group) =>
        sameOrUnknown(g.actor, actor) &&
        sameOrUnknown(g.recipient, recipient) &&
        !(
          (g.actor === null) !== (actor === null) &&
          (g.recipient === null) !== (recipient === null) &&
          (g.actor === null) === (recipient === null)
        ) &&
        compatible(g.date, date) &&
        (g.drafts.some((d) => d.articleId === articleId) || anchored(g, draft, actor, recipient, date)) &&
        (date !== null || g.date === null || reportable(g.date, published)) &&
        (date === null || g.drafts.every((d) => d.draft.date !== null || reportable(date, d.published)));
      // An object-less mention joins the one event of its own article that names an object and fits it.
      const siblings = draft.object ? [] : (withObject.get(kind) ?? []).filter(fits);
      let group = siblings.length === 1 ? siblings[0] : list.find(fits);
      if (!group) {
        group = { key, actor, recipient, date, drafts: [] };
        list.push(group);
        this.groups.set(key, list);
      }
      if (draft.object) {
        const mine = withObject.get(kind) ?? [];
        if (!mine.includes(group)) mine.push(group);
        withObject.set(kind, mine);
      }
      group.actor ??= actor;
      group.recipient ??= recipient;
      if (precision(date) > precision(group.date)) group.date = date;
      group.drafts.push({ draft, articleId, published });
    }
  }

  rows(): { events: Event[]; mentions: EventMention[] } {
    const events: Event[] = [];
    const mentions: EventMention[] = [];
    const groups = [...this.groups.values()].flat();
    const mergeKeys = groups.map((g) => `${g.key}|${g.actor ?? ""}|${g.recipient ?? ""}`);
    const bases = groups.map((g, i) => `${mergeKeys[i]}|${g.date ?? ""}`);
    // Reports too thin to merge across articles ("Kyiv urges more air defence") may share a key and
    // a date with another article's; those events are told apart by where they were first reported.
    const seen = new Map<string, number>();
    for (const base of bases) seen.set(base, (seen.get(base) ?? 0) + 1);
    for (const [i, group] of groups.entries()) {
      const mergeKey = mergeKeys[i] as string;
      const base = bases[i] as string;
      const sorted = group.drafts
        .slice()
        .sort((a, b) => compareUnits(a.articleId, b.articleId) || a.draft.start - b.draft.start);
      const first = sorted[0] as Group["drafts"][number];
      const id = `ev_${sha256Hex((seen.get(base) ?? 0) > 1 ? `${base}|${first.articleId}#${first.draft.start}` : base).slice(0, 12)}`;
      const best = sorted.slice().sort((a, b) => b.draft.confidence - a.draft.confidence)[0]
        ?.draft as EventMentionDraft;
      const status =
        STATUS_RANK.find((s) => sorted.some((d) => d.draft.status === s && best.status === s)) ?? best.status;
      const dated = sorted.find((d) => d.draft.date?.value === group.date)?.draft;
      const published = sorted.map((d) => d.published).sort();
      const articles = new Set(sorted.map((d) => d.articleId));
      const pick = <T>(f: (d: EventMentionDraft) => T | null) =>
        sorted.map((d) => f(d.draft)).find((v) => v !== null && v !== undefined) ?? null;
      const actor = best.actor ?? pick((d) => d.actor);
      const recipient = best.recipient ?? pick((d) => d.recipient);
      const object = best.object ?? pick((d) => d.object);
      const location = pick((d) => d.location);
      const quantity = pick((d) => d.quantity);
      const confidence = 1 - sorted.reduce((p, d) => p * (1 - d.draft.confidence), 1);
      events.push({
        event_id: id,
        type: best.type,
        mode: best.mode,
        cameo: cameoOf(best.type, best.mode, status),
        status,
        actor_id: actor?.id ?? null,
        actor: actor?.name ?? null,
        actor_country: actor?.iso3 ?? null,
        recipient_id: recipient?.id ?? null,
        recipient: recipient?.name ?? null,
        recipient_country: recipient?.iso3 ?? null,
        object_id: object?.id ?? null,
        object: object?.name ?? null,
        quantity_id: quantity?.quantity_id ?? null,
        location_id: location?.id ?? null,
        location: location?.name ?? null,
        date: group.date,
        date_precision: dated?.date?.precision ?? null,
        date_source: dated ? dated.dateSource : "none",
        attribution: pick((d) => d.attribution),
        mention_count: sorted.length,
        article_count: articles.size,
        first_reported: published[0] as string,
        last_reported: published.at(-1) as string,
        confidence: Math.round(Math.min(0.99, confidence) * 100) / 100,
        summary: summaryOf(best.type, status, actor?.name, recipient?.name, object?.name, group.date, best.mode),
        merge_key: mergeKey,
      });
      for (const { draft, articleId, published: reportedOn } of sorted) {
        mentions.push({
          event_id: id,
          article_id: articleId,
          sentence_id: draft.sentence.sentence_id,
          start: draft.start,
          end: draft.end,
          trigger: draft.trigger,
          source_kind: draft.sourceKind,
          reported_on: reportedOn,
          confidence: draft.confidence,
        });
      }
    }
    events.sort((a, b) => compareUnits(a.event_id, b.event_id));
    mentions.sort(
      (a, b) => compareUnits(a.article_id, b.article_id) || a.start - b.start || compareUnits(a.event_id, b.event_id),
    );
    return { events, mentions };
  }
}

/** "United States pledged ATACMS to Ukraine (2023-09-21)", "Russia attacked Ukraine with Iskander". */
function summaryOf(
  type: Event["type"],
  status: EventStatus,
  actor: string | undefined,
  recipient: string | undefined,
  object: string | undefined,
  date: string | null,
  mode: string | null = null,
): string {
  let verb = summaryVerb(type as Parameters<typeof summaryVerb>[0], status);
  const who = actor ?? "Someone";
  let rest: string;
  if (type === "ASSAULT") rest = `${recipient ? ` ${recipient}` : ""}${object ? ` with ${object}` : ""}`;
  else if (type === "AID") rest = ` ${object ?? (mode ? `${mode} aid` : "aid")}${recipient ? ` to ${recipient}` : ""}`;
  else if (type === "DEMAND") {
    // "Ukraine asked Germany for Taurus", not "asked for Taurus to Germany".
    verb = verb.replace(/\s+for$/, "");
    rest = `${recipient ? ` ${recipient}` : ""}${object ? ` for ${object}` : ""}`;
  } else if (type === "CONSULT" || type === "AGREE" || type === "COOPERATE")
    // "Joe Biden met Volodymyr Zelenskyy on Patriot", not "met Patriot to Volodymyr Zelenskyy".
    rest = `${recipient ? ` ${recipient}` : ""}${object ? ` on ${object}` : ""}`;
  else if (type === "THREATEN" || type === "ACCUSE" || type === "PROTEST")
    rest = `${recipient ? ` ${recipient}` : ""}${object ? ` over ${object}` : ""}`;
  else rest = `${object ? ` ${object}` : ""}${recipient ? (object ? ` to ${recipient}` : ` ${recipient}`) : ""}`;
  // "Russia withdrew", not "Russia withdrew from", when the text names nothing after it.
  if (rest === "") verb = verb.replace(/\s+(?:with|to|from|against|for)$/, "");
  return `${who} ${verb}${rest}${date ? ` (${date})` : ""}`.replace(/\s+/g, " ");
}
