/**
 * The data appendix: the files the briefing was made from (rows, bytes, SHA-256, as the datasets'
 * manifest lists them), how each table is made, and what the method does not do well, so a reader
 * can weigh a line of the briefing before acting on it.
 */
import type { Datasets } from "../read-datasets.js";
import { plural } from "./appendix.js";
import { type BriefingDocument, NEW_PAGE } from "./document.js";

const METHOD: readonly (readonly [string, string])[] = [
  [
    "Reading",
    "Each seed is decoded (UTF-8, UTF-16 with a byte-order mark, else Windows-1252 with a warning), its line " +
      "endings and Unicode form normalized and invisible formatting characters removed; that text is " +
      "texts/<article_id>.txt, and every row's start and end are offsets into it (UTF-16 code units, end " +
      "excluded). Unreadable files are listed in rejects.csv with the reason; exact copies are skipped and " +
      "near-copies marked in articles.csv (duplicate_of, similarity).",
  ],
  [
    "Blocks and sentences",
    "Paragraphs are classified as body text, subheadings, photo captions (with their credit), embedded social " +
      "posts (with author, handle and date), bylines and datelines, then split into sentences; each is labelled " +
      "with its language from the letters it uses.",
  ],
  [
    "Entities",
    "People, organizations, places, weapon systems and groups are found from lexicons (weapons, organizations, " +
      "places, titles), a gazetteer of the world's towns of 15,000 people or more, and rules on capitalized " +
      "names; the mentions of one entity are linked, within and across articles, to one row of entities.csv " +
      "with its country where known.",
  ],
  [
    "Dates and quantities",
    'Time expressions get TIMEX3 values at the precision they are written with; relative ones ("on Thursday", ' +
      '"last year") are resolved against the publication date, or a post\'s own date, and the tense of their ' +
      "verb. Amounts are normalized to SI units and ISO 4217 currency codes (no currency is converted); vague " +
      'ones ("dozens") are flagged approximate.',
  ],
  [
    "Quotes",
    "Quotations in straight, curly and single marks, partial quotes and social posts, each with its speaker: " +
      'the name by a speech verb on either side, or the person a pronoun or a role ("the ministry said") ' +
      "points back to.",
  ],
  [
    "Events",
    "Trigger words and phrases of the PLOVER event types, read from lexicons, with actor, recipient, object, " +
      "place and date taken from the sentence, a status (occurred, pledged, delivered, requested, denied, " +
      "possible) and who reports it. Mentions of one event, in one article or many, merge into one row of " +
      "events.csv when type, actors, object and date agree; event_mentions.csv keeps every mention. The key " +
      "developments rank events by reports, status, type, the actors' prominence and recency.",
  ],
];

const LIMITATIONS: readonly string[] = [
  "Events are found by rules, not read by a person: on hand-annotated war news they match about two in three " +
    "events, and fewer on unseen articles, so some events are missing and some rows are wrong. Read the cited " +
    "sentence before relying on one.",
  "A quotation's speaker is wrong about once in ten on political news; an unnamed speaker is given as written " +
    '("a senior official").',
  'Relative dates take the publication date as "now": an article published days after it was written, or a ' +
    "quotation about another time, can move a date.",
  "Names the lexicons and the gazetteer do not hold are found by their capitals and may get the wrong type; a " +
    "weapon system the weapons lexicon lacks is not recognized as one.",
  "The rules are written for English: text in other languages is kept, split and labelled, but few of its names, " +
    "dates or events are found.",
  "Syndicated copies are marked, not removed: an event they repeat counts one report per copy.",
  "Borders on the map are Natural Earth's and imply no position on disputed territory. Letters of scripts " +
    "the fonts lack (Chinese, Japanese, Hindi, Thai, …) print as […] in this PDF and most emoji are left out; the datasets keep them.",
];

/** A hash as two halves, so that a narrow column wraps it in the middle rather than anywhere. */
const halves = (hash: string) => `${hash.slice(0, 32)} ${hash.slice(32)}`;

/** Files of texts/ are summed into one row: a thousand articles would be a thousand rows. */
function fileRows(data: Datasets): string[][] {
  const texts = data.files.filter((f) => f.path.startsWith("texts/"));
  const rows = data.files
    .filter((f) => !f.path.startsWith("texts/"))
    .map((f) => [
      f.path,
      f.rows === undefined ? "" : f.rows.toLocaleString("en-US"),
      f.bytes.toLocaleString("en-US"),
      halves(f.sha256),
    ]);
  if (texts.length > 0)
    rows.push([
      `texts/ (${plural(texts.length, "file")})`,
      "",
      texts.reduce((n, f) => n + f.bytes, 0).toLocaleString("en-US"),
      "each in manifest.json",
    ]);
  return rows;
}

export function dataAppendix(pdf: BriefingDocument, data: Datasets): void {
  pdf.chapter("Data appendix", NEW_PAGE, () => {
    pdf.paragraph(
      `Everything in this briefing comes from these files, data version ${data.dataVersion} (the SHA-256 of ` +
        `the datasets' manifest.json, which lists every input and output), made by sitrep ${data.softwareVersion}. ` +
        "The CSVs are UTF-8 with a byte-order mark and a header row; data-dictionary.md describes every column.",
      "meta",
    );
    pdf.table(
      [
        { header: "File", width: 3 },
        { header: "Rows", width: 1 },
        { header: "Bytes", width: 1.2 },
        { header: "SHA-256", width: 4 },
      ],
      fileRows(data),
    );
    pdf.heading(3, "Method");
    for (const [title, text] of METHOD) pdf.labelled(`${title}.`, text);
    pdf.heading(3, "Known limitations");
    for (const text of LIMITATIONS) pdf.paragraph(`• ${text}`, "body");
    pdf.paragraph("End of briefing.", "meta");
  });
}
