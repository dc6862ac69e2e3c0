/** Who a pronoun is: the latest sentence subject of matching gender, from titles and first names. */
import type { Mention, Sentence } from "@sitrep/core";
import { genderOfFirstName } from "../entities/gazetteer.js";
import { sentenceAt } from "../segment.js";
import { cues, lookbackFrom, partiesIn, type SpeakerContext } from "./context.js";

function mentionGender(ctx: SpeakerContext, m: Mention): "male" | "female" | null {
  const role = m.role ?? ctx.text.slice(Math.max(0, m.start - 6), m.start);
  if (/\b(?:Ms|Mrs|Miss|Madam|Lady|Queen)\b/.test(role)) return "female";
  if (/\b(?:Mr|Sir|King|Lord)\b/.test(role)) return "male";
  return m.text.includes(" ") ? genderOfFirstName(m.text.split(/\s+/)[0] ?? "") : null;
}

/** Each person's gender as any mention of them shows it, worked out once per article. */
const genders = new WeakMap<readonly Mention[], Map<string, "male" | "female">>();

/** A person's gender as any mention of them shows it: "Brooks" is Kayla Brooks, so "she". */
function genderOf(ctx: SpeakerContext, m: Mention): "male" | "female" | null {
  let byEntity = genders.get(ctx.mentions);
  if (!byEntity) {
    byEntity = new Map();
    for (const other of ctx.mentions) {
      const g = other.type === "PERSON" && !byEntity.has(other.entity_id) ? mentionGender(ctx, other) : null;
      if (g) byEntity.set(other.entity_id, g);
    }
    genders.set(ctx.mentions, byEntity);
  }
  return mentionGender(ctx, m) ?? byEntity.get(m.entity_id) ?? null;
}

/** Who "he", "she", "it" or "they" at `at` is: the latest sentence subject that fits, else the nearest name that does. */
export function antecedent(ctx: SpeakerContext, pronoun: string, at: number, maxGap = 2): Mention | null {
  const type = cues.pronouns[pronoun];
  const want = pronoun === "she" ? "female" : pronoun === "he" ? "male" : null;
  const fits = (m: Mention) =>
    (type === "ANY" || m.type === type || (type === "ORG" && m.type === "GPE")) &&
    (!want || genderOf(ctx, m) !== (want === "male" ? "female" : "male"));
  const before = partiesIn(ctx, lookbackFrom(at), at).filter((m) => m.block_kind !== "caption" && fits(m));
  // A subject follows the sentence start, a comma, a conjunction or a title, not a verb or a preposition.
  const subjects = before.filter((m) => {
    const s = ctx.sentences[sentenceAt(ctx.sentences, m.start)] as Sentence;
    const previous = lastWordBefore(ctx.text, s.start, m.start);
    // …or comes right before a finite verb ("SPD co-leader Saskia Esken was blunter").
    const next = /^\s*([\p{L}']+)/u.exec(ctx.text.slice(m.end, m.end + 20))?.[1] ?? "";
    return (
      previous === "" ||
      /[,;:(“"]$/.test(previous) ||
      /[.!?]["”’)]?$/.test(previous) ||
      /^(?:and|but|while|that|when|as|because|\p{Lu}[\p{L}.]*)$/u.test(previous) ||
      /^(?:was|were|is|are|has|have|had|said|says|told|tells|did|does|will|would|can|could|[a-z]{3,}ed)$/.test(next)
    );
  });
  const nearestSubject = subjects.at(-1);
  const nearest = before.at(-1);
  // A name of the pronoun's known gender in this sentence or the last one is the surest antecedent.
  const here = sentenceAt(ctx.sentences, at);
  const gendered = want
    ? before.filter((m) => here - sentenceAt(ctx.sentences, m.start) <= 1 && genderOf(ctx, m) === want).at(-1)
    : undefined;
  // …but only as a subject, or when no subject of that gender is in sight ("to succeed Nicola Sturgeon" is an object).
  const subjectGap = nearestSubject ? here - sentenceAt(ctx.sentences, nearestSubject.start) : Number.POSITIVE_INFINITY;
  if (
    gendered &&
    (subjects.includes(gendered) ||
      subjectGap > 3 ||
      genderOf(ctx, nearestSubject as Mention) === (want === "male" ? "female" : "male"))
  )
    return gendered;
  if (!nearestSubject) return maxGap < 2 ? null : (nearest ?? null);
  // A subject in the same or the previous sentence wins over a nearer object.
  const gap = sentenceAt(ctx.sentences, at) - sentenceAt(ctx.sentences, nearestSubject.start);
  if (gap <= maxGap) return nearestSubject;
  // A subject a few sentences back still beats an object of the same gender ("… to succeed Nicola Sturgeon.
  // Does she regret them?" is about the subject, Kate Forbes).
  if (maxGap >= 2 && gap <= 4 && want && genderOf(ctx, nearestSubject) === want) return nearestSubject;
  return maxGap < 2 ? null : (nearest ?? null);
}

/** The last run of non-space characters in text[from, to): a loop, as a `(\S+)\s*$` regex rescans the whole prefix. */
function lastWordBefore(text: string, from: number, to: number): string {
  let end = to;
  while (end > from && /\s/.test(text[end - 1] as string)) end--;
  let start = end;
  while (start > from && !/\s/.test(text[start - 1] as string)) start--;
  return text.slice(start, end);
}

export const isPronoun = (text: string) => /^(?:he|she|they|it|we|i)$/i.test(text.trim());

/** Whether a pronoun can stand for an entity: "she" for a woman or a name of unknown gender. */
export function fitsPronoun(ctx: SpeakerContext, pronoun: string, entityId: string): boolean {
  const p = pronoun.trim().toLowerCase();
  const mention = ctx.mentions.find((m) => m.entity_id === entityId);
  if (!mention) return false;
  if (p === "he" || p === "she") {
    if (mention.type !== "PERSON") return false;
    const gender = genderOf(ctx, mention);
    return !gender || gender === (p === "she" ? "female" : "male");
  }
  return p === "it" ? mention.type !== "PERSON" : true;
}
