/**
 * Who and what an event trigger's clause names: the actor (the nearest name before the trigger
 * that is not the object of a preposition, or the agent of a passive "by X"), the recipient (a
 * name right after the trigger or after "to", "with", "on", "against"), the object (a weapon), the
 * location ("in", "at", "near") and the date (a date of the clause, else of the sentence).
 */
import type { Mention, TimeExpression } from "@sitrep/core";
import { genderOfFirstName } from "../entities/gazetteer.js";
import type { Coverage } from "../spans.js";
import { placeOf, weaponsOf, whenOf } from "./circumstances.js";
import type { Clause } from "./clause.js";
import type { Trigger } from "./lexicon.js";
import { PRONOUN_SUBJECT, SAID_IT } from "./subjects.js";

/** A mention with what the gazetteer knows of it. */
export interface Named {
  readonly mention: Mention;
  readonly id: string;
  readonly name: string;
  readonly iso3: string | null;
  /** A city or region rather than a country (a GPE whose ID is not a country's). */
  readonly isPlace: boolean;
}

export interface Roles {
  readonly actor: Named | null;
  readonly recipient: Named | null;
  readonly object: Named | null;
  /** All weapons named after the trigger; an aid event is recorded once per weapon. */
  readonly objects: readonly Named[];
  readonly location: Named | null;
  readonly date: TimeExpression | null;
  readonly dateSource: "clause" | "sentence" | "meeting" | "none";
}

const PARTIES = new Set(["PERSON", "ORG", "GPE", "NORP", "FACILITY"]);
const OBJECT_OF =
  /\b(?:to|with|for|from|against|on|of|in|at|into|near|over|across|toward|towards|by|than|about|like|including|between)\s+(?:the\s+|its\s+|their\s+)?$/i;
/** Who something comes from: "from Germany", "from the government of Canada". */
const FROM = /\bfrom\s+(?:the\s+)?(?:(?:federal\s+|national\s+)?government\s+of\s+(?:the\s+)?)?$/i;
const PASSIVE = /\b(?:was|were|been|being|is|are|be|got)\s+(?:\w+ly\s+)?$/i;
/** "has come under repeated attack", "came under fire": what comes under an assault is its target. */
const UNDER_ATTACK = /\b(?:come|comes|came|coming)\s+under\s+(?:[a-z-]+\s+){0,2}$/i;
/** Acts whose passive subject is the one acted on ("was arrested", "were shelled", "was sanctioned", "were freed"). */
const PATIENT_SUBJECT = new Set(["COERCE", "ACCUSE", "SANCTION", "ASSAULT", "THREATEN", "CONCEDE"]);
/** A past participle, as a passive has ("arrested", "struck", "shot"); not "has been attacking". */
const PARTICIPLE = /(?:ed|struck|hit|shot|seized|held|beaten|taken|caught|thrown)$/i;
/** Between a passive's subject and its verb: an apposition or a relative pronoun, auxiliaries, adverbs. */
const PASSIVE_SUBJECT_GAP =
  /^\s*(?:,[^,;]{0,80}?\s)?(?:(?:who|which|that)\s+)?(?:(?:has|have|had|was|were|is|are|been|being|be|got|also|later|then|\w+ly)\s+)*$/i;
/** A speaker's or judge's verb, then the event as a noun: "said the mobilization", "welcomed the new sanctions". */
const SPOKEN_OF =
  /^[^;]*?\b(?:said|says|told|welcomed|welcomes|condemned|condemns|critici[sz]ed|denied|denies|praised|hailed|dismissed|reported|seen|saw|noted|called)\b[^;]*\b(?:the|a|an|these|those|any|no|mass|new|such)\s+(?:(?!(?:would|will|could|can|may|might|must|should|to|has|have|had|was|were|is|are|be|been|did|does|do)\s)[\w-]+\s+){0,2}$/i;

function inClause(named: readonly Named[], clause: Clause, quoted: Coverage) {
  return named.filter(
    (n) =>
      n.mention.start >= clause.start &&
      n.mention.end <= clause.end &&
      !quoted.contains(n.mention.start, n.mention.end),
  );
}

export function rolesOf(
  text: string,
  clause: Clause,
  sentence: { start: number; end: number },
  trigger: { start: number; end: number; info: Trigger },
  named: readonly Named[],
  /** The sentence's dates. */
  dates: readonly TimeExpression[],
  quoted: Coverage,
): Roles {
  const here = inClause(named, clause, quoted);
  const lead = (n: Named) => text.slice(Math.max(clause.start, n.mention.start - 30), n.mention.start);
  const parties = here.filter((n) => PARTIES.has(n.mention.type));
  // "In Kharkiv, Ukraine's second-largest city, drones struck": a possessor inside an apposition is no doer.
  const described = (n: Named) =>
    /,\s*$/.test(text.slice(n.mention.start - 3, n.mention.start)) &&
    /^['’]s\s+[^,;]{1,40},/.test(text.slice(n.mention.end, n.mention.end + 48));
  // "…, the Lebanese health ministry says, after rockets were fired": a source set off by commas reports, it does not act.
  // "…, the Sudan Doctors Network said, calling for their release" is the source's own act.
  const triggerText = text.slice(trigger.start, trigger.end);
  /** "arrested", "struck": the form a passive has (PARTICIPLE), not "has been attacking". */
  const pastParticiple = PARTICIPLE.test(triggerText);
  const participle = /ing(?:\s+\w+)?$/i.test(triggerText);
  const source = (n: Named) =>
    !participle &&
    /^\s+(?:says|said|reported|reports|told\s+\w+|added|claimed|confirmed|announced)\s*,/.test(
      text.slice(n.mention.end, n.mention.end + 24),
    );
  // "In the rebel-held capital, Sanaa, tens of thousands rallied": a place set off after a preposition's noun is where.
  const apposedPlace = (n: Named) =>
    (n.isPlace || n.mention.type === "LOC" || n.mention.type === "FACILITY") &&
    text[n.mention.end] === "," &&
    /\b(?:in|at|near|from|outside|into)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}[\w-]+,\s*$/i.test(lead(n));
  // "Ukraine's Western allies promised …": the allies act, not Ukraine.
  const groupOf = (n: Named) =>
    /^['’]s\s+(?:(?:Western|European|NATO|closest|key|foreign|international)\s+)?(?:allies|partners|backers|supporters|friends|neighbou?rs|donors)\b/i.test(
      text.slice(n.mention.end, n.mention.end + 40),
    );
  const before = parties.filter(
    (n) =>
      n.mention.end <= trigger.start &&
      !OBJECT_OF.test(lead(n)) &&
      !described(n) &&
      !source(n) &&
      !apposedPlace(n) &&
      !groupOf(n),
  );
  const after = parties.filter((n) => n.mention.start >= trigger.end);
  const tail = text.slice(trigger.end, clause.end);

  // The doer stands close before its verb; a name a clause away is someone else's subject.
  let actor: Named | null = before.filter((n) => trigger.start - n.mention.end <= 100).at(-1) ?? null;
  // "will enable Kyiv's military to strike", "allow the troops to attack": the doer is whom the verb lets.
  const enabler =
    /\b(?:allow|allows|allowed|enable|enables|enabled|let|lets|help|helps|helped|permit|permits|authori[sz]e[sd]?|call(?:s|ed|ing)?\s+on|urge[sd]?|urging|ask(?:s|ed|ing)?|press(?:es|ed|ing)?)\s+((?:\S+\s+){0,10})to\s+$/i.exec(
      text.slice(clause.start, trigger.start),
    );
  if (enabler) {
    const from = trigger.start - enabler[0].length;
    // "called on Europe to impose sanctions": a region can be asked too.
    actor =
      here.find(
        (n) =>
          (PARTIES.has(n.mention.type) || n.mention.type === "LOC") &&
          n.mention.start >= from &&
          n.mention.end <= trigger.start,
      ) ?? null;
  }
  // "He accused Western countries …": a subject pronoun stands for the last person of its gender named before.
  if (!actor) {
    const pronoun = PRONOUN_SUBJECT.exec(text.slice(clause.start, trigger.start))?.[1]?.toLowerCase();
    if (pronoun) {
      const want = pronoun === "she" ? "female" : "male";
      actor =
        named
          .filter((n) => n.mention.type === "PERSON" && n.mention.end <= clause.start)
          .filter((n) => genderOfFirstName(n.name.split(/\s+/)[0] ?? "") !== (want === "male" ? "female" : "male"))
          .at(-1) ?? null;
    }
  }
  // "Dmytro Kuleba, Ukraine's foreign minister, criticised …", "Dmitry Peskov, Vladimir Putin's
  // spokesperson, warned …": the person before the apposition, not a name inside it.
  const person = before
    .filter(
      (n) =>
        n.mention.type === "PERSON" &&
        /^\s*,[^,;]{1,80},\s*(?:\w+ly\s+)?$/.test(text.slice(n.mention.end, trigger.start)),
    )
    .at(0);
  if (actor && person) actor = person;
  // "Wallace … told MPs the weapons would give Ukraine …": what a speaker reports of a thing is not his act.
  if (
    actor &&
    !enabler &&
    /\b(?:said|says|told|tells|warned|announced|added|insisted|argued|stressed|noted)\s+(?:(?:MPs|reporters|journalists|lawmakers|parliament|senators|Congress)\s+)?(?:that\s+)?(?:the|a|an|these|those|this|such)\s+[^,;]*\b(?:would|will|could|can|might|may|should|must|is|are|was|were|has|have|had)\s+[^,;]*$/.test(
      text.slice(actor.mention.end, trigger.start),
    )
  )
    actor = null;
  // "Peskov said he had seen no evidence of mass protests", "Kuleba welcomed the new sanctions": an
  // event named as a noun after someone's own verb is what they speak of, not what they did.
  if (actor && !enabler && SPOKEN_OF.test(text.slice(actor.mention.end, trigger.start))) actor = null;
  // "Poland, which delivered its first tanks in February, has said it will send more", "Belgium's defense
  // ministry said the … jets it has promised Ukraine": "it" in what a state or a body reports is the one
  // reporting, however long the clause between; looked for once the rules above have had their say.
  if (!actor && SAID_IT.test(text.slice(clause.start, trigger.start)))
    actor = before.find((n) => n.mention.type === "GPE" || n.mention.type === "ORG") ?? null;
  // "exchanged prisoners in a swap", "as part of a prisoner exchange": a noun adjunct's doer is the clause's subject.
  if (
    /\b(?:in|as part of|under)\s+(?:a|an|the)\s+(?:[\w-]+\s+)?$/i.test(text.slice(clause.start, trigger.start)) &&
    before[0]
  )
    actor = before[0];
  // "repelled dozens of Russian attacks", "Russia's strikes": a nationality or state right before a noun trigger is its doer.
  const owner = parties.find(
    (n) =>
      (n.mention.type === "NORP" || n.mention.type === "GPE") &&
      /^(?:['’]s)?\s+$/.test(text.slice(n.mention.end, trigger.start)) &&
      /s$/i.test(triggerText),
  );
  if (owner) actor = owner;
  // "Zelensky said the jets were too few and urged partners …": a coordinated verb shares the subject,
  // which is the person a name before it only qualifies ("Kremlin spokesman Dmitry Peskov said … and warned").
  // "Washington imposed sanctions on X, a brother of Y, accusing him of …": so does a participle after a comma.
  const shared =
    /\band\s+(?:\w+ly\s+)?(?:also\s+)?$/i.test(text.slice(clause.start, trigger.start)) ||
    (/ing$/i.test(triggerText) && /,\s*(?:\w+ly\s+)?$/.test(text.slice(clause.start, trigger.start)));
  if (shared && before[0]) {
    const [head, next] = before;
    // "Yemen's Houthi rebels fired …, killing one sailor": a possessor's party is the subject, not the possessor.
    const between = next ? text.slice(head.mention.end, next.mention.start) : "";
    // "Russia accused Ukraine of hitting a building, killing one woman": the accused did what follows.
    const accused =
      next &&
      /\b(?:accused|accuses|accusing|blamed|blames|blaming)\s+(?:the\s+)?$/i.test(between) &&
      /^\s+(?:of|for)\s+\w+ing\b/i.test(text.slice(next.mention.end, trigger.start));
    actor =
      next &&
      (accused ||
        (next.mention.type === "PERSON" && /^(?:['’]s)?\s+(?:[\p{L}-]+\s+){0,3}$/u.test(between)) ||
        /^['’]s\s+(?:[\p{L}-]+\s+){0,2}$/u.test(between))
        ? next
        : head;
  }
  // "Britain and EU hit Russia with new sanctions": the name between the verb and "with" is the target.
  let target: Named | null = null;
  if (
    trigger.info.type === "SANCTION" &&
    actor &&
    /^\s+with\s+(?:[\w-]+\s+){0,2}$/i.test(text.slice(actor.mention.end, trigger.start)) &&
    /\b(?:hit|hits|slapped|slaps|targeted|targets|punished|punishes)\s+(?:the\s+)?$/i.test(
      text.slice(clause.start, actor.mention.start),
    )
  ) {
    target = actor;
    actor = before.filter((n) => n.mention.end <= (target as Named).mention.start).at(-1) ?? null;
  }
  // "were delivered to Ukraine by the United States": the agent follows.
  // "Medvedchuk, who had been arrested in Ukraine", "firms in China accused of shipping parts", "hundreds
  // detained at protests": the one arrested or accused, with no "by", is whom it was done to; nobody did it.
  const reduced =
    (trigger.info.type === "ACCUSE" &&
      /^(?:accused|charged|suspected)$/i.test(triggerText) &&
      /^\s+(?:of|with)\s/i.test(tail)) ||
    (trigger.info.type === "COERCE" &&
      /^(?:arrested|detained|jailed|imprisoned|captured|abducted|kidnapped)$/i.test(triggerText) &&
      /^\s+(?:at(?!\s+least)|in|during|after|over|for|on)\s/i.test(tail)) ||
    // "Four Armenian soldiers killed in border shooting": the ones killed, in a headline's reduced passive.
    (trigger.info.type === "ASSAULT" &&
      /^(?:killed|wounded|injured)$/i.test(triggerText) &&
      /^\s+(?:in|during|near|after|on)\s/i.test(tail)) ||
    // "two North Korean soldiers captured by Ukrainian forces", "Leopard tanks supplied by Poland": a
    // participle with its agent right after.
    ((PATIENT_SUBJECT.has(trigger.info.type) || trigger.info.type === "AID") &&
      pastParticiple &&
      /^\s+by\s/i.test(tail));
  const auxiliary = PASSIVE.test(text.slice(clause.start, trigger.start));
  // "Odesa has come under repeated attack", "came under heavy fire from Russian forces": the subject is the target.
  const underAttack = trigger.info.type === "ASSAULT" && UNDER_ATTACK.test(text.slice(clause.start, trigger.start));
  const passive = auxiliary || reduced || underAttack;
  const agent = after.find((n) => /\bby\s+(?:the\s+)?$/i.test(lead(n)));
  let subject: Named | null = null;
  if (passive && agent) [subject, actor] = [actor, agent];
  else if (passive && PATIENT_SUBJECT.has(trigger.info.type) && pastParticiple) {
    // The name before is the one acted on only as the passive's own subject ("Medvedchuk, a politician
    // who had been arrested"; "Turkey accused of"), not when another clause comes between ("Putin said
    // protesters were detained"), where nobody named is either.
    const gap = actor ? text.slice(actor.mention.end, trigger.start) : "";
    subject = actor && (auxiliary ? PASSIVE_SUBJECT_GAP.test(gap) : /^\s*$/.test(gap)) ? actor : null;
    actor = null;
  } else if (underAttack) {
    subject = actor;
    actor = after.find((n) => FROM.test(lead(n))) ?? null;
  }
  // "GM and Chrysler were given loans from the government": given to the subject, by whoever it came from.
  else if (
    passive &&
    actor &&
    trigger.info.type === "AID" &&
    /^(?:given|granted|offered|sent|promised)$/i.test(triggerText) &&
    /^\s+(?:(?:has|have|had)\s+)?(?:been|was|were|is|are|be|got)\s+(?:\w+ly\s+)?$/i.test(
      text.slice(actor.mention.end, trigger.start),
    )
  ) {
    subject = actor;
    actor = after.find((n) => FROM.test(lead(n))) ?? null;
  }
  // "drones, which Western officials say were delivered earlier this year": what was delivered is the
  // passive's subject, and whoever delivered it goes unnamed.
  else if (auxiliary && trigger.info.type === "AID" && pastParticiple) actor = null;
  // "shipment of missiles to Ukraine by its Western allies": a noun's doer is its "by", if any.
  // "declined to approve deliveries of its Leopard tanks": the possessive points back to the
  // subject, who is then the doer ("its deliveries" alone may be anyone's).
  // "will transfer six F-16s" is the verb, whose subject gives; "the transfer of" the noun.
  const transferNoun =
    /^transfers?$/i.test(triggerText) &&
    (/^\s+of\s/i.test(tail) ||
      /\b(?:the|a|an|its|their|his|her|this|that|these|those|any|further|new|first|arms|weapons?)\s+$/i.test(
        text.slice(clause.start, trigger.start),
      ));
  if (/^(?:shipments?|deliver(?:y|ies))$/i.test(triggerText) || transferNoun) {
    const own = /^\s+of\s+(?:its|their)\s/i.test(text.slice(trigger.end, trigger.end + 12));
    // "after Canberra announced the transfer", "Biden approved the shipment": who announces or approves
    // a transfer is its giver.
    const announced =
      /\b(?:announced|approved|authori[sz]ed|ordered)\s+(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,2}$/i.test(
        text.slice(clause.start, trigger.start),
      );
    actor = agent ?? (own || announced ? actor : null);
  }
  // "Ukraine received HIMARS from the United States", "will receive": the subject is the recipient.
  // "the most recent one arrived in Ukraine in December": what arrived is the thing; the place is whose.
  const receiving = /^receiv(?:e|es|ed|ing)$/i.test(triggerText);
  const arriving = /^arrived$/i.test(triggerText);
  if (receiving || arriving) {
    subject = receiving
      ? actor
      : (after.find((n) => /\b(?:in|at)\s+(?:the\s+)?$/i.test(lead(n)) && n.mention.type === "GPE") ?? null);
    // "Germany's third Patriot system arrived in Ukraine": a state owning what arrived in another sent it.
    const weapon = here.find((w) => w.mention.type === "WEAPON" && w.mention.end <= trigger.start);
    const place = subject;
    const owner =
      arriving && weapon && place
        ? parties.find(
            (n) =>
              /^gpe:[a-z]{3}$/.test(n.id) &&
              n.id !== place.id &&
              n.mention.end < weapon.mention.start &&
              /^['’]s\s+(?:[\w-]+\s+){0,2}$/u.test(text.slice(n.mention.end, weapon.mention.start)),
          )
        : undefined;
    actor = after.find((n) => FROM.test(lead(n))) ?? owner ?? null;
  }

  const type = trigger.info.type;
  // "to send France's version of the missile": a possessor is not whom the act is for.
  const direct = after.find(
    (n) =>
      n !== agent &&
      n !== actor &&
      !/\b(?:from|by|in|at|near|of)\s+(?:the\s+)?$/i.test(lead(n)) &&
      // "at NATO headquarters in Brussels, Belgium": a country after a place's comma says where that place is.
      !here.some(
        (p) =>
          (p.isPlace || p.mention.type === "LOC") &&
          p.mention.end < n.mention.start &&
          /^,\s*$/.test(text.slice(p.mention.end, n.mention.start)),
      ) &&
      !/^['’]s\s/.test(text.slice(n.mention.end, n.mention.end + 3)) &&
      // "to send Saab Gripen jets": a maker's name before its weapon's is no recipient.
      !(
        n.mention.type === "ORG" &&
        here.some((w) => w.mention.type === "WEAPON" && w.mention.start === n.mention.end + 1)
      ),
  );
  const immediate =
    direct &&
    /^\s*(?:(?:with|to|on|against|at|for)\s+)?(?:the\s+)?$/i.test(text.slice(trigger.end, direct.mention.start))
      ? direct
      : null;
  let recipient: Named | null = null;
  if (receiving || arriving || (passive && subject)) recipient = subject;
  else if (type === "AID") recipient = after.find((n) => /\b(?:to|for)\s+(?:the\s+)?$/i.test(lead(n))) ?? immediate;
  else if (type === "SANCTION")
    // "adopted its 13th sanctions package against Russia", "imposed sanctions on Iranian officials".
    recipient = target ?? after.find((n) => /\b(?:on|against)\s+(?:the\s+)?$/i.test(lead(n))) ?? immediate;
  else if (type === "ASSAULT") {
    // "pounded the southern city of Kherson", "struck Kyiv", "the shelling of Mariupol", "launched 472
    // drones and seven missiles at Ukraine": a place or party hit, regions included.
    const hit = here.filter(
      (n) => n.mention.start >= trigger.end && (PARTIES.has(n.mention.type) || n.mention.type === "LOC"),
    );
    const target =
      hit.find((n) =>
        /^\s*(?:(?:on|against|at|in|of)\s+)?(?:(?:the|an?)\s+)?(?:[\w-]+\s+){0,3}(?:of\s+|in\s+)?$/i.test(
          text.slice(trigger.end, n.mention.start),
        ),
      ) ?? hit.find((n) => /\b(?:at|on|against|into)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,3}(?:of\s+)?$/i.test(lead(n)));
    recipient = target && target.mention.type !== "PERSON" ? target : null;
  } else if (!/^\s*that\b/i.test(tail))
    // A meeting's other side is met, talked with or visited ("held talks in Riyadh with Saudi officials"),
    // not whatever the clause names later ("discussed using nuclear weapons against Russia").
    // "in talks with several automakers to replace GM", "met … at the same time that the IMF held its
    // meetings": a name past another clause's word is someone else's business.
    recipient =
      immediate ??
      (type === "CONSULT" &&
      direct &&
      !/\b(?:against|for|on|over|about)\s+(?:the\s+)?$/i.test(lead(direct)) &&
      !/\b(?:to|that|which|who|whom|when|while|as|after|before|because|since|where|and|but|or)\b/i.test(
        text.slice(trigger.end, direct.mention.start),
      )
        ? direct
        : null);
  // "blamed the attack on the Rapid Support Forces": whom the blame is put on.
  if (type === "ACCUSE" && !recipient && /^blam/i.test(triggerText))
    recipient =
      after.find((n) =>
        /^\s+(?:the|an?|this|that|these|those|its|their)\s+(?:[\w-]+\s+){1,3}on\s+(?:the\s+)?$/i.test(
          text.slice(trigger.end, n.mention.start),
        ),
      ) ?? null;
  // "who met him at the White House": an object pronoun is the person named before, not the actor.
  if (/^\s*(?:with\s+)?(?:him|her)\b/i.test(tail)) {
    recipient =
      named.filter((n) => n.mention.type === "PERSON" && n.mention.end <= trigger.start && n.id !== actor?.id).at(-1) ??
      null;
  }
  // "met the US defence secretary, Lloyd Austin": the person the country's name only qualifies.
  if (recipient && (recipient.mention.type === "GPE" || recipient.mention.type === "NORP") && type !== "ASSAULT") {
    const holder = after.find((n) => n.mention.start >= (recipient as Named).mention.end);
    if (
      holder?.mention.type === "PERSON" &&
      /^\s*(?:[\w-]+\s+){0,4}[\w-]+,?\s*$/.test(text.slice(recipient.mention.end, holder.mention.start))
    )
      recipient = holder;
  }
  if (recipient && actor && recipient.id === actor.id) recipient = null;

  const { object, objects } = weaponsOf(text, here, trigger);
  let location = placeOf(here, lead, trigger.end);
  // An attack on a city: the city is where (detect.ts makes its country the recipient).
  if (type === "ASSAULT" && recipient?.isPlace) location ??= recipient;
  const { date, dateSource } = whenOf(text, dates, trigger, clause, sentence);
  return { actor, recipient, object, objects, location, date, dateSource };
}
