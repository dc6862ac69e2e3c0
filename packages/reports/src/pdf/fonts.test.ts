import { describe, expect, it } from "vitest";
import { NOT_SHOWN, printable } from "./fonts.js";

describe("text as the PDF can show it", () => {
  it("leaves text in the fonts' scripts as it is", () => {
    const text = "Kyiv — Київ, «Αθήνα», Kılıçdaroğlu: 5 km², ½ of it.\nNext line";
    expect(printable(text)).toBe(text);
  });

  it("marks each run of letters the fonts lack once, spaces inside it included, and keeps line breaks", () => {
    expect(printable("Kyiv said 北京 and 上海 agreed")).toBe(`Kyiv said ${NOT_SHOWN} and ${NOT_SHOWN} agreed`);
    expect(printable("नई दिल्ली said")).toBe(`${NOT_SHOWN} said`);
    expect(printable("北京\n上海")).toBe(`${NOT_SHOWN}\n${NOT_SHOWN}`);
  });

  it("leaves out symbols the fonts lack without leaving their space doubled", () => {
    expect(printable("Talks 👩‍👩‍👧 went on")).toBe("Talks went on");
    expect(printable("👍🏽 good")).toBe("good");
    expect(printable("Kyiv 🇺🇦 said")).toBe("Kyiv said");
    // Spaces elsewhere in the text are not touched.
    expect(printable("A  B 🇺🇦 C")).toBe("A  B C");
  });

  it("does not take a keycap's marks for letters", () => {
    expect(printable("Press 1️⃣ now")).not.toContain(NOT_SHOWN);
  });
});
