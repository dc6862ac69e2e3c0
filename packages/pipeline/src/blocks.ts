/**
 * Blocks: paragraphs classified by kind. Embedded social posts are the hard case: an embed that
 * spans several paragraphs is rendered with wider gaps than the article's own paragraphs and is
 * closed by a signature (`— Name (@handle) Date`) or a bare date, so a closer claims the
 * wide-gapped paragraphs just before it.
 */
import type { BlockKind } from "@sitrep/core";
import {
  captionCredit,
  isBoilerplate,
  isByline,
  isDateline,
  isHeading,
  isShortLine,
  postSignature,
  SOCIAL_LINK,
} from "./block-cues.js";
import { type Paragraph, splitParagraphs, typicalGap } from "./paragraphs.js";

export interface BlockDraft {
  readonly start: number;
  readonly end: number;
  readonly kind: BlockKind;
  readonly credit: string | null;
  readonly author: string | null;
  readonly handle: string | null;
  readonly posted: string | null;
}

/** Most paragraphs an embed can span. */
const MAX_EMBED_PARAGRAPHS = 8;

const draft = (p: Paragraph, kind: BlockKind, credit: string | null = null): BlockDraft => ({
  start: p.start,
  end: p.end,
  kind,
  credit,
  author: null,
  handle: null,
  posted: null,
});

function classifyParagraph(p: Paragraph, index: number, paragraphs: readonly Paragraph[]): BlockDraft {
  const credit = captionCredit(p.text);
  if (credit) return draft(p, "caption", credit);
  if (isByline(p.text)) return draft(p, "byline");
  if (isDateline(p.text)) return draft(p, "dateline");
  if (isBoilerplate(p.text)) return draft(p, "other");
  if (index < paragraphs.length - 1 && isHeading(p.text)) return draft(p, "heading");
  // A headline may end like a sentence ("... in the U.S."); a one-liner opening the article
  // right above its dateline or byline is one all the same.
  const next = paragraphs[index + 1]?.text ?? "";
  if (index === 0 && isShortLine(p.text) && (isDateline(next) || isByline(next))) return draft(p, "heading");
  return draft(p, "body");
}

export function classifyBlocks(text: string): BlockDraft[] {
  const paragraphs = splitParagraphs(text);
  // Wide gaps only mark embeds where the article's own paragraphs are closer together.
  const wide = typicalGap(paragraphs) + 1;
  const blocks: (BlockDraft | undefined)[] = new Array(paragraphs.length);

  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i] as Paragraph;
    const signature = postSignature(p.text);
    const bareDateLine = signature !== null && signature.at === 0 && signature.handle === null;
    // A paragraph that is only a date is a dateline unless it ends a run of embed paragraphs.
    if (bareDateLine && (i === 0 || p.gapBefore < wide)) continue;
    if (!signature && !SOCIAL_LINK.test(p.text)) continue;
    let first = i;
    while (
      first > 0 &&
      i - first < MAX_EMBED_PARAGRAPHS - 1 &&
      (paragraphs[first] as Paragraph).gapBefore >= wide &&
      blocks[first - 1] === undefined &&
      !postSignature((paragraphs[first - 1] as Paragraph).text)
    ) {
      first--;
    }
    blocks[first] = {
      start: (paragraphs[first] as Paragraph).start,
      end: p.end,
      kind: "social",
      credit: null,
      author: signature?.author ?? null,
      handle: signature?.handle ?? null,
      posted: signature?.posted ?? null,
    };
    for (let k = first + 1; k <= i; k++) blocks[k] = blocks[first];
  }

  const result: BlockDraft[] = [];
  paragraphs.forEach((p, i) => {
    const claimed = blocks[i];
    if (claimed === undefined) result.push(classifyParagraph(p, i, paragraphs));
    else if (claimed.start === p.start) result.push(claimed);
  });
  return result;
}
