/** Names as parts of entity IDs. */

const ASCII = /^\p{ASCII}*$/u;

const slugs = new Map<string, string>();

/** A name as an ID part: "Kryvyi Rih" → "kryvyi-rih". Remembered: the same names come back in every article. */
export function slug(text: string): string {
  let out = slugs.get(text);
  if (out === undefined) {
    // Most names are ASCII, which decomposition leaves as it is: it costs more than the rest together.
    out = (ASCII.test(text) ? text : text.normalize("NFKD").replace(/\p{M}/gu, ""))
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "");
    // Bounded, so a long run's memory stays flat.
    if (slugs.size >= 65_536) slugs.clear();
    slugs.set(text, out);
  }
  return out;
}
