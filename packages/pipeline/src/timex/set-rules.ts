/**
 * Rules for sets, times that recur: "on Mondays", "Tuesday nights", "every Thursday", "every
 * January", "each spring", as TIMEX3 SET values (XXXX-WXX-1, XXXX-01, XXXX-SP).
 */
import { monthOf, SEASONS, WEEKDAYS } from "./resolve.js";
import { MONTH, PARTS, type Rule, rel, WEEKDAY } from "./rule.js";

export const SET_RULES: readonly Rule[] = [
  {
    // "on Mondays", "Tuesday nights", "on Monday and Tuesday nights": weekly sets (XXXX-WXX-2TNI).
    cues: ["weekday"],
    re: new RegExp(
      `\\b${WEEKDAY}(?:s\\b|\\s+(mornings|afternoons|evenings|nights)\\b|(?=\\s+(?:and|or)\\s+${WEEKDAY}(?:s\\b|\\s+(mornings|afternoons|evenings|nights)\\b)))`,
      "g",
    ),
    build: (m) => {
      const part = PARTS[(m[2] ?? m[4] ?? "").toLowerCase().replace(/s$/, "")];
      return rel(`XXXX-WXX-${(WEEKDAYS[(m[1] ?? "").toLowerCase()] ?? 0) + 1}${part ? `T${part}` : ""}`, "none", "SET");
    },
  },
  {
    // "every Thursday", "every Saturday morning": a weekly set, TIMEX3 XXXX-WXX-4, XXXX-WXX-6TMO.
    cues: ["weekday"],
    re: new RegExp(`\\b(?:every|each)\\s+${WEEKDAY}(?:\\s+(morning|afternoon|evening|night))?\\b`, "gi"),
    build: (m) => {
      const part = PARTS[(m[2] ?? "").toLowerCase()];
      return rel(`XXXX-WXX-${(WEEKDAYS[(m[1] ?? "").toLowerCase()] ?? 0) + 1}${part ? `T${part}` : ""}`, "none", "SET");
    },
  },
  {
    // "fares rise every January": a yearly set in that month, TIMEX3 XXXX-01.
    cues: ["month"],
    re: new RegExp(`\\b(?:[Ee]very|[Ee]ach)\\s+${MONTH}(?!\\s+\\d)`, "g"),
    build: (m) => {
      const month = monthOf(m[1] ?? "");
      return month ? rel(`XXXX-${String(month).padStart(2, "0")}`, "none", "SET") : null;
    },
  },
  {
    // "each spring", "every winter": a yearly set in that season, TIMEX3 XXXX-SP.
    cues: ["season"],
    re: /\b(?:every|each)\s+(spring|summer|autumn|fall|winter)\b/gi,
    build: (m) => rel(`XXXX-${SEASONS[(m[1] ?? "").toLowerCase()] ?? "SP"}`, "none", "SET"),
  },
];
