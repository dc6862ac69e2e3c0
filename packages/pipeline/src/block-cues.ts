/**
 * Recognizers for the paragraph kinds that page furniture leaves in scraped articles: photo
 * captions with credits, embedded social posts and their signatures, bylines, datelines and
 * boilerplate. Words come from lexicons/block-cues.json; the patterns here are formatting only.
 * Cue words match as written or in ALL CAPS, never in lowercase, so that running text ("a photo:
 * it showed…", "sources said…") is not mistaken for furniture.
 */
import { parseWrittenDate, WRITTEN_DATE, WRITTEN_TIME } from "./calendar.js";
import { loadLexicon } from "./lexicons.js";
import { alternation } from "./regex.js";

interface BlockCues {
  photo_agencies: string[];
  credit_labels: string[];
  caption_openers: string[];
  byline_openers: string[];
  byline_lowercase: string[];
  furniture_openers: string[];
  furniture_labels: string[];
}

const cues = loadLexicon<BlockCues>("block-cues.json");
/** The words as written and in capitals; lowercase forms are running text, not cues. */
const cueAlternation = (words: string[]) => alternation(words.flatMap((w) => [w, w.toUpperCase()]));

const AGENCY = `(?:${cueAlternation(cues.photo_agencies)})`;
const LABEL = `(?:${cueAlternation(cues.credit_labels)})`;
const PARTICLES = "de|van|von|der|da|al|bin|el|la|le|di|du";
/** Up to five capitalized words or initials ("Anatolii Stepanov", "J. Scott Applewhite", "SERGEY DOLZHENKO"). */
const NAME = `(?:\\p{Lu}\\.|\\p{Lu}[\\p{L}\\p{M}'’-]+)(?: (?:\\p{Lu}\\.|\\p{Lu}[\\p{L}\\p{M}'’-]+|${PARTICLES})){0,4}`;
const PHOTO = "(?:Photo(?:graph)?|PHOTO)";
/** "AP Photo/Efrem Lukatsky", "Genya Savilov/AFP via Getty Images", "REUTERS/Alina Smutko", "© Reuters". */
const CREDIT = `(?:©\\s*)?(?:${AGENCY}|${NAME})(?: ${PHOTO})?(?:\\s?/\\s?(?:${AGENCY}|${NAME}))*(?: via (?:${AGENCY}|${NAME}))?`;
const SENTENCE_END = "(?:^|[.!?…”\"')\\]]\\s+)";

interface CreditPattern {
  readonly re: RegExp;
  /** Whether the credit must show it is one: name an agency, or use a slash or ©. */
  readonly mustLookLikeCredit: boolean;
}

const CREDIT_PATTERNS: readonly CreditPattern[] = [
  // "… Credit: Iryna Rybakova via AP", "… Credit...Tyler Hicks/The New York Times", "Фото: Reuters"
  {
    re: new RegExp(
      `${SENTENCE_END}${LABEL}\\s*(?::|\\.{3}|…|,)\\s*(?<credit>[\\p{Lu}\\p{N}©][^:\\n]{0,99}?)\\s*[.)]?$`,
      "u",
    ),
    mustLookLikeCredit: false,
  },
  // "… (AP Photo/Efrem Lukatsky)", "(Reuters)", "(Photo: Reuters)", "(Photo by Jane Doe/AFP)", "[Jane Doe/AFP]"
  {
    re: new RegExp(`[([](?:${PHOTO}\\s*(?::|by)\\s*)?(?<credit>${CREDIT})[)\\]]\\s*\\.?$`, "u"),
    mustLookLikeCredit: true,
  },
  // "… Photo by Jane Doe/Reuters"
  {
    re: new RegExp(`${SENTENCE_END}${PHOTO}s? (?:by|courtesy(?: of)?) (?<credit>${CREDIT})\\s*\\.?$`, "u"),
    mustLookLikeCredit: false,
  },
  // "… Genya Savilov/AFP via Getty Images", "… AP Photo/Vadim Ghirda", "… © Reuters", "… | Reuters"
  { re: new RegExp(`(?:${SENTENCE_END}|\\s[|/]\\s)(?<credit>${CREDIT})\\s*$`, "u"), mustLookLikeCredit: true },
];
const AGENCY_ONLY = new RegExp(`^(?:${AGENCY})$`, "u");
const LOOKS_LIKE_CREDIT = new RegExp(`/|©|\\b${PHOTO}\\b`, "u");
/** "Image caption, …" on any line of the paragraph (BBC prints the credit on the line above). */
const CAPTION_OPENER = new RegExp(`(?:^|\\n)(?:${cueAlternation(cues.caption_openers)})\\s*[,:]\\s*\\S`, "u");
const CREDIT_LINE = new RegExp(`^(?:(?:Image source|IMAGE SOURCE),\\s*)?(?<credit>${CREDIT})$`, "u");

const SPACE = /\s/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Words: runs of non-space characters with a letter or digit in them. A loop, as this runs on every paragraph. */
export function wordCount(text: string, limit = Number.POSITIVE_INFINITY): number {
  let count = 0;
  let inRun = false;
  let counted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const ascii = c < 128;
    if (ascii ? c === 32 || (c >= 9 && c <= 13) : SPACE.test(text[i] as string)) {
      inRun = false;
      continue;
    }
    if (!inRun) {
      inRun = true;
      counted = false;
    }
    if (counted) continue;
    const alnum = ascii
      ? (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122)
      : LETTER_OR_DIGIT.test(String.fromCodePoint(text.codePointAt(i) as number));
    if (alnum) {
      counted = true;
      // Callers comparing with a bound need not count past it.
      if (++count > limit) return count;
    }
  }
  return count;
}

/** The end of a paragraph, where credits, signatures and post links sit; longer than any of them. */
const TAIL = 400;
/** What every credit pattern needs in the paragraph's tail: a label, a mark, or an agency at the very end. */
const CREDIT_MARKS = new RegExp(`[/©|(\\[]|${PHOTO}|${LABEL}`, "u");
const AGENCY_AT_END = new RegExp(`(?:${AGENCY})\\s*$`, "u");
const AGENCY_TAIL = Math.max(...cues.photo_agencies.map((a) => a.length)) + 8;
const mayEndWithCredit = (text: string) =>
  CREDIT_MARKS.test(text.slice(-TAIL)) || AGENCY_AT_END.test(text.slice(-AGENCY_TAIL));

/**
 * The credit of a caption, when the paragraph ends with one; "" for a caption without a credit
 * (`Image caption, …`); null when the paragraph is not a caption.
 */
export function captionCredit(text: string): string | null {
  // Most paragraphs have neither a credit-like ending nor an opener; the patterns are the cost.
  const marked = mayEndWithCredit(text);
  const opener = CAPTION_OPENER.test(text);
  if ((!marked && !opener) || wordCount(text, 120) > 120) return null;
  for (const { re, mustLookLikeCredit } of marked ? CREDIT_PATTERNS : []) {
    const credit = re.exec(text)?.groups?.credit?.trim();
    if (!credit || wordCount(credit, 12) > 12 || credit === text.trim()) continue;
    if (
      mustLookLikeCredit &&
      !LOOKS_LIKE_CREDIT.test(credit) &&
      !AGENCY_ONLY.test(credit) &&
      !/^[([]/.test(text.slice(-credit.length - 2))
    ) {
      continue;
    }
    return credit;
  }
  if (!opener) return null;
  for (const line of text.split("\n")) {
    const credit = CREDIT_LINE.exec(line.trim())?.groups?.credit;
    if (credit && (LOOKS_LIKE_CREDIT.test(credit) || AGENCY_ONLY.test(credit) || /^Image source/i.test(line)))
      return credit;
  }
  return "";
}

export interface PostSignature {
  readonly author: string | null;
  readonly handle: string | null;
  readonly posted: string | null;
  /** Offset in the paragraph where the signature starts. */
  readonly at: number;
}

const SIGNATURE = new RegExp(
  `(?:[—–―]|&mdash;|(?:^|\\s)--?)\\s*(?<author>[^()\\n—–]{1,80}?)?\\s*\\((?<handle>@[A-Za-z0-9_]{1,30})\\)\\s*(?<date>${WRITTEN_DATE})?(?:\\s+https?:\\/\\/\\S+)?\\s*$`,
  "u",
);
const SHARED_BY = /A post shared by (?<author>[^()\n]{1,80}?)\s*\((?<handle>@[\w.]{1,30})\)(?<rest>.*)$/u;
export const INSTAGRAM_OPENER = /^View this post on Instagram\s*$/u;
const TRAILING_DATE = new RegExp(
  `(?:^|[.!?…"”’')\\]]|https?://\\S+|pic\\.twitter\\.com/\\S+)\\s*(?<date>${WRITTEN_DATE})\\s*$`,
  "u",
);
/** A post link at the end of a paragraph, as embeds print it; a link mid-sentence is just a link. */
const SOCIAL_LINK =
  /(?:pic\.twitter\.com\/\w+|https?:\/\/(?:t\.co|(?:www\.)?(?:twitter|x)\.com\/\w+\/status|(?:www\.)?instagram\.com\/p)\/\S+)\s*$/u;
export const isSocialLinkAtEnd = (text: string) =>
  (text.includes("pic.twitter.com/") || text.includes("://")) && SOCIAL_LINK.test(text);

/** The signature that closes an embedded post, if this paragraph ends with one. */
export function postSignature(text: string): PostSignature | null {
  // Each pattern needs a literal ("(@", the Instagram line, a final digit); testing it first is far cheaper.
  const m =
    (text.includes("(@") ? SIGNATURE.exec(text) : null) ??
    (text.includes("A post shared by") ? SHARED_BY.exec(text) : null);
  if (m?.groups) {
    const author = m.groups.author?.replace(/^(?:&mdash;|[—–-])\s*/u, "").trim() || null;
    const date = m.groups.date ?? m.groups.rest ?? "";
    return { author, handle: m.groups.handle ?? null, posted: parseWrittenDate(date), at: m.index };
  }
  const bare = /\d\s*$/.test(text.slice(-TAIL)) ? TRAILING_DATE.exec(text) : null;
  const posted = bare?.groups?.date ? parseWrittenDate(bare.groups.date) : null;
  if (bare && posted) return { author: null, handle: null, posted, at: bare.index };
  return null;
}

export const isSharedBy = (text: string) => SHARED_BY.test(text);

/** A paragraph that is nothing but a post signature ("— Name (@handle) Date"). */
export function isSignatureOnly(text: string): boolean {
  const signature = postSignature(text);
  return signature !== null && signature.at === 0 && signature.handle !== null;
}

const BYLINE = new RegExp(`^(?:${cueAlternation(cues.byline_openers)})\\s+(?<rest>\\S.*)$`, "u");
const BYLINE_LOWERCASE = new Set(cues.byline_lowercase);
const NOT_A_NAME =
  /^(?:the|a|an|this|that|then|now|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|\d.*)$/i;

/** "By Jane Doe and John Roe, BBC News"; not "By Monday evening, the fires were out." */
export function isByline(text: string): boolean {
  const m = BYLINE.exec(text);
  if (!m?.groups || text.includes("\n")) return false;
  const words = (m.groups.rest ?? "").split(/[\s,;&|/]+/u).filter((w) => /[\p{L}\p{N}]/u.test(w));
  if (words.length === 0 || words.length > (text.includes(";") ? 30 : 15) || NOT_A_NAME.test(words[0] ?? ""))
    return false;
  return words.every((w) => !/^\p{Ll}/u.test(w) || BYLINE_LOWERCASE.has(w));
}

const DATELINE = new RegExp(
  `^(?:(?:Published|Updated|Posted|Last updated|First published)(?: on)?:?\\s+)?(?:[\\p{Lu}][\\p{L} .'’-]{1,40}[,—–-]\\s*)?(?:${WRITTEN_TIME}[,\\s]+)?${WRITTEN_DATE}(?:,?\\s+(?:at\\s+)?${WRITTEN_TIME})?\\.?$`,
  "iu",
);
export const isDateline = (text: string) => DATELINE.test(text.trim());

const FURNITURE_OPENER = new RegExp(`^(?:${cueAlternation(cues.furniture_openers)})`, "u");
const FURNITURE_LABEL = new RegExp(`^(?:${cueAlternation(cues.furniture_labels)})\\s*:?$`, "iu");
export const isBoilerplate = (text: string) =>
  !/[\p{L}\p{N}]/u.test(text) ||
  FURNITURE_LABEL.test(text) ||
  (FURNITURE_OPENER.test(text) && wordCount(text, 25) <= 25) ||
  /^(?:\s*(?:https?:\/\/|www\.)\S+\s*)+$/u.test(text);

const LIST_ITEM = /^\s*(?:[-*•·–—]|\d{1,3}[.)])\s/u;

/** One line of at most 22 words that starts like a title. */
export function isShortLine(text: string): boolean {
  if (text.includes("\n") || text.length > 160 || LIST_ITEM.test(text)) return false;
  const words = wordCount(text, 22);
  return words > 0 && words <= 22 && /^[\p{Lu}\p{N}"'“‘«(]/u.test(text);
}

/** A title or subheading: one short line that does not read as a sentence. */
export function isHeading(text: string): boolean {
  if (/^#{1,6}\s+\S/.test(text)) return true;
  if (!isShortLine(text)) return false;
  // A paragraph that is one whole quotation is a quoted remark, not a heading.
  if (/^["“«„]/u.test(text) && /["”»]$/u.test(text)) return false;
  // Nor is one that ends a sentence and goes on ("… before dawn. February 24, 2022", "… said. - Reuters").
  if (/\p{Ll}{2}[.!?]["'”’)]*\s+\S/u.test(text)) return false;
  return !/[.,;:…]["'”’»)]*$/u.test(text);
}
