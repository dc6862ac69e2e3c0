/**
 * Rules for expressions relative to the date the article last named ("later that year", "the
 * next morning", "two weeks later", "the day before"): the tagger leaves an ANAPHOR value that
 * anchorAnaphora resolves over the whole article.
 */
import { AMOUNT, amountOf } from "./amounts.js";
import { ago, type Unit } from "./resolve.js";
import { COMPARED, type Rule, rel, yearAgo } from "./rule.js";

export const ANAPHORA_RULES: readonly Rule[] = [
  {
    // "later that year", "earlier in the day", "the next morning", "the following week", "signed the
    // day before.": relative to the date the article last named.
    cues: ["unit", "dayword"],
    re: new RegExp(
      `\\b(?:(?:earlier|later|early|late)\\s+(?:that|the same|in the)\\s+(day|week|month|year)|(?:that|the same)\\s+(day|week|month|year)|the\\s+(next|following|previous)\\s+(day|morning|week|month|year)|${AMOUNT}\\s+(day|week|month|year)s?\\s+(earlier|later)(?!\\s+than\\b)|the\\s+(day|week|month|year)\\s+(before|after)(?=\\s*(?:[.,;:)]|$)))\\b`,
      "gi",
    ),
    build: (m, c) => {
      // "over the next month", "during the following year": a stretch of time (span-rules.ts).
      if (/^(?:week|month|year)$/i.test(m[4] ?? "") && /\b(?:over|during|in|for|within|throughout)\s+$/i.test(c.before))
        return null;
      const unit = (m[1] ?? m[2] ?? m[4] ?? m[6] ?? m[8] ?? "day").toLowerCase().replace("morning", "day");
      // "up from $58 million a year earlier": a comparison with the same period before the report's.
      if (m[7]?.toLowerCase() === "earlier" && COMPARED.test(c.before)) {
        const n = amountOf(m[5] ?? "") ?? 1;
        const r = ago(c.pub, n, unit as Unit);
        if (r) return n === 1 && unit === "year" ? rel(yearAgo(r.value), "year") : rel(r.value, r.precision);
      }
      // "a day earlier", "two weeks later": that many units from the date named before.
      const count = m[5] ? (amountOf(m[5]) ?? 1) : 1;
      const offset = m[7]
        ? m[7].toLowerCase() === "later"
          ? count
          : -count
        : /next|following/i.test(m[3] ?? "") || /after/i.test(m[9] ?? "")
          ? 1
          : /previous/i.test(m[3] ?? "") || /before/i.test(m[9] ?? "")
            ? -1
            : 0;
      return { ...rel(`ANAPHOR:${unit}:${offset}`, unit), startAt: 0 };
    },
  },
];
