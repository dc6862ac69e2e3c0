import { describe, expect, it } from "vitest";
import { firstInvalidUtf8, readSeed } from "./read-seed.js";

const utf8 = (s: string) => new TextEncoder().encode(s);
const ok = (s: string | Uint8Array) => {
  const result = readSeed(typeof s === "string" ? utf8(s) : s);
  if (!result.ok) throw new Error(`rejected: ${result.reason} ${result.detail}`);
  return result.seed;
};
const rejected = (s: string | Uint8Array) => {
  const result = readSeed(typeof s === "string" ? utf8(s) : s);
  if (result.ok) throw new Error("accepted");
  return result;
};

describe("readSeed", () => {
  it("takes the text from the date line itself, after leading whitespace, as in the original seed", () => {
    const seed = ok(" date 2023-09-23 US President Joe Biden has told Ukraine.\n\nSecond paragraph.");
    expect(seed.published).toBe("2023-09-23");
    expect(seed.text).toBe("US President Joe Biden has told Ukraine.\n\nSecond paragraph.");
  });

  it("takes the text from the next line, after optional header lines", () => {
    const seed = ok(
      "date 2008-03-01\ntitle: Airbus wins tanker deal\nsource Wikinews\nurl https://example.org/a\nauthor: Jane Doe\n\nAirbus wins.\n",
    );
    expect(seed.headers).toEqual({
      title: "Airbus wins tanker deal",
      source: "Wikinews",
      url: "https://example.org/a",
      author: "Jane Doe",
    });
    expect(seed.text).toBe("Airbus wins.");
  });

  it("accepts trailing spaces after the date, a colon without a space, and capitalized keys with a colon", () => {
    expect(ok("date 2024-01-13 \t\nBody.").text).toBe("Body.");
    expect(ok("date:2024-01-13\nBody.").published).toBe("2024-01-13");
    expect(ok("Date: 2024-01-13\nTitle: Grain deal\nSource: Reuters\nauthor:\n\nBody.").headers).toEqual({
      title: "Grain deal",
      source: "Reuters",
    });
  });

  it("decodes UTF-16 text that starts with a byte order mark", () => {
    const text = "date 2024-01-13\nДві країни.";
    const le = new Uint8Array([
      0xff,
      0xfe,
      ...new Uint8Array(new Uint16Array([...text].map((c) => c.charCodeAt(0))).buffer),
    ]);
    expect(ok(le).text).toBe("Дві країни.");
  });

  it("treats a capitalized first line as text, not as a header", () => {
    expect(ok("date 2008-03-01\nTitle fight ends in a draw\n\nBody.").text).toBe("Title fight ends in a draw\n\nBody.");
  });

  it("drops a BOM, turns CRLF and CR into LF and composes to NFC, leaving quotes and dashes alone", () => {
    const seed = ok("\ufeffdate 2023-01-02\r\nCafe\u0301 “quoted” – dash\r\rEnd.");
    expect(seed.text).toBe("Café “quoted” – dash\n\nEnd.");
  });

  it.each([
    ["", "empty"],
    [" \n\t\n", "empty"],
    ["Breaking news\nBody", "no_date_header"],
    ["date 23-09-2023 Body", "invalid_date"],
    ["date 2023-02-30 Body", "invalid_date"],
    ["date 2023-09-23\ntitle Only a title\n\n", "no_body"],
  ])("rejects %j as %s", (input, reason) => {
    expect(rejected(input).reason).toBe(reason);
  });

  it("explains a bad date and a missing header in words", () => {
    expect(rejected("date 2023-02-30 x").detail).toBe("line 1: 2023-02-30 is not a day of the calendar");
    expect(rejected("\n\nHello world\n").detail).toBe("line 3: expected 'date YYYY-MM-DD', found 'Hello world'");
  });

  it("rejects binary data: file signatures, NUL bytes, control characters", () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]);
    expect(rejected(png)).toEqual({
      ok: false,
      reason: "binary",
      detail: "the file starts like a PNG image, not text",
    });
    expect(rejected(new Uint8Array([...utf8("%PDF-1.7\n")])).detail).toMatch(/PDF document/);
    expect(rejected(new Uint8Array([...utf8("date 2023-01-01 a\nb"), 0, 1])).detail).toBe(
      "byte 19 (line 2) is 0x00 (NUL): this looks like a binary file, not text",
    );
    const noisy = new Uint8Array(400).map((_, i) => (i % 20 === 0 ? 0x01 : 0x61));
    expect(rejected(noisy).detail).toBe(
      "20 control characters in the first 400 bytes: this looks like a binary file, not text",
    );
  });

  it("reads bytes that are not UTF-8 as Windows-1252, with a warning naming the first one", () => {
    const latin1 = new Uint8Array([...utf8("date 2023-01-01 Price: "), 0xa3, ...utf8("5, \u20ac2")]);
    const seed = ok(latin1);
    expect(seed.text).toBe("Price: \u00a35, \u20ac2");
    expect(seed.encoding).toBe("utf-8+windows-1252");
    expect(seed.warnings).toEqual([
      "not valid UTF-8 (byte 23 (line 1) is 0xA3); 1 byte(s) read as Windows-1252 — check the text, or save the file as UTF-8",
    ]);
    expect(ok(new Uint8Array([...utf8("date 2023-01-01 "), 0x93, 0x48, 0x69, 0x94])).text).toBe("\u201cHi\u201d");
  });

  it("counts lines ended by LF, CRLF or a lone CR when it names a byte, and keeps a BOM out of the label", () => {
    const cr = new Uint8Array([...utf8("date 2023-01-01\rOne\rTwo "), 0xa3]);
    expect(ok(cr).warnings[0]).toContain("(line 3) is 0xA3");
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("date 2023-01-01 Price "), 0xa3, 0x35]);
    expect(ok(bom)).toMatchObject({ text: "Price \u00a35", encoding: "windows-1252" });
  });

  it("names UTF-32 and UTF-16 without a byte order mark instead of calling them binary", () => {
    const text = "date 2023-01-01 Text";
    const utf32 = new Uint8Array([0xff, 0xfe, 0, 0, ...[...text].flatMap((c) => [c.charCodeAt(0), 0, 0, 0])]);
    expect(rejected(utf32).detail).toBe("the file is UTF-32 text; save it as UTF-8");
    const utf16 = new Uint8Array(Buffer.from(text, "utf16le"));
    expect(rejected(utf16).detail).toBe("the file looks like UTF-16 text without a byte order mark; save it as UTF-8");
  });

  it("refuses text in other legacy encodings, and bytes Windows-1252 leaves undefined", () => {
    const koi8 = new Uint8Array([
      ...utf8("date 2023-01-01 "),
      0xf0,
      0xd2,
      0xc9,
      0xd7,
      0xc5,
      0xd4,
      0x20,
      0xcd,
      0xc9,
      0xd2,
    ]);
    expect(rejected(koi8).detail).toMatch(
      /^byte 16 \(line 1\) is 0xF0, not UTF-8, and 9 such bytes: this looks like a legacy encoding/,
    );
    expect(rejected(new Uint8Array([...utf8("date 2023-01-01 ab"), 0x81])).detail).toBe(
      "byte 18 (line 1) is 0x81: the file is neither UTF-8 nor Windows-1252 text; save it as UTF-8",
    );
  });

  it("removes invisible formatting characters and blanks control characters, and says so", () => {
    const seed = ok("date 2023-01-01 Uk\u200braine\u00ad \u202eok\u202c\u000b done \u200d👩\u200d👧");
    expect(seed.text).toBe("Ukraine ok  done \u200d👩\u200d👧");
    expect(seed.warnings).toEqual([
      "removed 4 invisible formatting character(s) (bidi controls, zero-width spaces, soft hyphens)",
      "replaced 1 control character(s) with spaces",
    ]);
  });

  it("finds the first invalid UTF-8 byte, including overlong forms and surrogates", () => {
    expect(firstInvalidUtf8(utf8("ok Дві 😀"))).toBe(-1);
    expect(firstInvalidUtf8(new Uint8Array([0x41, 0xc0, 0x80]))).toBe(1);
    expect(firstInvalidUtf8(new Uint8Array([0xed, 0xa0, 0x80]))).toBe(0);
    expect(firstInvalidUtf8(new Uint8Array([0x41, 0xe2, 0x82]))).toBe(1);
  });
});
