/**
 * Triggers that the words around them show to be no act ("American-supplied weapons", "supply
 * lines", "the occupied territories"): told from the sentence's text alone, before any roles are
 * sought. Kept apart from detect.ts so that each trigger's path through the detector is a few
 * small functions, which V8 compiles once each, rather than one large one recompiled whole.
 */
import type { Trigger } from "./lexicon.js";

/** Whether the trigger matched at `m` in `sentence` only describes or names something. */
export function describesNoAct(m: RegExpExecArray, info: Trigger, sentence: string): boolean {
  const word = m[0];
  const before = () => sentence.slice(0, m.index);
  const after = () => sentence.slice(m.index + word.length);
  // "American-supplied weapons" describes; "gave Ukraine permission" grants, it does not give.
  if (sentence[m.index - 1] === "-") return true;
  if (
    info.type === "AID" &&
    /^\s+(?:\S+\s+){0,2}(?:permission|approval|the go-ahead|assurances|a green light|(?:a\s+)?(?:formal\s+|written\s+)?(?:request|letter|message|note|signal|invitation|delegation|condolences|greetings|proposal|warning)s?)\b/i.test(
      after(),
    )
  )
    return true;
  // "supplying artillery shells", "fire from tanks": a munition or a noun, not a bombardment.
  if (
    /^(?:shells|fire)$/i.test(word) &&
    /\b(?:artillery|mortar|tank|howitzer|rocket|cluster|\d[\d,.]*|million|thousand|hundreds|thousands|of|the|its|their|heavy|enemy|under|friendly|small-arms)\s+$/i.test(
      before(),
    )
  )
    return true;
  // "a new package of sanctions", "a tranche of bonds": a package of something other than aid.
  if (
    /^(?:package|tranche)s?$/i.test(word) &&
    /^\s+of\s+(?!(?:[\w-]+\s+){0,2}(?:aid|assistance|support|weapons|arms|equipment|ammunition|munitions))/i.test(
      after(),
    )
  )
    return true;
  // "to discuss military supplies", "medical supplies ran short": a noun, not a delivery.
  if (
    /^supplies$/i.test(word) &&
    /\b(?:military|medical|food|humanitarian|fuel|ammunition|the|its|their|of|new|more|vital|essential|emergency|relief|basic)\s+$/i.test(
      before(),
    )
  )
    return true;
  // "drones launched at shipping", "attacks on commercial shipping", "shipping lanes": ship traffic, not a delivery.
  if (
    /^shipping$/i.test(word) &&
    (/\b(?:at|on|against|disrupt(?:s|ed|ing)?|commercial|international|global|merchant|maritime|civilian|Red Sea)\s+$/i.test(
      before(),
    ) ||
      /^\s*(?:[.,;:!?)]|$|(?:lanes?|routes?|traffic|companies|company|firms?|giants?|industry|costs?|rates?|containers?|vessels?|channels?|corridors?)\b)/i.test(
        after(),
      ))
  )
    return true;
  // "supply lines", "supply chains": a noun, not a delivery.
  if (
    /^supply$/i.test(word) &&
    /^\s+(?:lines?|chains?|routes?|depots?|shortages?|convoys?|problems?|issues?|hubs?|networks?)\b/i.test(after())
  )
    return true;
  // "the occupied territories", "the 2014 annexed Crimea", "four occupied regions": a participle
  // after a determiner or a number describes.
  if (
    /ed$/i.test(word) &&
    /\b(?:the|a|an|its|their|his|her|these|those|other|several|many|all|any|some|no|\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:\d{4}\s+)?(?:(?:newly|recently|illegally|temporarily|partly|partially|fully)\s+)?$/i.test(
      before(),
    )
  )
    return true;
  // "demanded the immediate withdrawal of the troops", "called for a ceasefire": what is demanded
  // is the demand's object (a DEMAND event), not a withdrawal or an agreement made.
  if (
    (info.type === "RETREAT" || info.type === "AGREE") &&
    /^(?:withdrawal|retreat|ceasefire|truce|agreement|deal)$/i.test(word) &&
    /\b(?:demand(?:s|ed|ing)?|call(?:s|ed|ing)?\s+for|urg(?:e|es|ed|ing)|sought|seeks?|seeking|insist(?:s|ed|ing)?\s+on|press(?:es|ed|ing)?\s+for)\s+(?:(?:the|an?|its|their)\s+)?(?:[\w-]+\s+){0,2}$/i.test(
      before(),
    )
  )
    return true;
  // "a long-standing policy against arming countries at war": a principle, not an act.
  if (/^arming$/i.test(word) && /\b(?:against|on|about|regarding)\s+$/i.test(before())) return true;
  // A thing to be hit, not a hit: "would be a legitimate target for Russian forces", "to strike military
  // targets", "used them against Russian targets in Crimea", "EU targets Russia's shadow fleet in new
  // sanctions package" (the sanctions' aim); "Russia targets Kyiv" has its object after it.
  if (/^targets?$/i.test(word)) {
    const lead = before();
    if (
      /\bsanction/i.test(sentence) ||
      /\b(?:a|an|the|its|their|legitimate|legal|priority|key|main|military|strike|strikes|struck|striking|hit|hits|hitting|attack|attacks|attacked|bomb|bombed)\s+(?:[\w-]+\s+)?$/i.test(
        lead,
      ) ||
      /\b(?:against|at|on)\s+$/i.test(lead) ||
      (/\p{Lu}[\p{L}-]*\s+$/u.test(lead) &&
        /^(?:\s+(?:in|on|at|near|across|inside|around|along|and|or|with|that|which)\b|\s*[,.;:)]|\s*$)/i.test(after()))
    )
      return true;
  }
  // "in occupied Crimea", "from annexed Donetsk", "in frozen Russian assets", "deported from occupied
  // territories": a participle before a name or a land describes.
  if (
    /(?:ed|en)$/i.test(word) &&
    /\b(?:in|of|from|to|into|across|near|over|throughout|inside)\s+$/i.test(before()) &&
    /^\s+(?:\p{Lu}|(?:[\w-]+\s+)?(?:territor(?:y|ies)|areas?|regions?|lands?|parts|cities|towns|villages|zones?|provinces)\b)/u.test(
      after(),
    )
  )
    return true;
  // "presented an imminent threat to U.S. Navy vessels", "Russia is a threat to Europe": a danger
  // described, not a threat made.
  if (
    /^threats?$/i.test(word) &&
    /\b(?:pose[sd]?|posing|present(?:s|ed|ing)?|represent(?:s|ed|ing)?|constitute[sd]?|constituting|is|are|was|were|be|been|remains?|remained)\s+(?:a|an|the|no|any|some|little)?\s*(?:[\w-]+\s+){0,2}$/i.test(
      before(),
    )
  )
    return true;
  // "Moscow condemned the sanctions": sanctions already named, not new ones by whoever speaks of them.
  return /^sanctions$/i.test(word) && /\b(?:the|these|those|such|its|their|western)\s+$/i.test(before());
}
