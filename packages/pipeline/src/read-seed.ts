/**
 * Seed files: `date YYYY-MM-DD`, optional header lines, then the article text. Decoding is
 * strict (UTF-8 only, a BOM is dropped) and the only rewrites are line ends (CRLF, CR → LF) and
 * Unicode NFC, so offsets into the normalized text point at what the author wrote.
 */
import type { RejectReason } from "@sitrep/core";
import { isCalendarDate } from "@sitrep/core";

export const HEADER_KEYS = ["title", "source", "url", "author"] as const;
export type HeaderKey = (typeof HEADER_KEYS)[number];

export interface Seed {
  readonly published: string;
  readonly headers: Readonly<Partial<Record<HeaderKey, string>>>;
  /** The normalized article text; every offset in the datasets points into it. */
  readonly text: string;
}

export type SeedResult =
  | { readonly ok: true; readonly seed: Seed }
  | { readonly ok: false; readonly reason: RejectReason; readonly detail: string };

const reject = (reason: RejectReason, detail: string): SeedResult => ({ ok: false, reason, detail });

/** Index of the first byte that is not part of a valid UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    let need: number;
    let min: number;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return i;
    let cp = b & (0xff >> (need + 2));
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

function describeByte(bytes: Uint8Array, at: number): string {
  const line = bytes.subarray(0, at).filter((b) => b === 0x0a).length + 1;
  const hex = (bytes[at] ?? 0).toString(16).toUpperCase().padStart(2, "0");
  return `byte ${at} (line ${line}) is 0x${hex}`;
}

const DATE_LINE = /^[\s\ufeff]*date(?:[ \t\u00a0]*:[ \t\u00a0]*|[ \t\u00a0]+)(\S+)(?:[ \t\u00a0]+(.*))?$/i;
/** Lowercase keys may be followed by a space or a colon; capitalized ones ("Title:") need the colon. */
const HEADER_LINE = /^(title|source|url|author)(?:[ \t]*:|[ \t]|$)[ \t]*(.*)$/;
const HEADER_LINE_WITH_COLON = /^(title|source|url|author)[ \t]*:[ \t]*(.*)$/i;

/** UTF-16 text with a byte order mark is unambiguous, so it is decoded rather than rejected. */
function decodeUtf16(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le", { fatal: true }).decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be", { fatal: true }).decode(bytes);
  return null;
}

/** Decodes and parses one seed file. Pure: bytes in, seed or reason out. */
export function readSeed(bytes: Uint8Array): SeedResult {
  if (bytes.length === 0) return reject("empty", "the file has no bytes");
  let utf16: string | null;
  try {
    utf16 = decodeUtf16(bytes);
  } catch {
    return reject("invalid_utf8", "the file starts with a UTF-16 byte order mark but is not valid UTF-16");
  }
  return utf16 === null ? decodeUtf8(bytes) : parseSeedText(utf16);
}

function decodeUtf8(bytes: Uint8Array): SeedResult {
  const nul = bytes.indexOf(0);
  if (nul >= 0) return reject("binary", `${describeByte(bytes, nul)} (NUL): this looks like a binary file, not text`);
  const bad = firstInvalidUtf8(bytes);
  if (bad >= 0) {
    return reject("invalid_utf8", `${describeByte(bytes, bad)}, not valid UTF-8; save the file as UTF-8`);
  }
  return parseSeedText(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
}

/** Parses decoded seed text (BOM already dropped by the decoder). */
export function parseSeedText(decoded: string): SeedResult {
  const normalized = decoded.replace(/\r\n?/g, "\n").normalize("NFC");
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
  return { ok: true, seed: { published: date, headers, text } };
}
