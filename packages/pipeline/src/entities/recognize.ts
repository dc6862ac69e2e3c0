/**
 * Named-entity recognition, one sentence at a time. Capitalized runs of words are split at
 * titles ("US President Joe Biden" → US | President | Joe Biden) and at names the gazetteer
 * knows; what remains is typed by its form (organization suffixes, place words, first names)
 * and its context (a title before it, "said" after it, "region" after it). A document pass
 * then finds surnames and short forms of names seen in full (see link.ts).
 */
import type { EntityType } from "@sitrep/core";
import { monthOf } from "../timex/resolve.js";
import { cues, NAME_PARTICLES } from "./cues.js";
import type { Gazetteer, KnownEntity } from "./gazetteer.js";
import { inCapitals, isAllCapsWord, isUpperWord, NameRules, withoutStop } from "./name-rules.js";
import { type Token, tokenize } from "./tokenize.js";

export interface MentionDraft {
  readonly start: number;
  readonly end: number;
  readonly type: EntityType;
  /** The gazetteer entity, when the name is known. */
  readonly known: KnownEntity | null;
  /** Title or role written before a person's name. */
  readonly role: string | null;
  readonly sentence: number;
  /** How the type was decided, for debugging and the scorer's error analysis. */
  readonly rule: string;
  /** The name to use for this mention's entity when it is not its own text (a handle's author). */
  readonly canonical?: string;
}

/** A capitalized run the recognizer left untyped; the document pass may type it. */
export interface Leftover {
  readonly start: number;
  readonly end: number;
  readonly sentence: number;
  readonly sentenceInitial: boolean;
}

export interface SentenceInput {
  readonly start: number;
  readonly end: number;
}

const isAsciiLetter = (c: number) => (c | 32) >= 97 && (c | 32) <= 122;

/** isAllCapsWord, read from the character codes when the word is ASCII (nearly always). */
function capitalsOnly(t: Token): boolean {
  let upper = false;
  for (let i = 0; i < t.text.length; i++) {
    const c = t.text.charCodeAt(i);
    if (c >= 128) return isAllCapsWord(t);
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) upper = true;
  }
  return upper;
}

/** A headline set in capitals: capitalization says nothing there. */
function isAllCaps(tokens: readonly Token[]): boolean {
  let words = 0;
  let caps = 0;
  for (const t of tokens) {
    if (t.kind !== "word" || t.text.length < 2) continue;
    if (!(isAsciiLetter(t.text.charCodeAt(0)) && isAsciiLetter(t.text.charCodeAt(1))) && !/\p{L}{2}/u.test(t.text))
      continue;
    words++;
    // A word equal to its lowercase form has no capitals: most words settle without a Unicode regex.
    if (t.text !== t.lower && capitalsOnly(t)) caps++;
  }
  return words >= 3 && caps / words >= 0.8;
}

export class Recognizer {
  private readonly rules: NameRules;

  constructor(private readonly gaz: Gazetteer) {
    this.rules = new NameRules(gaz);
  }

  sentence(text: string, span: SentenceInput, index: number): { mentions: MentionDraft[]; leftovers: Leftover[] } {
    const tokens = tokenize(text, span.start, span.end);
    const allCaps = isAllCaps(tokens);
    const mentions: MentionDraft[] = [];
    const leftovers: Leftover[] = [];
    const firstWord = tokens.findIndex((t) => t.kind === "word" || t.kind === "number");
    let i = 0;
    while (i < tokens.length) {
      const t = tokens[i] as Token;
      if (t.kind === "word" && (isUpperWord(t) || allCaps)) {
        const end = this.runEnd(tokens, i, allCaps);
        this.segment(tokens, i, end, { allCaps, sentence: index, firstWord, mentions, leftovers });
        i = end;
        continue;
      }
      // Lowercase names in the gazetteer are common nouns ("cluster munitions").
      const caseless = t.kind === "word" && this.gaz.index.mayMatchCaseless(t) ? this.gaz.index.match(tokens, i) : null;
      if (caseless && caseless.value.type === "WEAPON") {
        const last = tokens[i + caseless.length - 1] as Token;
        mentions.push(draft(t.start, last.end, caseless.value.type, caseless.value, null, index, "lexicon"));
        i += caseless.length;
        continue;
      }
      i++;
    }
    return { mentions, leftovers };
  }

  /** End (exclusive) of the capitalized run starting at `start`. */
  private runEnd(tokens: readonly Token[], start: number, allCaps: boolean): number {
    let end = start + 1;
    while (end < tokens.length) {
      const t = tokens[end] as Token;
      if (t.kind === "word" && (isUpperWord(t) || (allCaps && /\p{L}/u.test(t.text)))) {
        // "Helen Marchetti Defence correspondent": the desk is not part of the byline's name.
        if (end >= start + 2 && !allCaps && cues.deskNouns.has(tokens[end + 1]?.text ?? "")) break;
        // "Kim Leadbeater MP": letters after a person's name are not part of it ("the Dublin Mid-West TD" is no name).
        if (
          end >= start + 2 &&
          !allCaps &&
          cues.postnominals.has(t.text) &&
          this.gaz.isFirstName(tokens[start] as Token)
        )
          break;
        // "by Oleksandra Marchenko August 4, 2024": a month before a day of it starts the byline's date.
        if (end >= start + 2 && /^\d{1,2}$/.test(tokens[end + 1]?.text ?? "") && monthOf(t.text) !== undefined) break;
        // "at Fort Pitt Capital Group Charlie Smith said": a person's name after an organization's.
        if (
          end >= start + 2 &&
          !allCaps &&
          cues.orgSuffixes.has((tokens[end - 1] as Token).text) &&
          this.gaz.isFirstName(t) &&
          isUpperWord(tokens[end + 1] ?? t) &&
          tokens[end + 1] !== undefined
        )
          break;
        end++;
        continue;
      }
      const next = tokens[end + 1];
      const joins =
        next !== undefined &&
        isUpperWord(next) &&
        ((t.text === "of" && this.joinsOf(tokens, start, end)) ||
          ((t.text === "and" || t.text === "&") && this.joinsAnd(tokens, start, end, allCaps)) ||
          (NAME_PARTICLES.has(t.text) && end > start));
      if (joins) {
        end += 2;
        continue;
      }
      // "Ursula von der Leyen", "Caroline van der Plas": particles in a row inside a name.
      const after = tokens[end + 2];
      if (
        end > start &&
        NAME_PARTICLES.has(t.text) &&
        next !== undefined &&
        NAME_PARTICLES.has(next.text) &&
        after !== undefined &&
        isUpperWord(after)
      ) {
        end += 3;
        continue;
      }
      if (t.kind === "number" && end > start && cues.orgSuffixes.has((tokens[end - 1] as Token).text) === false) {
        // "Nikkei 225", "Local 1520", "S&P 500" keep their number; "Biden 2024" does not.
        const prev = tokens[end - 1] as Token;
        if (/^\p{Lu}[\p{L}&]*$/u.test(prev.text) && this.knownThrough(tokens, start, end)) {
          end++;
          continue;
        }
      }
      // A known name that goes on in lowercase words keeps them when it ends in a capital ("Bosnia and
      // Herzegovina") or is a weapon's ("Taurus cruise missiles"); a place keeps its name alone
      // ("Donetsk region" is Donetsk).
      if (t.kind === "word" && !allCaps && this.gaz.index.longestFrom(tokens[start] as Token) > end - start) {
        const known = this.gaz.index.match(tokens, start);
        const through = known ? start + known.length : 0;
        // …but a weapon only when the run is no name without them: "Leopard 2 tanks" is Leopard 2.
        const named = this.gaz.index.match(tokens, start, false, end - start)?.length === end - start;
        if (
          known &&
          through > end &&
          ((known.value.type === "WEAPON" && !named) || isUpperWord(tokens[through - 1] as Token))
        ) {
          end = through;
          continue;
        }
      }
      // "German Leopard tanks": a weapon's name that starts at the run's last word and goes on in lowercase.
      const last = end - 1;
      if (t.kind === "word" && !allCaps && last > start && this.gaz.index.longestFrom(tokens[last] as Token) > 1) {
        const known = this.gaz.index.match(tokens, last);
        if (known?.value.type === "WEAPON" && last + known.length > end) {
          end = last + known.length;
          continue;
        }
      }
      break;
    }
    return end;
  }

  /**
   * Whether a known name starting in the run reaches through tokens[at]: "Leopard 2" (known as
   * "Leopard 2 tanks" too) and "Fourteen Challenger 2 tanks", where the name starts after the number word.
   */
  private knownThrough(tokens: readonly Token[], start: number, at: number): boolean {
    for (let k = start; k < at; k++) if ((this.gaz.index.match(tokens, k)?.length ?? 0) >= at - k + 1) return true;
    return false;
  }

  /**
   * "of" inside a name: after an organization or place word ("Bank of Canada", "Bay of Biscay",
   * "Council of Churches"), or again in a name that already has one ("… of Churches of Kenya").
   */
  private joinsOf(tokens: readonly Token[], start: number, at: number): boolean {
    const prev = (tokens[at - 1] as Token).text;
    if (cues.orgHeads.has(prev) || cues.orgSuffixes.has(prev) || cues.locSuffixes.has(prev)) return true;
    for (let k = at - 1; k >= start; k--) if ((tokens[k] as Token).text === "of") return true;
    // "Secretary of State Marco Rubio": a title that goes on past "of" takes the name after it along.
    for (let k = start; k < at; k++) if (k + (cues.titles.match(tokens, k, true)?.length ?? 0) > at + 1) return true;
    return false;
  }

  /**
   * "and" or "&" inside an organization's name: the run so far has "Head of …" or the words
   * after it end in an organization word ("Justice and Equality Movement", "Bureau of Industry
   * and Security"); "Ukraine and Russia" stays two names.
   */
  private joinsAnd(tokens: readonly Token[], start: number, at: number, allCaps: boolean): boolean {
    if (tokens.slice(start, at).some((t, k) => t.text === "of" && cues.orgHeads.has(tokens[start + k - 1]?.text ?? "")))
      return true;
    let k = at + 1;
    while (k < tokens.length && isUpperWord(tokens[k] as Token)) k++;
    const last = tokens[k - 1] as Token;
    return k > at + 1 && cues.orgSuffixes.has(last.text) && !allCaps;
  }

  private segment(
    tokens: readonly Token[],
    start: number,
    end: number,
    ctx: {
      allCaps: boolean;
      sentence: number;
      firstWord: number;
      mentions: MentionDraft[];
      leftovers: Leftover[];
    },
  ): void {
    let pos = start;
    let role: string | null = null;
    // Facts about the whole run, found once so that long runs stay linear: the last "Head of"
    // ("Central Bank of Nigeria") and the last title followed by a first name ("… Governor Bob Riley").
    let lastHeadOf = -1;
    let lastTitledName = -1;
    for (let k = start; k < end; k++) {
      const t = tokens[k] as Token;
      if (k < end - 1 && cues.orgHeads.has(t.text) && tokens[k + 1]?.text === "of") lastHeadOf = k;
      // The title lookup first: it is the cheapest test and the one that mostly fails.
      if (
        k > start &&
        cues.titles.match(tokens, k, true) &&
        isUpperWord(t) &&
        this.gaz.isFirstName(tokens[k + 1] ?? "")
      ) {
        lastTitledName = k;
      }
    }
    while (pos < end) {
      // "LONDON 1996-08-30": a word in capitals may be a known name in capitals.
      const shouting = ctx.allCaps || inCapitals((tokens[pos] as Token).text);
      const known = this.gaz.index.match(tokens, pos, shouting, end - pos);
      const title = cues.titles.match(tokens, pos, true);
      // A known name at least as long as the title wins: "General Motors" is not General Motors.
      if (
        title &&
        pos + title.length < end &&
        !this.startsKnownName(tokens, pos) &&
        (known?.length ?? 0) < title.length + 1
      ) {
        role = role ? `${role} ${title.value}` : title.value;
        pos += title.length;
        continue;
      }
      // Months, weekdays and function words are never names on their own, whatever a gazetteer says.
      if (
        cues.notNames.has(withoutStop((tokens[pos] as Token).text)) &&
        (known?.length ?? 1) === 1 &&
        !this.rules.isPersonStart(tokens, pos, end)
      ) {
        pos++;
        continue;
      }
      // A name ending in an organization word is one organization, places inside it included
      // ("Zhytomyr Regional Council", "Bank of England"), unless the gazetteer knows it whole.
      if (
        (!known || pos + known.length < end) &&
        end - pos >= 2 &&
        (cues.orgSuffixes.has((tokens[end - 1] as Token).text) ||
          lastHeadOf >= pos ||
          // "Kamaran Island", "Kharg Island": a place word after an unknown name, not "Island" as Iceland.
          (cues.locSuffixes.has((tokens[end - 1] as Token).text) && (!known || known.value.weak))) &&
        // "Jim Press" is a person whose surname happens to be an organization word.
        !(end - pos === 2 && this.rules.isPersonStart(tokens, pos, end)) &&
        lastTitledName <= pos
      ) {
        this.unknown(tokens, pos, end, role, ctx);
        return;
      }
      // "US$23 billion", "CA$1 billion": a currency, not a country.
      if (
        known &&
        known.length === 1 &&
        tokens[pos + 1]?.text === "$" &&
        tokens[pos + 1]?.start === (tokens[pos] as Token).end
      ) {
        pos++;
        continue;
      }
      if (known && !(known.value.weak && !this.rules.placeCue(tokens, pos, known.length))) {
        // …not before a weapon: "German Leopard tanks", "Dutch F-16s" (German and Dutch are first names too).
        const preferPerson =
          known.value.type !== "PERSON" &&
          known.length === 1 &&
          this.rules.isPersonStart(tokens, pos, end) &&
          this.gaz.index.match(tokens, pos + 1)?.value.type !== "WEAPON" &&
          // "Kenyan Daniel Kiprono": a nationality before a first and a last name is not a first name itself.
          !(known.value.type === "NORP" && pos + 2 < end && this.gaz.isFirstName(tokens[pos + 1] as Token));
        const club = this.rules.clubAround(tokens, pos, pos, pos + known.length, end, known.value);
        if (club) {
          ctx.mentions.push(tokenDraft(tokens, club.start, club.end, club.type ?? "ORG", ctx.sentence, club.rule));
          role = null;
          pos = club.end;
          continue;
        }
        if (!preferPerson) {
          let stop = pos + known.length;
          // "Boeing Co.", "Toyota Motor Corp" keep their suffix in the same mention.
          while (stop < end && cues.orgSuffixes.has((tokens[stop] as Token).text) && known.value.type === "ORG") stop++;
          const first = tokens[pos] as Token;
          const last = tokens[stop - 1] as Token;
          const personRole = known.value.type === "PERSON" ? role : null;
          ctx.mentions.push(
            draft(first.start, last.end, known.value.type, known.value, personRole, ctx.sentence, "lexicon"),
          );
          role = null;
          pos = stop;
          continue;
        }
      }
      let stop = pos + 1;
      // "Gulf of Finland", "District of Columbia": a place word and "of" take the name after them, known or not.
      if (tokens[pos + 1]?.text === "of" && cues.locSuffixes.has((tokens[pos] as Token).text) && pos + 2 < end)
        stop = end;
      while (stop < end && !this.startsKnownOrTitle(tokens, stop, end, ctx.allCaps)) stop++;
      // "Werder Bremen", "Borussia Dortmund": an unknown word before a city names a club.
      const city = stop < end ? this.gaz.index.match(tokens, stop, false, end - stop) : null;
      const club = city ? this.rules.clubAround(tokens, pos, stop, stop + city.length, end, city.value) : null;
      if (club) {
        ctx.mentions.push(tokenDraft(tokens, club.start, club.end, club.type ?? "ORG", ctx.sentence, club.rule));
        role = null;
        pos = club.end;
        continue;
      }
      this.unknown(tokens, pos, stop, role, ctx);
      role = null;
      pos = stop;
    }
  }

  private startsKnownName(tokens: readonly Token[], at: number): boolean {
    const known = this.gaz.index.match(tokens, at);
    return known !== null && known.value.type === "PERSON";
  }

  private startsKnownOrTitle(tokens: readonly Token[], at: number, end: number, allCaps: boolean): boolean {
    if (this.rules.isPersonStart(tokens, at - 1, end)) return false;
    const title = cues.titles.match(tokens, at, true);
    if (title && at + title.length < end && /^\p{Lu}/u.test((tokens[at] as Token).text)) return true;
    const known = this.gaz.index.match(tokens, at, allCaps, end - at);
    return known !== null && !known.value.weak;
  }

  private unknown(
    tokens: readonly Token[],
    start: number,
    end: number,
    role: string | null,
    ctx: { allCaps: boolean; sentence: number; firstWord: number; mentions: MentionDraft[]; leftovers: Leftover[] },
  ): void {
    let from = start;
    // Words that are never names on their own: "The", "In", months, weekdays.
    while (from < end && cues.notNames.has(withoutStop((tokens[from] as Token).text))) from++;
    if (from >= end) return;
    // "the Ceann Comhairle said": a title alone names nobody.
    if (cues.titles.match(tokens, from, true)?.length === end - from) return;
    if (ctx.allCaps) {
      // Capitals say nothing in a headline: leave the words for the document pass, which
      // compares them with names typed in the body ("CUTTITTA" → "Marcello Cuttitta").
      const kept = tokens.slice(from, end).filter((t) => /\p{L}{2}/u.test(t.text) && !this.gaz.isCommonWord(t));
      for (const t of kept)
        ctx.leftovers.push({ start: t.start, end: t.end, sentence: ctx.sentence, sentenceInitial: false });
      return;
    }
    const words = tokens.slice(from, end);
    const first = words[0] as Token;
    const last = words[words.length - 1] as Token;
    const next = tokens[end];
    const sentenceInitial = from === ctx.firstWord;
    const typed = this.rules.classify(tokens, end, words, next, tokens[from - 1], role, sentenceInitial);
    if (typed === "skip") return;
    if (typed) {
      const personRole = typed.type === "PERSON" ? role : null;
      ctx.mentions.push(draft(first.start, last.end, typed.type, null, personRole, ctx.sentence, typed.rule));
      return;
    }
    ctx.leftovers.push({ start: first.start, end: last.end, sentence: ctx.sentence, sentenceInitial });
  }
}

/** A draft for an unknown name covering tokens[from, to). */
function tokenDraft(
  tokens: readonly Token[],
  from: number,
  to: number,
  type: EntityType,
  sentence: number,
  rule: string,
): MentionDraft {
  return draft((tokens[from] as Token).start, (tokens[to - 1] as Token).end, type, null, null, sentence, rule);
}

/**
 * Every mention draft is made here, with the same fields in the same order, so that the engine
 * gives them one hidden class and the passes that read them stay fast.
 */
export function draft(
  start: number,
  end: number,
  type: EntityType,
  known: KnownEntity | null,
  role: string | null,
  sentence: number,
  rule: string,
  canonical?: string,
): MentionDraft {
  return { start, end, type, known, role, sentence, rule, canonical };
}
