/**
 * Blocks: paragraphs classified by kind. Embedded social posts are the hard case: an embed that
 * spans several paragraphs is rendered with wider gaps than the article's own paragraphs and is
 * closed by a signature (`— Name (@handle) Date`) or a bare date, so a closer claims the
 * wide-gapped paragraphs just before it.
 */
import type { BlockKind } from "@sitrep/core";
import {
  captionCredit,
  INSTAGRAM_OPENER,
  isBoilerplate,
  isByline,
  isDateline,
  isHeading,
  isSharedBy,
  isShortLine,
  isSignatureOnly,
  isSocialLinkAtEnd,
  postSignature,
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
  if (credit !== null) return draft(p, "caption", credit || null);
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

/** Where an embed that closes at paragraph `close` starts, or -1 when it is not an embed. */
function embedStart(
  paragraphs: readonly Paragraph[],
  close: number,
  claimed: readonly unknown[],
  wide: number,
): number {
  const p = paragraphs[close] as Paragraph;
  const signature = postSignature(p.text);
  const linkOnly = !signature && isSocialLinkAtEnd(p.text);
  if (!signature && !linkOnly) return -1;
  // Post text ending in a link, with the signature as the next paragraph: the signature closes it.
  if (linkOnly && isSignatureOnly(paragraphs[close + 1]?.text ?? "")) return -1;
  const bareDate = signature !== null && signature.handle === null;
  // A written date ending body text is a date, not a post, unless it sits among wide-gapped embed paragraphs.
  if (bareDate && signature.at > 0 && p.gapBefore < wide) return -1;
  // Paragraphs an embed may take: not already taken, and not a headline (unless it ends in a post link).
  const free = (k: number) => {
    const q = paragraphs[k];
    return q !== undefined && claimed[k] === undefined && (!isHeading(q.text) || isSocialLinkAtEnd(q.text));
  };
  let first = close;
  if (isSharedBy(p.text)) {
    for (let k = close - 1; k >= Math.max(0, close - 4); k--) {
      if (INSTAGRAM_OPENER.test((paragraphs[k] as Paragraph).text)) return k;
    }
  }
  // A paragraph that is only a signature or a date belongs to the post text above it.
  if (signature?.at === 0) {
    if (!free(close - 1) || (bareDate && p.gapBefore < wide)) return bareDate ? -1 : close;
    first = close - 1;
  }
  while (
    first > 0 &&
    close - first < MAX_EMBED_PARAGRAPHS - 1 &&
    (paragraphs[first] as Paragraph).gapBefore >= wide &&
    free(first - 1) &&
    !postSignature((paragraphs[first - 1] as Paragraph).text) &&
    !/:\s*$/u.test((paragraphs[first - 1] as Paragraph).text)
  ) {
    first--;
  }
  return first;
}

export function classifyBlocks(text: string): BlockDraft[] {
  const paragraphs = splitParagraphs(text);
  // Wide gaps only mark embeds where the article's own paragraphs are closer together.
  const wide = typicalGap(paragraphs) + 1;
  const blocks: (BlockDraft | undefined)[] = new Array(paragraphs.length);

  for (let i = 0; i < paragraphs.length; i++) {
    const first = embedStart(paragraphs, i, blocks, wide);
    if (first < 0) continue;
    const signature = postSignature((paragraphs[i] as Paragraph).text);
    const block: BlockDraft = {
      start: (paragraphs[first] as Paragraph).start,
      end: (paragraphs[i] as Paragraph).end,
      kind: "social",
      credit: null,
      author: signature?.author ?? null,
      handle: signature?.handle ?? null,
      posted: signature?.posted ?? null,
    };
    for (let k = first; k <= i; k++) blocks[k] = block;
  }

  const result: BlockDraft[] = [];
  paragraphs.forEach((p, i) => {
    const claimed = blocks[i];
    if (claimed === undefined) result.push(classifyParagraph(p, i, paragraphs));
    else if (claimed.start === p.start) result.push(claimed);
  });
  return result;
}
