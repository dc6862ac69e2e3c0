/**
 * Event mentions in one article: each trigger of the lexicon in a sentence, kept when its type's
 * context holds, with its roles (roles.ts), its status from the words before it in its clause,
 * the attribution of the sentence ("sources … told broadcasters", "the ministry said") and the
 * kind of block it sits in.
 */
import type { Block, Mention, Quantity, Quote, Sentence, TimeExpression } from "@sitrep/core";
import { cues } from "../entities/cues.js";
import { gazetteer, type LinkedMention } from "../entities/index.js";
import { LOOKBACK } from "../quotes/speaker.js";
import { Coverage, sortedByStart, spansWithin } from "../spans.js";
import { announcedOn, reportedOn } from "./circumstances.js";
import { type Clause, clauseAround } from "./clause.js";
import { describesNoAct } from "./filters.js";
import { CONTEXT, type EventStatus, type EventType, modeOf, TRIGGER, type Trigger, triggerOf } from "./lexicon.js";
import { type Named, type Roles, rolesOf } from "./roles.js";
import { asCountry, asState, countryOfPlace, nationOfWeapon, ofPossessor, ownedByState } from "./states.js";
import { statusFromAfter, statusOf, withoutDates } from "./status.js";
import { aimThreats } from "./threats.js";
import { datedByMeeting, listenerAt } from "./told.js";

export interface EventMentionDraft extends Roles {
  readonly type: EventType;
  readonly mode: string | null;
  readonly status: EventStatus;
  readonly trigger: string;
  readonly start: number;
  readonly end: number;
  readonly sentence: Sentence;
  readonly sourceKind: string;
  readonly attribution: string | null;
  readonly quantity: Quantity | null;
  readonly confidence: number;
}

export interface ArticleParts {
  readonly text: string;
  readonly sentences: readonly Sentence[];
  readonly blocks: readonly Block[];
  readonly mentions: readonly Mention[];
  readonly linked: readonly LinkedMention[];
  readonly dates: readonly TimeExpression[];
  readonly quantities: readonly Quantity[];
  readonly quotes: readonly Pick<Quote, "start" | "end" | "speaker_id" | "sentence_id">[];
}

/** States act through their people and institutions: for aid and sanctions the actor is the country. */
const STATE_ACTS = new Set<EventType>(["AID", "SANCTION", "MOBILIZE"]);
const HEADLINE_FUTURE = /^\p{Lu}[\p{L}'’.\s-]{0,40}\s+to\s+$/u;
const DATELINE = /^\p{Lu}[\p{Lu}\s.'-]{2,40}(?:,\s+[\p{L}. ]{2,30})?\s*(?:\([^)]{1,30}\))?\s*[—–]\s/u;
const ATTRIBUTION =
  /\b(?:according to ([^,.;]{3,80})|([^,.;“”"]{3,80}?)\s+(?:said|told|reported|say|says|confirmed))\b/i;

/** Every mention with what the gazetteer knows, in the mentions' order: a demonym stands for its country. */
function asNamed(parts: ArticleParts): Named[] {
  const gaz = gazetteer();
  return parts.mentions.map((mention, i) => {
    const linked = parts.linked[i];
    const known = linked?.known ?? null;
    let id = mention.entity_id;
    let name = linked?.name ?? mention.text;
    if (mention.type === "NORP" && known?.iso3) {
      const country = gaz.byId.get(`gpe:${known.iso3.toLowerCase()}`);
      if (country) [id, name] = [country.id, country.name];
    }
    const isCountry = /^gpe:[a-z]{3}$/.test(id);
    return { mention, id, name, iso3: known?.iso3 ?? null, isPlace: mention.type === "GPE" && !isCountry };
  });
}

/** The mentions that can act or be acted on: a demonym or a capital acting stands for its country. */
function namedMentions(parts: ArticleParts, all: readonly Named[]): Named[] {
  return all.filter((n) => {
    // "U.S.-made ATACMS", "German-built tanks", "Iranian-designed drones": a name in an adjective is no party.
    if (
      /^-(?:made|built|supplied|provided|donated|designed|produced|manufactured|developed|led|backed|based|owned|funded|brokered)\b/.test(
        parts.text.slice(n.mention.end, n.mention.end + 16),
      )
    )
      return false;
    // "Ukrainian Defense Minister Oleksii Reznikov", "Russian positions": a demonym before a name or
    // a noun describes; "Russian forces" and "the Russians" act for the state.
    if (n.mention.type !== "NORP") return true;
    const next = parts.text.slice(n.mention.end, n.mention.end + 40);
    return (
      /^(?:\s+(?:[a-z]+-)?(?:ballistic|cruise|long-range|short-range|hypersonic|guided|kamikaze|attack|combat|naval|air|artillery|armed|special|regular|occupying|invading)){0,2}(?:\s+(?:forces|troops|military|army|navy|government|officials|side|authorities|leadership|soldiers|jets?|warplanes?|drones?|missiles?|artillery|positions|defensive|lines|targets|territory|units|strikes?|attacks?|shells?|rockets?|bombs?|soil|air force|oil|gas|exports?|imports?|companies|firms|banks|entities|individuals|businesses|ships|tankers|vessels|oligarchs))\b/i.test(
        next,
      ) || /s$/.test(n.mention.text)
    );
  });
}

/** What the triggers of one sentence share, worked out once for the sentence. */
interface SentenceScope {
  readonly parts: ArticleParts;
  readonly everyone: readonly Named[];
  readonly sentence: Sentence;
  readonly sentenceText: string;
  /** The sentence's names, less a dateline's place. */
  readonly local: readonly Named[];
  /** The names a pronoun object ("met him") may stand for, back as far as quotes look for a speaker. */
  readonly reach: () => readonly Named[];
  readonly dates: readonly TimeExpression[];
  readonly quantities: readonly Quantity[];
  readonly weapons: boolean;
  readonly quoted: Coverage;
  readonly sourceKind: string;
  /** The sentence's reporting clause ("the ministry said"). */
  readonly attribution: () => RegExpExecArray | false;
}

export function detectEvents(parts: ArticleParts): EventMentionDraft[] {
  const { text, sentences, blocks, dates, quantities, quotes } = parts;
  const everyone = asNamed(parts);
  const named = namedMentions(parts, everyone);
  // Per-sentence views, so a several-MB article costs no more per sentence than a short one.
  const datesByStart = sortedByStart(dates);
  const quantitiesByStart = sortedByStart(quantities);
  const quoted = new Coverage(quotes);
  const blockKind = new Map(blocks.map((b) => [b.block_id, b.kind]));
  const drafts: EventMentionDraft[] = [];
  // Mentions come in text order, as do sentences: each sentence's names are the next run of them.
  let first = 0;
  let back = 0;
  for (const sentence of sentences) {
    while (first < named.length && (named[first] as Named).mention.end <= sentence.start) first++;
    let last = first;
    while (last < named.length && (named[last] as Named).mention.start < sentence.end) last++;
    const sentenceText = text.slice(sentence.start, sentence.end);
    // Most sentences hold no trigger: they need none of the views below.
    TRIGGER.lastIndex = 0;
    const firstTrigger = TRIGGER.exec(sentenceText);
    if (!firstTrigger) continue;
    // "TALLINN, Estonia (AP) — Putin warned …": the place a story was filed from is no party to it.
    const dateline = DATELINE.exec(sentenceText);
    const filed = dateline ? sentence.start + dateline[0].length : sentence.start;
    const party = (n: Named) => n.mention.start >= filed || n.mention.end <= sentence.start;
    const local = dateline ? named.slice(first, last).filter(party) : named.slice(first, last);
    // The window of names reached back to only moves forward, and is cut out only when asked.
    while (back < first && (named[back] as Named).mention.start < sentence.start - LOOKBACK) back++;
    const from = back;
    const to = last;
    let reach: Named[] | undefined;
    let attribution: RegExpExecArray | false | undefined;
    const scope: SentenceScope = {
      parts,
      everyone,
      sentence,
      sentenceText,
      local,
      reach: () => (reach ??= dateline ? named.slice(from, to).filter(party) : named.slice(from, to)),
      dates: spansWithin(datesByStart, sentence.start, sentence.end),
      quantities: spansWithin(quantitiesByStart, sentence.start, sentence.end),
      weapons: local.some((n) => n.mention.type === "WEAPON" && n.mention.end <= sentence.end),
      quoted,
      sourceKind: blockKind.get(sentence.block_id) ?? "body",
      attribution: () =>
        (attribution ??= /\b(?:according to|said|told|reported|says?|confirmed)\b/i.test(sentenceText)
          ? (ATTRIBUTION.exec(sentenceText) ?? false)
          : false),
    };
    for (let m: RegExpExecArray | null = firstTrigger; m; m = TRIGGER.exec(sentenceText)) {
      const info = triggerOf(m[0]);
      if (!info || describesNoAct(m, info, sentenceText)) continue;
      const found = partiesAt(scope, m, info);
      const draft = found && draftOf(scope, m, info, found.roles, found.clause);
      if (draft) drafts.push(draft);
    }
  }
  const aimed = aimThreats({ text, named, quotes, sentences, asCountry }, drafts);
  return datedByMeeting(parts, collapse(text, perWeapon(aimed)));
}

/** The clause and roles of the trigger at `m`, or null when the sentence shows it is no event. */
function partiesAt(scope: SentenceScope, m: RegExpExecArray, info: Trigger): { roles: Roles; clause: Clause } | null {
  const { parts, sentence, sentenceText, quoted } = scope;
  const { text } = parts;
  const start = sentence.start + m.index;
  const end = start + m[0].length;
  // Nouns of violence ("the counteroffensive", "an attack") need the side they hit.
  const noun =
    /^(?:attacks?|offensive|counteroffensive|invasion|assault|strikes?|raid)$/i.test(m[0]) &&
    /\b(?:the|a|an|its|their|his|her|this|that)\s+(?:[\w-]+\s+){0,2}$/i.test(sentenceText.slice(0, m.index));
  // "blamed the attack on the RSF": the one blamed did it, and the blame (ACCUSE) carries that.
  if (noun && /\bblam(?:e|es|ed|ing)\s+(?:[\w-]+\s+){1,3}$/i.test(sentenceText.slice(0, m.index))) return null;
  // A trigger inside a name ("Storm Shadow", "Operation Spiderweb") is part of the name, and one
  // inside a quotation is speech, which quotes.csv keeps.
  if (scope.local.some((n) => n.mention.start < end && start < n.mention.end)) return null;
  if (quoted.contains(start, end)) return null;
  const after = sentenceText.slice(m.index + m[0].length);
  const rest = sentenceText.slice(0, m.index) + after;
  if (info.needsAfter && !info.needsAfter.test(after)) return null;
  if (info.notAfter?.test(after)) return null;
  if (info.needsContext && !scope.weapons && !info.needsContext.test(rest)) return null;
  const context = CONTEXT[info.type];
  if (context && !scope.weapons && !info.ownContext && !context.test(rest)) return null;
  const clause = clauseAround(text, sentence.start, sentence.end, start, end);
  const found = rolesOf(text, clause, sentence, { start, end, info }, scope.reach(), scope.dates, quoted);
  // "… threatens nuclear weapons as protests sweep Russia", "amid strikes on Kyiv": a noun after a
  // subordinator or preposition is someone else's act, not the act of the subject before it.
  const roles =
    found.actor &&
    found.actor.mention.end <= start &&
    !/ing$/i.test(m[0]) &&
    /\b(?:as|amid|amidst|after|despite|following|during|over|against|at)\s+(?:(?:the|new|mass|fresh|widespread|renewed|growing|large|massive|further|more)\s+){0,2}$/i.test(
      sentenceText.slice(0, m.index),
    )
      ? { ...found, actor: null }
      : found;
  if (!roles.actor && !roles.recipient && !roles.object) return null;
  // Violence needs a doer and a target or place: "the counteroffensive" alone is not an event.
  if (info.type === "ASSAULT" && (!roles.actor || (!roles.recipient && !roles.location) || (noun && !roles.recipient)))
    return null;
  // A meeting or an agreement needs two sides: "during a visit to London", "peace talks" are settings.
  if ((info.type === "CONSULT" || info.type === "AGREE") && (!roles.actor || !roles.recipient)) return null;
  if (roles.actor && roles.recipient && roles.actor.id === roles.recipient.id) return null;
  return { roles, clause };
}

/** The event mention of the trigger at `m` with its roles: its mode, status, parties as states, attribution. */
function draftOf(
  scope: SentenceScope,
  m: RegExpExecArray,
  info: Trigger,
  roles: Roles,
  clause: Clause,
): EventMentionDraft | null {
  const { parts, sentence, sentenceText, quoted, sourceKind } = scope;
  const sentenceDates = scope.dates;
  const { text } = parts;
  const start = sentence.start + m.index;
  const end = start + m[0].length;
  let mode = info.mode;
  if (info.type === "AID" && !info.mode) mode = roles.object ? "military" : modeOf(sentenceText, m.index + m[0].length);
  if (info.type === "AID" && !mode) return null;
  // The words before the trigger that set its status; a quotation's words are the speaker's ("There
  // may be people under the rubble," he wrote, urging residents …).
  const leadFrom = Math.max(clause.start, start - 70);
  let lead = "";
  for (let i = leadFrom; i < start; i++) lead += quoted.covers(i) ? " " : text[i];
  // "declined on Friday to approve deliveries", "will on Monday send": a date inside the cue is
  // no word of it, so it is read as "declined to approve".
  if (sentenceDates.some((d) => d.end <= start && d.start >= leadFrom))
    lead = withoutDates(lead, leadFrom, sentenceDates);
  let status = statusOf(info, info.type, lead, m[0]);
  // A headline's "Germany to send Leopard tanks" announces.
  if (status === "occurred" && HEADLINE_FUTURE.test(sentenceText.slice(0, m.index))) status = "pledged";
  status = statusFromAfter(m[0], lead, sentenceText.slice(m.index + m[0].length)) ?? status;
  const attribution = scope.attribution();
  const attributedTo = attribution ? (attribution[1] ?? attribution[2] ?? "").trim() : "";
  const stateActor = STATE_ACTS.has(info.type)
    ? asState(ownedByState(asCountry(roles.actor), scope.everyone, text))
    : ofPossessor(asCountry(roles.actor), scope.everyone, text);
  // "the facility in Rostov Oblast supplied fuel": a region or town does not give aid or impose sanctions.
  const placed =
    stateActor &&
    (stateActor.isPlace ||
      stateActor.mention.type === "FACILITY" ||
      (stateActor.mention.type === "LOC" && cues.regionSuffixes.has(stateActor.name.split(" ").at(-1) ?? "")));
  // "two officials told The Associated Press": a news agency reports events, it does not act in them.
  const reporter = stateActor?.mention.type === "ORG" && gazetteer().kindOf.get(stateActor.id) === "news agency";
  const actor =
    (STATE_ACTS.has(info.type) && placed) || reporter
      ? null
      : (stateActor ??
        (info.type === "AID"
          ? nationOfWeapon(roles.object, asCountry(roles.recipient), scope.everyone, text, clause)
          : null));
  const quantity =
    scope.quantities.find((q) => q.start >= clause.start && q.end <= clause.end && q.normalized_unit !== "percent") ??
    null;
  const confidence =
    0.4 +
    (actor ? 0.2 : 0) +
    (roles.recipient ? 0.1 : 0) +
    (roles.object ? 0.1 : 0) +
    (roles.date ? 0.1 : 0) -
    (sourceKind === "body" || sourceKind === "social" ? 0 : 0.2);
  let recipient = STATE_ACTS.has(info.type)
    ? asState(asCountry(roles.recipient))
    : info.type === "ASSAULT"
      ? countryOfPlace(roles.recipient, scope.everyone)
      : ofPossessor(asCountry(roles.recipient), scope.everyone, text);
  // "Biden informed his Ukrainian counterpart that his administration will provide the cluster
  // munitions": aid promised to a listener goes to the listener's country.
  if (info.type === "AID" && !recipient) {
    const listener = asState(scope.everyone[listenerAt(text, parts.mentions, sentence.start, start)] ?? null);
    if (listener && /^gpe:[a-z]{3}$/.test(listener.id)) recipient = listener;
  }
  // "The United States will provide Washington's Patriot": one party is no event between two.
  if (recipient && actor && recipient.id === actor.id) recipient = null;
  // "Boeing delivered the final 717 jet to AirTran Airways": a company's delivery to anyone but a
  // state is a sale, not aid.
  if (
    info.type === "AID" &&
    actor?.mention.type === "ORG" &&
    gazetteer().kindOf.get(actor.id) === "company" &&
    !(recipient && /^gpe:[a-z]{3}$/.test(recipient.id))
  )
    return null;
  // "Ukraine's Western allies pledged new air defence systems": no party and no weapon left says nothing
  // an analyst can use, and it would join whichever pledge of the day names a giver.
  if (!actor && !recipient && !roles.object) return null;
  // "Kyiv's allies met in Kyiv": a meeting or an agreement left with one side is none.
  if ((info.type === "CONSULT" || info.type === "AGREE") && !recipient) return null;
  // "Iran denied on Monday that it had supplied …", "warned on Tuesday that supplying weapons would …":
  // the day is the denial's or the warning's; what is denied or only supposed has none of its own
  // ("said Tuesday that Berlin is considering whether to send" is considered that day).
  const undated =
    roles.date !== null &&
    (status === "denied" ||
      (status === "hypothetical" && /\b(?:would|could|might)\b/.test(text.slice(roles.date.end, sentence.end)))) &&
    reportedOn(text, roles.date, start);
  // "Germany will send Ukraine two more IRIS-T systems …, Defence Minister Katrin Vollmer said on Monday":
  // a pledge is made when it is announced, however far the announcing verb stands from its trigger.
  const announced = status === "pledged" && !roles.date ? announcedOn(text, sentenceDates, start) : null;
  // Spelled out rather than spread from `roles`: every draft gets one hidden class.
  return {
    actor,
    recipient,
    object: roles.object,
    objects: roles.objects,
    location: roles.location,
    date: undated ? null : (announced ?? roles.date),
    dateSource: undated ? "none" : announced ? "sentence" : roles.dateSource,
    type: info.type,
    mode,
    status,
    trigger: m[0],
    start,
    end,
    sentence,
    sourceKind,
    attribution: attributedTo && !(actor && attributedTo.includes(actor.mention.text)) ? attributedTo : null,
    quantity,
    confidence: Math.round(Math.max(0.1, Math.min(0.95, confidence)) * 100) / 100,
  };
}

/** "will provide the cluster munitions, and the ATACMS": one aid event per weapon. */
function perWeapon(drafts: EventMentionDraft[]): EventMentionDraft[] {
  return drafts.flatMap((d) =>
    d.type === "AID" && d.objects.length > 1 ? d.objects.map((object) => ({ ...d, object })) : [d],
  );
}

/** "pledged to provide ATACMS", "agreed to send": two triggers of one event make one mention, the stronger status kept. */
function collapse(text: string, drafts: EventMentionDraft[]): EventMentionDraft[] {
  const out: EventMentionDraft[] = [];
  for (const d of drafts) {
    const twin = out.find(
      (o) =>
        o.type === d.type &&
        o.sentence === d.sentence &&
        ((/^\s+to\s+(?:\w+\s+)?$/i.test(text.slice(o.end, d.start)) &&
          (o.object?.id ?? null) === (d.object?.id ?? null)) ||
          // "launched airstrikes on Gaza overnight, killing at least 20": the participle tells the same attack.
          (d.type === "ASSAULT" && /ing$/i.test(d.trigger) && /^[^.;,]{0,80},\s*$/.test(text.slice(o.end, d.start)))),
    );
    if (!twin) {
      out.push(d);
      continue;
    }
    const merged: EventMentionDraft = {
      ...twin,
      actor: twin.actor ?? d.actor,
      recipient: twin.recipient ?? d.recipient,
      object: twin.object ?? d.object,
      status: twin.status === "occurred" ? d.status : twin.status,
    };
    out[out.indexOf(twin)] = merged;
  }
  return out;
}
