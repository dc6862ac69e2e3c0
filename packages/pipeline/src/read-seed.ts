/**
 * Seed files: `date YYYY-MM-DD`, optional header lines, then the article text. After decoding
 * (decode.ts) the only rewrites are line ends (CRLF, CR → LF), invisible formatting characters
 * removed and control characters made spaces (see `cleanText`), and Unicode NFC, so offsets
 * into the normalized text point at what the author wrote.
 */
import type { Encoding, RejectReason } from "@sitrep/core";
import { isCalendarDate } from "@sitrep/core";
import { decode } from "./decode.js";

export { firstInvalidUtf8 } from "./decode.js";

export const HEADER_KEYS = ["title", "source", "url", "author"] as const;
export type HeaderKey = (typeof HEADER_KEYS)[number];

export interface Seed {
  readonly published: string;
  readonly headers: Readonly<Partial<Record<HeaderKey, string>>>;
  /** The normalized article text; every offset in the datasets points into it. */
  readonly text: string;
  readonly encoding: Encoding;
  /** What was read with a guess or changed beyond line ends and NFC, for a person. */
  readonly warnings: readonly string[];
}

export type SeedResult =
  | { readonly ok: true; readonly seed: Seed }
  | { readonly ok: false; readonly reason: RejectReason; readonly detail: string };

const reject = (reason: RejectReason, detail: string): SeedResult => ({ ok: false, reason, detail });

/**
 * Characters that show nothing yet change what a reader or a spreadsheet sees: bidirectional
 * embeddings, overrides and isolates (which can make a cell display text reversed), zero-width
 * spaces, word joiners, soft hyphens and stray byte order marks (which split "Uk\u200Braine" so no
 * name matches). The joiners ZWJ and ZWNJ stay: emoji sequences and Persian or Indic words need them.
 */
const INVISIBLE = /[\u00ad\u061c\u180e\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]/g;
/** C0 and C1 control characters other than tab and line feed: no text means them, and XML (xlsx) forbids most. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** The text without invisible formatting characters and with control characters as spaces; what changed. */
export function cleanText(text: string): { text: string; warnings: string[] } {
  const warnings: string[] = [];
  let invisible = 0;
  let controls = 0;
  const cleaned = text
    .replace(INVISIBLE, () => {
      invisible++;
      return "";
    })
    .replace(CONTROL, () => {
      controls++;
      return " ";
    });
  if (invisible > 0)
    warnings.push(
      `removed ${invisible} invisible formatting character(s) (bidi controls, zero-width spaces, soft hyphens)`,
    );
  if (controls > 0) warnings.push(`replaced ${controls} control character(s) with spaces`);
  return { text: cleaned, warnings };
}

const DATE_LINE = /^[\s\ufeff]*date(?:[ \t\u00a0]*:[ \t\u00a0]*|[ \t\u00a0]+)(\S+)(?:[ \t\u00a0]+(.*))?$/i;
/** Lowercase keys may be followed by a space or a colon; capitalized ones ("Title:") need the colon. */
const HEADER_LINE = /^(title|source|url|author)(?:[ \t]*:|[ \t]|$)[ \t]*(.*)$/;
const HEADER_LINE_WITH_COLON = /^(title|source|url|author)[ \t]*:[ \t]*(.*)$/i;

/** Decodes and parses one seed file. Pure: bytes in, seed or reason out. */
export function readSeed(bytes: Uint8Array): SeedResult {
  const decoded = decode(bytes);
  if (!decoded.ok) return reject(decoded.reason, decoded.detail);
  const result = parseSeedText(decoded.text);
  if (!result.ok) return result;
  const warnings = decoded.warning ? [decoded.warning, ...result.seed.warnings] : result.seed.warnings;
  return { ok: true, seed: { ...result.seed, encoding: decoded.encoding, warnings } };
}

/** Parses decoded seed text (BOM already dropped by the decoder). */
export function parseSeedText(decoded: string): SeedResult {
  const cleaned = cleanText(decoded.replace(/\r\n?/g, "\n"));
  const normalized = cleaned.text.normalize("NFC");
  if (normalized.trim() === "") return reject("empty", "the file holds only whitespace");

  const lines = normalized.split("\n");
  const firstIndex = lines.findIndex((l) => l.trim() !== "");
  const first = lines[firstIndex] ?? "";
  const dateLine = DATE_LINE.exec(first);
  if (!dateLine) {
    const shown = first.trim().slice(0, 40);
    return reject("no_date_header", `line ${firstIndex + 1}: expected 'date YYYY-MM-DD', found '${shown}'`);
  }
  const date = dateLine[1] ?? "";
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) {
    return reject("invalid_date", `line ${firstIndex + 1}: '${date}' is not a YYYY-MM-DD date`);
  }
  if (!isCalendarDate(date)) {
    return reject("invalid_date", `line ${firstIndex + 1}: ${date} is not a day of the calendar`);
  }

  const headers: Partial<Record<HeaderKey, string>> = {};
  let bodyLines: string[];
  if (dateLine[2] !== undefined && dateLine[2].trim() !== "") {
    bodyLines = [dateLine[2].trim(), ...lines.slice(firstIndex + 1)];
  } else {
    let i = firstIndex + 1;
    for (; i < lines.length; i++) {
      const line = lines[i] ?? "";
      if (line.trim() === "") continue;
      const header = HEADER_LINE.exec(line.trim()) ?? HEADER_LINE_WITH_COLON.exec(line.trim());
      const key = header?.[1]?.toLowerCase() as HeaderKey | undefined;
      if (!header || !key || key in headers) break;
      headers[key] = (header[2] ?? "").trim();
    }
    bodyLines = lines.slice(i);
  }
  for (const key of HEADER_KEYS) if (headers[key] === "") delete headers[key];
  const text = bodyLines.join("\n").trim();
  if (text === "") return reject("no_body", "the header is there but no article text follows it");
  return { ok: true, seed: { published: date, headers, text, encoding: "utf-8", warnings: cleaned.warnings } };
}
