/** Subjects a clause gives as a pronoun: who "he", "she" and "it" stand for is decided in roles.ts. */
import { SPEECH_VERBS } from "../quotes/context.js";

/** "He also met …", "…, and she accused …": a subject pronoun opening the clause, a few words before the trigger. */
export const PRONOUN_SUBJECT =
  /(?:^|[,;:]\s+|\band\s+)(he|she)\s+(?:(?:also|later|then|again|has|had|have|was|would|will|had\s+also|has\s+also)\s+){0,2}$/i;
/** "has said it will", "announced that it would": the one who said it is the one who does it. */
export const SAID_IT = new RegExp(
  `\\b(?:${SPEECH_VERBS})\\s+(?:that\\s+)?it\\s+(?:(?:would|will|could|might|may|had|has|was|is|also|now|eventually|soon|then|not)\\s+){0,3}$`,
  "i",
);
/** "said the first of the 30 F-16 jets it has promised Ukraine will …": "it" further on in a report of one's own. */
export const REPORTED_IT = new RegExp(
  `\\b(?:${SPEECH_VERBS})\\b[^;]*\\bit\\s+(?:(?:would|will|could|might|may|had|has|have|was|is|also|now|already|eventually|soon|then|not)\\s+){0,3}$`,
  "i",
);
