/**
 * Bytes to text, for files of unknown origin. UTF-8 is the format; UTF-16 with a byte order mark
 * (Windows Notepad) is unambiguous and decoded; bytes that are not UTF-8 are read as Windows-1252,
 * the encoding of old Windows and most "Latin-1" files, with a warning — one stray `£` from an
 * old editor should not cost the article. Binary files (NUL bytes, known file signatures, control
 * characters) and text in other legacy encodings (KOI8-R, Shift-JIS, whose bytes decode to Latin
 * nonsense) are refused.
 */
import type { Encoding } from "@sitrep/core";

export type Decoded =
  | { readonly ok: true; readonly text: string; readonly encoding: Encoding; readonly warning?: string }
  | { readonly ok: false; readonly reason: "binary" | "invalid_utf8" | "empty"; readonly detail: string };

/** Index of the first byte that is not part of a valid UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array, from = 0): number {
  let i = from;
  while (i < bytes.length) {
    const length = utf8SequenceAt(bytes, i);
    if (length === 0) return i;
    i += length;
  }
  return -1;
}

/** Length of the valid UTF-8 sequence at `i` (1 to 4), or 0 if the byte there starts none. */
function utf8SequenceAt(bytes: Uint8Array, i: number): number {
  const b = bytes[i] as number;
  if (b < 0x80) return 1;
  let need: number;
  let min: number;
  if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
  else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
  else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
  else return 0;
  let cp = b & (0xff >> (need + 2));
  for (let k = 1; k <= need; k++) {
    const c = bytes[i + k];
    if (c === undefined || (c & 0xc0) !== 0x80) return 0;
    cp = (cp << 6) | (c & 0x3f);
  }
  if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return 0;
  return need + 1;
}

/** "byte 23 (line 1) is 0xA3" */
export function describeByte(bytes: Uint8Array, at: number): string {
  let line = 1;
  // LF, CRLF and a lone CR each end a line.
  for (let i = 0; i < at; i++) if (bytes[i] === 0x0a || (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a)) line++;
  const hex = (bytes[at] ?? 0).toString(16).toUpperCase().padStart(2, "0");
  return `byte ${at} (line ${line}) is 0x${hex}`;
}

/** Windows-1252 0x80–0x9F; the five bytes it leaves undefined are 0. */
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0, 0,
  0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];
const cp1252 = (b: number) => (b >= 0x80 && b < 0xa0 ? (CP1252_HIGH[b - 0x80] as number) : b);

/** File signatures of formats people rename to .txt by mistake. */
const SIGNATURES: readonly [string, readonly number[]][] = [
  ["a PNG image", [0x89, 0x50, 0x4e, 0x47]],
  ["a JPEG image", [0xff, 0xd8, 0xff]],
  ["a GIF image", [0x47, 0x49, 0x46, 0x38]],
  ["a PDF document", [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ["a ZIP archive (or a Word or Excel file)", [0x50, 0x4b, 0x03, 0x04]],
  ["a gzip archive", [0x1f, 0x8b]],
  ["an old Word or Excel file", [0xd0, 0xcf, 0x11, 0xe0]],
  ["an RTF document", [0x7b, 0x5c, 0x72, 0x74, 0x66]],
];

const isControl = (b: number) => b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c;

/** Why these bytes are not text, or null. */
function binaryKind(bytes: Uint8Array): string | null {
  for (const [what, magic] of SIGNATURES) {
    if (magic.every((b, i) => bytes[i] === b)) return `the file starts like ${what}, not text`;
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) return `${describeByte(bytes, nul)} (NUL): this looks like a binary file, not text`;
  // Text has no more than a stray control character or two; binary data has them everywhere.
  const sample = Math.min(bytes.length, 65536);
  let controls = 0;
  for (let i = 0; i < sample; i++) if (isControl(bytes[i] as number)) controls++;
  if (controls > 8 && controls > sample / 200) {
    return `${controls} control characters in the first ${sample} bytes: this looks like a binary file, not text`;
  }
  return null;
}

/** UTF-32's byte order marks; its BOM starts like UTF-16's, so it is told apart first. */
function utf32(bytes: Uint8Array): Decoded | null {
  const le = bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0 && bytes[3] === 0;
  const be = bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff;
  if (!le && !be) return null;
  return { ok: false, reason: "invalid_utf8", detail: "the file is UTF-32 text; save it as UTF-8" };
}

/** ASCII text saved as UTF-16 without a byte order mark: a NUL after (or before) every letter. */
function looksUtf16(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 64) & ~1;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  return n >= 8 && Math.max(even, odd) >= (n / 2) * 0.8 && Math.min(even, odd) === 0;
}

function decodeUtf16(bytes: Uint8Array): Decoded | null {
  const le = bytes[0] === 0xff && bytes[1] === 0xfe;
  if (!le && !(bytes[0] === 0xfe && bytes[1] === 0xff)) return null;
  try {
    const text = new TextDecoder(le ? "utf-16le" : "utf-16be", { fatal: true }).decode(bytes);
    return { ok: true, text, encoding: le ? "utf-16le" : "utf-16be" };
  } catch {
    return {
      ok: false,
      reason: "invalid_utf8",
      detail: "the file starts with a UTF-16 byte order mark but is not valid UTF-16",
    };
  }
}

/**
 * UTF-8 where the bytes are UTF-8, Windows-1252 where they are not. A file that is mostly
 * non-ASCII yet not UTF-8 is in some other legacy encoding, and guessing would write nonsense.
 */
function decodeMixed(bytes: Uint8Array, firstBad: number): Decoded {
  const parts: string[] = [];
  let invalid = 0;
  let multibyte = 0;
  let plain = 0;
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  let from = bom ? 3 : 0;
  let i = from;
  const flush = (to: number) => {
    // ignoreBOM: a U+FEFF inside the text is text here; the cleaning step removes and counts it.
    if (to > from) parts.push(new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes.subarray(from, to)));
  };
  while (i < bytes.length) {
    const b = bytes[i] as number;
    const length = utf8SequenceAt(bytes, i);
    if (length > 1) multibyte++;
    else if (length === 1 && ((b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a))) plain++;
    if (length > 0) {
      i += length;
      continue;
    }
    const code = cp1252(b);
    if (code === 0) {
      return {
        ok: false,
        reason: "invalid_utf8",
        detail: `${describeByte(bytes, i)}: the file is neither UTF-8 nor Windows-1252 text; save it as UTF-8`,
      };
    }
    flush(i);
    parts.push(String.fromCharCode(code));
    invalid++;
    from = ++i;
  }
  flush(bytes.length);
  // Western text has an accented letter or a curly quote here and there; Shift-JIS and KOI8-R are mostly such bytes.
  if (invalid >= 8 && invalid > (plain + invalid) / 5) {
    return {
      ok: false,
      reason: "invalid_utf8",
      detail: `${describeByte(bytes, firstBad)}, not UTF-8, and ${invalid} such bytes: this looks like a legacy encoding (KOI8-R, Shift-JIS, …); save the file as UTF-8`,
    };
  }
  const encoding: Encoding = multibyte > 0 ? "utf-8+windows-1252" : "windows-1252";
  const warning = `not valid UTF-8 (${describeByte(bytes, firstBad)}); ${invalid} byte(s) read as Windows-1252 — check the text, or save the file as UTF-8`;
  return { ok: true, text: parts.join(""), encoding, warning };
}

const STRICT_UTF8 = new TextDecoder("utf-8", { fatal: true });

/** Decodes one file's bytes; a UTF-8 byte order mark is dropped. */
export function decode(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, reason: "empty", detail: "the file has no bytes" };
  const utf16 = utf32(bytes) ?? decodeUtf16(bytes);
  if (utf16) return utf16;
  if (looksUtf16(bytes)) {
    return {
      ok: false,
      reason: "invalid_utf8",
      detail: "the file looks like UTF-16 text without a byte order mark; save it as UTF-8",
    };
  }
  const binary = binaryKind(bytes);
  if (binary) return { ok: false, reason: "binary", detail: binary };
  try {
    return { ok: true, text: STRICT_UTF8.decode(bytes), encoding: "utf-8" };
  } catch (error) {
    // The decoder's TypeError means invalid UTF-8; anything else (a string too long for V8) is not ours to guess at.
    if (!(error instanceof TypeError)) throw error;
    return decodeMixed(bytes, firstInvalidUtf8(bytes));
  }
}
