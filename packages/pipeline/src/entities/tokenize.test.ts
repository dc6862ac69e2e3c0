import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tokenize, tokenizeByRegex } from "./tokenize.js";

const fixtures = new URL("../../../../fixtures/", import.meta.url).pathname;
const articles = ["wikinews", "events", "politics"].flatMap((dir) =>
  readdirSync(join(fixtures, dir))
    .filter((f) => f.endsWith(".txt"))
    .map((f) => readFileSync(join(fixtures, dir, f), "utf8")),
);

describe("the token scanner", () => {
  it("reads every development article exactly as the token regex does", () => {
    for (const text of articles) expect(tokenize(text)).toEqual(tokenizeByRegex(text));
  });

  it("agrees with the regex on abbreviations, handles, joiners, non-ASCII and odd spacing", () => {
    const cases = [
      "The U.S. and U.K. sent 1,500 troops on 2023-09-21 at 10:35 a.m.",
      "@POTUS wrote: Zelenskyy’s visit — café Düsseldorf Kyiv. Київ 5km x.5 AT&T O'Neill e-mail",
      "Ukraine's \u00a0 forces\u2003advanced 12.5 km; 3/4 of them … “quoted” 🇺🇦 emoji 𝒜lpha ² end.",
      "trailing dot 5. and 5, and a-",
      "@a_very_long_handle_that_goes_on_and_on_past_thirty x",
    ];
    for (const text of cases) expect(tokenize(text)).toEqual(tokenizeByRegex(text));
  });

  it("agrees with the regex on random strings of tricky characters", () => {
    const pool = "aZ09 .,'’-&@_:/\u00a0éК¹²\t\n🇺🇦$%".split("");
    const chars = [...new Set([...pool, ..."aZ09 .,'’-&@_:/\u00a0éК¹²\t\n$%", "🇺", "🇦"])];
    let seed = 42;
    const next = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed;
    };
    for (let n = 0; n < 2000; n++) {
      let text = "";
      const length = next() % 30;
      for (let k = 0; k < length; k++) text += chars[next() % chars.length];
      expect(tokenize(text), JSON.stringify(text)).toEqual(tokenizeByRegex(text));
    }
  });

  it("keeps offsets of a span inside a longer text", () => {
    const text = "Before. Joe Biden met Zelenskyy. After.";
    expect(tokenize(text, 8, 32).map((t) => t.text)).toEqual(["Joe", "Biden", "met", "Zelenskyy", "."]);
    expect(tokenize(text, 8, 32)[0]?.start).toBe(8);
  });
});
