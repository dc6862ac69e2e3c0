/**
 * The briefings' fonts, parsed once per process. pdfkit parses a font it is given by path for
 * every document (45 ms for the three DejaVu faces); a report that writes one brief per article
 * would spend most of its time there. pdfkit takes a parsed fontkit font as well, and each
 * document still embeds its own subset, so sharing one changes no output byte. The fonts also
 * remember how they laid out each word (below), which pdfkit does only within one document.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import * as fontkit from "fontkit";

const require = createRequire(import.meta.url);
const FILES = {
  regular: "DejaVuSans.ttf",
  bold: "DejaVuSans-Bold.ttf",
  italic: "DejaVuSans-Oblique.ttf",
} as const;

export type FontName = keyof typeof FILES;
export const FONT_NAMES = Object.keys(FILES) as FontName[];

let parsed: Record<FontName, fontkit.Font> | null = null;

export function fonts(): Record<FontName, fontkit.Font> {
  parsed ??= Object.fromEntries(
    FONT_NAMES.map((name) => {
      const font = fontkit.create(readFileSync(require.resolve(`dejavu-fonts-ttf/ttf/${FILES[name]}`)));
      if (!("layout" in font)) throw new Error(`${FILES[name]} is a font collection, not a font`);
      return [name, decodingGlyphsOnce(rememberingLayouts(font))];
    }),
  ) as Record<FontName, fontkit.Font>;
  return parsed;
}

/** Words remembered per font; past this many the memory starts over (a corpus's vocabulary is larger). */
const REMEMBERED_WORDS = 50_000;

type Run = Pick<fontkit.GlyphRun, "glyphs" | "positions">;

/**
 * Shaping a word through the font's OpenType tables was a fifth of a report's time, repeated for
 * every word of every document. pdfkit lays out text a word at a time and scales the positions it
 * gets back in place, so each call gets fresh copies of the remembered positions; the glyphs are
 * the font's own cached objects, which pdfkit only reads.
 */
function rememberingLayouts(font: fontkit.Font): fontkit.Font {
  const layout = font.layout.bind(font);
  const runs = new Map<string, Run>();
  const fresh = (run: Run) => {
    const positions = run.positions.map((p) => ({ ...p }));
    return {
      glyphs: run.glyphs,
      positions,
      get advanceWidth() {
        let width = 0;
        for (const p of positions) width += p.xAdvance;
        return width;
      },
    };
  };
  const remembering = (text: string, ...rest: unknown[]) => {
    // OpenType features or a script asked for: laid out as asked, not remembered.
    if (rest.some((r) => r !== undefined)) return (layout as (...a: unknown[]) => fontkit.GlyphRun)(text, ...rest);
    let run = runs.get(text);
    if (!run) {
      const shaped = layout(text);
      run = { glyphs: shaped.glyphs, positions: shaped.positions.map((p) => ({ ...p })) };
      if (runs.size >= REMEMBERED_WORDS) runs.clear();
      runs.set(text, run);
    }
    return fresh(run);
  };
  font.layout = remembering as unknown as typeof font.layout;
  return font;
}

/**
 * Each document's subset decodes the outline of every glyph it takes, points and all, only to learn
 * whether the glyph is made of others: an eighth of a brief's time. The font keeps its glyph
 * objects, so each now keeps its decoded outline too; the subset only reads it. Glyph objects
 * shared by documents must not carry one document's history into another (the code points below).
 */
function decodingGlyphsOnce(font: fontkit.Font): fontkit.Font {
  type Decodable = fontkit.Glyph & { _decode: () => unknown };
  const getGlyph = font.getGlyph.bind(font);
  font.getGlyph = (id: number, codePoints?: number[]) => {
    const glyph = getGlyph(id, codePoints) as Decodable;
    // A glyph first made as a part of another (the dotless i of "í", when a document's subset took
    // it) has no code points, and fontkit keeps that glyph for good: text laid out with it later, in
    // any document, would then lose the character from its text layer (ToUnicode). The code points
    // of the first text that uses it are what a document of its own would have given it.
    if (codePoints && codePoints.length > 0 && glyph.codePoints.length === 0) glyph.codePoints = codePoints;
    if (!Object.hasOwn(glyph, "_decode")) {
      const decode = glyph._decode.bind(glyph);
      let outline: unknown;
      let decoded = false;
      glyph._decode = () => {
        if (!decoded) [outline, decoded] = [decode(), true];
        return outline;
      };
    }
    return glyph;
  };
  return font;
}

/** Scripts DejaVu Sans covers whole (Latin, Greek, Cyrillic, punctuation, arrows, maths): most text skips the check. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the range starts at the first code point on purpose.
const COVERED = /^[\u0000-\u052f\u1e00-\u1fff\u2000-\u22ff]*$/u;
/** What a run of letters the fonts lack prints as. */
export const NOT_SHOWN = "[…]";
const hasGlyph = new Map<number, boolean>();

/** Whether every face has a glyph for the code point: a letter the italic lacks is as unshowable as one none has. */
function showable(cp: number): boolean {
  let has = hasGlyph.get(cp);
  if (has === undefined) {
    const faces = fonts();
    has = FONT_NAMES.every((name) => faces[name].hasGlyphForCodePoint(cp));
    hasGlyph.set(cp, has);
  }
  return has;
}

/**
 * Text as the PDF can show it. pdfkit sets a character the fonts lack as an empty box and misjudges
 * the width of a line of them, which then runs off the page; so each run of letters in a script the
 * fonts lack (Chinese, Hindi) prints as "[…]", and symbols they lack (most emoji, their skin tones
 * and keycaps) are left out with the space they would leave doubled. Line breaks stay. The datasets
 * keep every character.
 */
export function printable(text: string): string {
  if (COVERED.test(text)) return text;
  let out = "";
  let lacking = false;
  let gap = "";
  // After a symbol left out at the start or after a space, the spaces that follow go too.
  let skipSpaces = false;
  // The joiners, selectors and skin tones that go with a symbol left out go with it.
  let dropping = false;
  for (const ch of text) {
    const cp = ch.codePointAt(0) as number;
    if (dropping && /[\p{Cf}\p{M}\p{Sk}]/u.test(ch)) continue;
    dropping = false;
    if (ch === "\n") {
      out += ch;
      [lacking, gap, skipSpaces] = [false, "", false];
    } else if (/\s/u.test(ch)) {
      // Spaces between two unshown words belong to the run they sit in.
      if (lacking) gap += ch;
      else if (!skipSpaces) out += ch;
    } else if (showable(cp)) {
      out += gap + ch;
      [lacking, gap, skipSpaces] = [false, "", false];
    } else if (/[\p{L}\p{N}]/u.test(ch) || (lacking && /\p{M}/u.test(ch))) {
      if (!lacking) out += NOT_SHOWN;
      [lacking, gap, skipSpaces] = [true, "", false];
    } else if (!lacking) {
      skipSpaces = out === "" || /\s$/u.test(out);
      dropping = true;
    }
  }
  return out + gap;
}
