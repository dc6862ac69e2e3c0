/** Subjects a clause gives as a pronoun: who "he", "she" and "it" stand for is decided in roles.ts. */
import { SPEECH_VERBS } from "../quotes/context.js";

/** "He also met …", "…, and she accused …": a subject pronoun opening the clause, a few words before the trigger. */
export const PRONOUN_SUBJECT =
  /(?:^|[,;:]\s+|\band\s+)(he|she)\s+(?:(?:also|later|then|again|has|had|have|was|would|will|had\s+also|has\s+also)\s+){0,2}$/i;
/**
 * "Poland … has said it will send more", "Belgium's defense ministry said the … jets it has promised
 * Ukraine": "it" before the verb, in what someone reports, is the one reporting.
 */
export const SAID_IT = new RegExp(
  `\\b(?:${SPEECH_VERBS})\\b[^;]*\\bit\\s+(?:(?:would|will|could|might|may|had|has|have|was|is|also|now|already|eventually|soon|then|not)\\s+){0,3}$`,
  "i",
);
