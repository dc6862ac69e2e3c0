/**
 * Recognizers for the paragraph kinds that page furniture leaves in scraped articles: photo
 * captions with credits, embedded social posts and their signatures, bylines, datelines and
 * boilerplate. Words come from lexicons/block-cues.json; the patterns here are formatting only.
 */
import { parseWrittenDate, WRITTEN_DATE } from "./calendar.js";
import { loadLexicon } from "./lexicons.js";

interface BlockCues {
  photo_agencies: string[];
  credit_labels: string[];
  byline_openers: string[];
  boilerplate: string[];
}

const cues = loadLexicon<BlockCues>("block-cues.json");
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** Longest first, so "Getty Images" wins over "Getty". */
const alternation = (words: string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join("|");

const AGENCY = `(?:${alternation(cues.photo_agencies)})`;
const LABEL = `(?:${alternation(cues.credit_labels)})`;
/** A name of up to five capitalized words ("Anatolii Stepanov", "J. Scott Applewhite"). */
const NAME = "\\p{Lu}[\\p{L}\\p{M}'’-]*\\.?(?: \\p{Lu}[\\p{L}\\p{M}'’-]*\\.?){0,4}";

const CREDIT_PATTERNS: readonly RegExp[] = [
  // "... Credit: Iryna Rybakova via AP"
  new RegExp(`(?:^|[\\s.!?)\\]”"])${LABEL}\\s*:\\s*(?<credit>[^:\\n]{1,100}?)\\s*[.)]?$`, "iu"),
  // "... (AP Photo/Efrem Lukatsky)", "(Photo: Reuters)"
  new RegExp(
    `\\((?<credit>${AGENCY}\\s+Photo(?:graph)?\\s*/\\s*[^)\\n]{1,80}|Photo(?:graph)?\\s*(?::|by)\\s*[^)\\n]{1,80})\\)\\s*\\.?$`,
    "u",
  ),
  // "... Photo by Jane Doe/Reuters"
  /(?:Photo(?:graph)?|Image|Picture)s?\s+(?:by|courtesy(?:\s+of)?)\s+(?<credit>[^\n]{1,80}?)\s*\.?$/u,
  // "... Jane Doe/AFP via Getty Images", "... | Reuters"
  new RegExp(`(?:^|\\s)(?<credit>(?:${NAME}\\s?/\\s?)?${AGENCY}(?:\\s+via\\s+${AGENCY})?)\\s*\\)?$`, "u"),
];

/** The credit of a caption, when the paragraph ends with one. */
export function captionCredit(text: string): string | null {
  if (wordCount(text) > 120) return null;
  for (const [i, pattern] of CREDIT_PATTERNS.entries()) {
    const m = pattern.exec(text);
    const credit = m?.groups?.credit?.trim();
    if (!m || !credit || wordCount(credit) > 12) continue;
    // A bare agency name ends many body sentences ("... told Reuters"); as a credit it must be
    // set apart from the caption by a slash, a bar or brackets.
    if (i === CREDIT_PATTERNS.length - 1 && !/[/|(]|\s[|–—-]\s/.test(text.slice(Math.max(0, m.index - 2)))) continue;
    return credit;
  }
  return null;
}

export interface PostSignature {
  readonly author: string | null;
  readonly handle: string | null;
  readonly posted: string | null;
  /** Offset in the paragraph where the signature starts. */
  readonly at: number;
}

const SIGNATURE = new RegExp(
  `(?:^|\\s)[—–―-]{1,2}\\s*(?<author>[^()\\n—–]{1,80}?)?\\s*\\((?<handle>@[A-Za-z0-9_]{1,30})\\)\\s*(?<date>${WRITTEN_DATE})?\\s*$`,
  "u",
);
const SHARED_BY = /A post shared by (?<author>[^()\n]{1,80}?)\s*\((?<handle>@[\w.]{1,30})\)(?<rest>.*)$/u;
const TRAILING_DATE = new RegExp(
  `(?:^|[.!?…"”’')\\]]|https?://\\S+|pic\\.twitter\\.com/\\S+)\\s*(?<date>${WRITTEN_DATE})\\s*$`,
  "u",
);
export const SOCIAL_LINK =
  /\b(?:pic\.twitter\.com\/\w+|(?:twitter|x)\.com\/\w+\/status\/\d+|t\.co\/\w+|instagram\.com\/p\/)/u;

/** The signature that closes an embedded post, if this paragraph ends with one. */
export function postSignature(text: string): PostSignature | null {
  const m = SIGNATURE.exec(text) ?? SHARED_BY.exec(text);
  if (m?.groups) {
    const author = m.groups.author?.trim() || null;
    const date = m.groups.date ?? m.groups.rest ?? "";
    return { author, handle: m.groups.handle ?? null, posted: parseWrittenDate(date), at: m.index };
  }
  const bare = TRAILING_DATE.exec(text);
  const posted = bare?.groups?.date ? parseWrittenDate(bare.groups.date) : null;
  if (bare && posted) return { author: null, handle: null, posted, at: bare.index };
  return null;
}

const BYLINE = new RegExp(`^(?:${alternation(cues.byline_openers)})\\s+[\\p{Lu}@]`, "u");
const BOILERPLATE = new RegExp(`^(?:${alternation(cues.boilerplate)})(?=$|[\\s:.,!|»›>-])`, "iu");
const DATELINE = new RegExp(
  `^(?:(?:Published|Updated|Posted|Last updated)(?:\\s+on)?:?\\s+)?(?:[\\p{Lu}][\\p{L} .'’-]{1,40}[,—–-]\\s*)?${WRITTEN_DATE}(?:[,\\s]+\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s*[A-Z]{2,4})?)?\\.?$`,
  "u",
);

export function wordCount(text: string): number {
  return text.match(/\S*[\p{L}\p{N}]\S*/gu)?.length ?? 0;
}

export const isByline = (text: string) => BYLINE.test(text) && wordCount(text) <= 15 && !text.includes("\n");
export const isDateline = (text: string) => DATELINE.test(text);
export const isBoilerplate = (text: string) =>
  !/[\p{L}\p{N}]/u.test(text) ||
  (BOILERPLATE.test(text) && wordCount(text) <= 15) ||
  /^(?:\s*(?:https?:\/\/|www\.)\S+\s*)+$/u.test(text);

const LIST_ITEM = /^\s*(?:[-*•·–—]|\d{1,3}[.)])\s/u;

/** One line of at most 22 words that starts like a title. */
export function isShortLine(text: string): boolean {
  if (text.includes("\n") || text.length > 160 || LIST_ITEM.test(text)) return false;
  const words = wordCount(text);
  return words > 0 && words <= 22 && /^[\p{Lu}\p{N}"'“‘«(]/u.test(text);
}

/** A title or subheading: one short line that does not read as a sentence. */
export function isHeading(text: string): boolean {
  if (/^#{1,6}\s+\S/.test(text)) return true;
  if (!isShortLine(text)) return false;
  // A paragraph that is one whole quotation is a quoted remark, not a heading.
  if (/^["“«„]/u.test(text) && /["”»]$/u.test(text)) return false;
  return !/[.,;:…]["'”’»)]*$/u.test(text);
}
