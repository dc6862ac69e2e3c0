/**
 * Language identification tuned for news: letters are counted per script, Cyrillic is split into
 * Ukrainian, Russian and its neighbours by their distinctive letters (franc otherwise), and Latin
 * text is decided once per article with franc, since franc guesses wildly on short strings.
 */
import { francAll } from "franc-min";
import { loadLexicon } from "./lexicons.js";

interface LanguageData {
  iso639_1: Record<string, string>;
  english_function_words: string[];
  latin_candidates: string[];
  cyrillic_candidates: string[];
  short_cyrillic_candidates: string[];
  distinctive: Record<string, string>;
  scripts: Record<string, string>;
}

const data = loadLexicon<LanguageData>("languages.json");
const SCRIPTS = Object.keys(data.scripts).map((name) => ({ name, re: new RegExp(`\\p{Script=${name}}`, "u") }));
const LATIN_LETTER = /\p{Script=Latin}/u;
const CYRILLIC_CHAR = /\p{Script=Cyrillic}/u;
const CYRILLIC = /\p{Script=Cyrillic}+/gu;

const FRANC_SAMPLE = 1024;
/** Below this many Latin letters franc is not trusted and the default applies. */
const MIN_FRANC_LETTERS = 200;
/** A language must hold this share of letters to be listed in a mixed label. */
const MIXED_SHARE = 0.2;

const toIso1 = (code: string) => data.iso639_1[code] ?? code;

/** Letters per language. */
export type LetterCounts = Map<string, number>;

/** The languages an article's scripts default to, decided once from the whole text. */
export interface ScriptLanguages {
  readonly latin: string;
  readonly cyrillic: string;
}

/** What a code point counts as: "latin", "cyrillic", another script's name, or null for a non-letter. */
const scriptCache = new Map<number, string | null>();
function scriptOf(code: number): string | null {
  let script = scriptCache.get(code);
  if (script === undefined) {
    const ch = String.fromCodePoint(code);
    if (LATIN_LETTER.test(ch)) script = "latin";
    else if (CYRILLIC_CHAR.test(ch)) script = "cyrillic";
    else if (/\p{L}/u.test(ch)) script = SCRIPTS.find((s) => s.re.test(ch))?.name ?? "other";
    else script = null;
    scriptCache.set(code, script);
  }
  return script;
}

/** Calls `each` with the script of every non-ASCII code point; returns the count of ASCII letters. */
function scanLetters(text: string, each: (script: string | null, code: number) => void): number {
  let ascii = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if ((c | 32) >= 97 && (c | 32) <= 122) ascii++;
      continue;
    }
    const code = text.codePointAt(i) as number;
    each(scriptOf(code), code);
    if (code > 0xffff) i++;
  }
  return ascii;
}

/** Letters per language; one pass over the text, as this runs on every sentence. */
export function countLetters(text: string, defaults: ScriptLanguages): LetterCounts {
  const counts: LetterCounts = new Map();
  // Most sentences are ASCII: their letters are all Latin.
  const ascii = asciiLetters(text);
  if (ascii >= 0) {
    if (ascii > 0) counts.set(defaults.latin, ascii);
    return counts;
  }
  const add = (lang: string, n: number) => n > 0 && counts.set(lang, (counts.get(lang) ?? 0) + n);
  let latin = 0;
  let cyrillic = "";
  const others: string[] = [];
  latin += scanLetters(text, (script, code) => {
    if (script === "latin") latin++;
    else if (script === "cyrillic") cyrillic += String.fromCodePoint(code);
    else if (script !== null) others.push(script);
  });
  add(defaults.latin, latin);
  if (cyrillic) add(distinctiveCyrillic(cyrillic) ?? defaults.cyrillic, cyrillic.length);
  const japanese = others.includes("Hiragana") || others.includes("Katakana");
  for (const script of others) {
    const lang = data.scripts[script] ?? "und";
    add(lang === "zh" && japanese ? "ja" : lang, 1);
  }
  return counts;
}

/** The ASCII letters of an all-ASCII text; -1 when it has any other character. */
function asciiLetters(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return -1;
    if ((c | 32) >= 97 && (c | 32) <= 122) n++;
  }
  return n;
}

/** Whether the text has at least `n` Latin letters; stops counting there, as a long article has. */
function hasLatinLetters(text: string, n: number): boolean {
  let latin = 0;
  for (let i = 0; i < text.length && latin < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if ((c | 32) >= 97 && (c | 32) <= 122) latin++;
    } else if (scriptOf(text.codePointAt(i) as number) === "latin") latin++;
  }
  return latin >= n;
}

function distinctiveCyrillic(letters: string): string | null {
  for (const [lang, chars] of Object.entries(data.distinctive)) {
    for (const ch of letters) if (chars.includes(ch)) return lang;
  }
  return null;
}

/** The article's Cyrillic language: its distinctive letters, else franc; Russian when undecided. */
export function cyrillicLanguage(text: string): string {
  const letters = text.match(CYRILLIC)?.join(" ") ?? "";
  if (letters === "") return "ru";
  const distinctive = distinctiveCyrillic(letters);
  if (distinctive) return distinctive;
  const only = letters.length < MIN_FRANC_LETTERS ? data.short_cyrillic_candidates : data.cyrillic_candidates;
  const [best] = francAll(letters, { only, minLength: 3 });
  return best && best[0] !== "und" ? toIso1(best[0]) : "ru";
}

/** Both script defaults of an article. */
export function scriptLanguages(text: string): ScriptLanguages {
  return { latin: latinLanguage(text), cyrillic: cyrillicLanguage(text) };
}

const ENGLISH_WORDS = new Set(data.english_function_words);
/** Share of English function words above which text is English without asking franc (~1 ms per call). */
const ENGLISH_SHARE = 0.2;
const SAMPLE_WORDS = 250;

/** Latin, Greek and Cyrillic letters: enough to tell English words, without a Unicode regex's cost. */
const isWordUnit = (c: number) =>
  ((c | 32) >= 97 && (c | 32) <= 122) || (c >= 0xc0 && c <= 0x24f) || (c >= 0x370 && c <= 0x4ff);
const isUpperUnit = (c: number) =>
  (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x4ff && String.fromCharCode(c).toLowerCase() !== String.fromCharCode(c));

function looksEnglish(text: string): boolean {
  // Lowercase words only: names, headlines in capitals and results tables say nothing about the
  // language and would dilute the share (English news: 0.29 and up; German, French: under 0.1).
  const end = Math.min(text.length, SAMPLE_WORDS * 8);
  let words = 0;
  let english = 0;
  for (let i = 0; i < end && words < SAMPLE_WORDS; ) {
    if (!isWordUnit(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    let upper = false;
    for (; i < end && isWordUnit(text.charCodeAt(i)); i++) upper ||= isUpperUnit(text.charCodeAt(i));
    if (upper) continue;
    words++;
    if (i - start <= 12 && ENGLISH_WORDS.has(text.slice(start, i))) english++;
  }
  return words > 0 && english / words >= ENGLISH_SHARE;
}

/** The article's Latin-script language: franc over all its Latin text, English when too little. */
export function latinLanguage(text: string, fallback = "en"): string {
  if (!hasLatinLetters(text, MIN_FRANC_LETTERS)) return fallback;
  if (looksEnglish(text)) return "en";
  // franc reads at most 2,048 characters and costs about a millisecond on them; half of that
  // decides a Latin-script language as well and keeps tables and scorecards from slowing a run.
  const [best] = francAll(text.slice(0, FRANC_SAMPLE), { only: data.latin_candidates, minLength: MIN_FRANC_LETTERS });
  return best && best[0] !== "und" ? toIso1(best[0]) : fallback;
}

export function mergeCounts(into: LetterCounts, from: LetterCounts): LetterCounts {
  for (const [lang, n] of from) into.set(lang, (into.get(lang) ?? 0) + n);
  return into;
}

/** `en`, or `en+uk` when several languages each hold a fair share; `und` without letters. */
export function languageLabel(counts: LetterCounts): string {
  // One language, as most sentences have: nothing to rank.
  if (counts.size === 1) {
    const [lang, n] = counts.entries().next().value as [string, number];
    return n > 0 ? lang : "und";
  }
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  if (total === 0) return "und";
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const listed = ranked.filter(([, n], i) => i === 0 || n / total >= MIXED_SHARE).map(([lang]) => lang);
  return listed.join("+");
}

/** The single most common language. */
export function dominantLanguage(counts: LetterCounts): string {
  return languageLabel(counts).split("+")[0] ?? "und";
}
