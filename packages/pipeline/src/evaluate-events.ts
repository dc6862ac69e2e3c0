/**
 * Scoring events against hand-made gold: a predicted event (one with a mention in the article)
 * matches a gold one of the same type with the same actor (a person's country counts for the
 * country) and no conflicting recipient or object (one left empty does not conflict, nor does a
 * gold object that is a description rather than a name the gazetteer knows; two names that
 * differ do). Reported: precision, recall, status and date accuracy
 * on the matches, and the two errors analysts mind most — actor and recipient swapped, and a
 * pledge recorded as a delivery.
 */

import { gazetteer } from "./entities/gazetteer.js";
import { token } from "./entities/tokenize.js";
import { sameName } from "./evaluate-quotes.js";

export interface GoldEvent {
  readonly type: string;
  readonly actor: string | null;
  readonly recipient: string | null;
  readonly object: string | null;
  readonly status: string;
  readonly date: string | null;
}

export interface PredictedEvent {
  readonly type: string;
  readonly actor: string | null;
  readonly actor_id?: string | null;
  readonly recipient_id?: string | null;
  readonly object_id?: string | null;
  /** The actor's country name, when the actor is a person or institution of one. */
  readonly actorCountry?: string | null;
  readonly recipient: string | null;
  readonly object: string | null;
  readonly status: string;
  readonly date: string | null;
}

export interface EventScores {
  readonly gold: number;
  readonly predicted: number;
  readonly matched: number;
  readonly statusRight: number;
  readonly datesGold: number;
  readonly datesRight: number;
  readonly swaps: number;
  readonly pledgesAsDeliveries: number;
  readonly errors: string[];
}

/** The gazetteer's ID for a gold name ("HIMARS" → weapon:himars), so aliases match. */
function idOf(name: string): string | null {
  const gaz = gazetteer();
  const match = gaz.index.match([token(name, 0, name.length, "word")], 0, true);
  return match ? match.value.id : null;
}

const same = (pred: string | null | undefined, predId: string | null | undefined, gold: string) =>
  sameName(pred ?? null, gold) || (!!predId && predId === idOf(gold));
const fits = (pred: string | null | undefined, predId: string | null | undefined, gold: string | null) =>
  !gold || !pred || same(pred, predId, gold);
const actorFits = (p: PredictedEvent, g: GoldEvent) =>
  !!g.actor && (same(p.actor, p.actor_id, g.actor) || sameName(p.actorCountry ?? null, g.actor));

/** Meetings, agreements and cooperation have two sides and no direction. */
const SYMMETRIC = new Set(["CONSULT", "AGREE", "COOPERATE"]);

function matches(p: PredictedEvent, g: GoldEvent): boolean {
  if (p.type !== g.type) return false;
  if (
    SYMMETRIC.has(g.type) &&
    g.recipient &&
    same(p.recipient, p.recipient_id, g.actor ?? "") &&
    same(p.actor, p.actor_id, g.recipient)
  )
    return fits(p.object, p.object_id, g.object);
  if (!actorFits(p, g)) return false;
  // A described object ("drones and missiles", "long-range weapons") cannot conflict with a named weapon.
  const objectFits = !g.object || !p.object || idOf(g.object) === null || same(p.object, p.object_id, g.object);
  return fits(p.recipient, p.recipient_id, g.recipient) && objectFits;
}

export function scoreEvents(
  gold: ReadonlyMap<string, readonly GoldEvent[]>,
  predicted: ReadonlyMap<string, readonly PredictedEvent[]>,
): EventScores {
  let [goldCount, predCount, matched, statusRight, datesGold, datesRight, swaps, pledges] = [0, 0, 0, 0, 0, 0, 0, 0];
  const errors: string[] = [];
  for (const [id, events] of gold) {
    const preds = [...(predicted.get(id) ?? [])];
    goldCount += events.length;
    predCount += preds.length;
    const used = new Set<number>();
    const missed: GoldEvent[] = [];
    // Pairs that also agree on status are made first: an article that reports a pledge and then its
    // delivery has both scored against their own gold events, whichever the annotator listed first.
    const pairedOf = new Map<GoldEvent, number>();
    for (const g of events) {
      const k = preds.findIndex((p, i) => !used.has(i) && p.status === g.status && matches(p, g));
      if (k >= 0) {
        used.add(k);
        pairedOf.set(g, k);
      }
    }
    for (const g of events) {
      const k = pairedOf.get(g) ?? preds.findIndex((p, i) => !used.has(i) && matches(p, g));
      if (k < 0) {
        missed.push(g);
        continue;
      }
      used.add(k);
      matched++;
      const p = preds[k] as PredictedEvent;
      if (p.status === g.status) statusRight++;
      else errors.push(`${id} status ${p.status} for ${g.status}: ${g.type} ${g.actor} [${g.object}]`);
      if (g.status === "pledged" && p.status === "delivered") pledges++;
      if (g.date) {
        datesGold++;
        if (p.date === g.date) datesRight++;
        else errors.push(`${id} date ${p.date} for ${g.date}: ${g.type} ${g.actor} [${g.object}]`);
      }
    }
    // A swap is a reversed event that reports nothing else: one matched to another gold event, as a
    // strike back reported in the same article is, is not a swap.
    for (const g of missed) {
      const swapped = preds.find(
        (p, i) => !used.has(i) && p.type === g.type && sameName(p.actor, g.recipient) && sameName(p.recipient, g.actor),
      );
      if (swapped) swaps++;
      errors.push(
        `${id} missed ${g.type} ${g.actor} → ${g.recipient} [${g.object}] ${g.status}${swapped ? " (swapped)" : ""}`,
      );
    }
    preds.forEach((p, i) => {
      if (!used.has(i)) errors.push(`${id} extra ${p.type} ${p.actor} → ${p.recipient} [${p.object}] ${p.status}`);
    });
  }
  return {
    gold: goldCount,
    predicted: predCount,
    matched,
    statusRight,
    datesGold,
    datesRight,
    swaps,
    pledgesAsDeliveries: pledges,
    errors,
  };
}

const pct = (n: number, d: number) => (d === 0 ? "  n/a" : ((100 * n) / d).toFixed(1).padStart(5));

export function formatEventScores(s: EventScores): string {
  const p = s.predicted === 0 ? 0 : s.matched / s.predicted;
  const r = s.gold === 0 ? 0 : s.matched / s.gold;
  const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return [
    `events: ${s.gold} gold, ${s.predicted} predicted, ${s.matched} matched (type, actor, recipient, object)`,
    `precision ${pct(s.matched, s.predicted)}   recall ${pct(s.matched, s.gold)}   F1 ${(100 * f1).toFixed(1).padStart(5)}`,
    `status accuracy on matches ${pct(s.statusRight, s.matched)}   date accuracy ${pct(s.datesRight, s.datesGold)}`,
    `actor/recipient swaps ${s.swaps}   pledges recorded as deliveries ${s.pledgesAsDeliveries}`,
  ].join("\n");
}
