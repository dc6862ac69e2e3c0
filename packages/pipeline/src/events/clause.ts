/** The clause a trigger stands in: where its parties, weapons and dates are looked for first. */
export interface Clause {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** The clause around a trigger: the sentence cut at semicolons and at "while", "but", "whereas" joining clauses. */
export function clauseAround(text: string, start: number, end: number, at: number, atEnd: number): Clause {
  const sentence = text.slice(start, end);
  const rel = at - start;
  // "…promised air defences at a meeting on Wednesday, as Kyiv urged its partners to provide Patriots": ", as" opens another clause.
  const cuts = [...sentence.matchAll(/;|\s(?:while|whereas|but|although|though)\s|,\s(?=as\s)/g)].map(
    (m) => m.index ?? 0,
  );
  const from = Math.max(0, ...cuts.filter((c) => c < rel));
  const to = Math.min(sentence.length, ...cuts.filter((c) => c >= atEnd - start));
  return { text: sentence.slice(from, to), start: start + from, end: start + to };
}
