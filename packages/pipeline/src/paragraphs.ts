/** Paragraphs: maximal runs of non-blank lines, with the blank lines between them counted. */

export interface Paragraph {
  /** Offset of the first non-space character. */
  readonly start: number;
  /** Offset after the last non-space character. */
  readonly end: number;
  readonly text: string;
  /** Blank lines between this paragraph and the previous one (0 for the first). */
  readonly gapBefore: number;
  readonly lineCount: number;
}

const BLANK = /^\s*$/;

export function splitParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let lineStart = 0;
  let runStart = -1;
  let runLines = 0;
  let blanks = 0;
  let gap = 0;
  const close = (runEnd: number) => {
    const raw = text.slice(runStart, runEnd);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    paragraphs.push({
      start: runStart + lead,
      end: runStart + lead + body.length,
      text: body,
      gapBefore: paragraphs.length === 0 ? 0 : gap,
      lineCount: runLines,
    });
  };
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    if (BLANK.test(line)) {
      if (runStart >= 0) {
        close(lineStart - 1);
        runStart = -1;
        blanks = 0;
      }
      blanks++;
    } else {
      if (runStart < 0) {
        runStart = lineStart;
        runLines = 0;
        gap = blanks;
      }
      runLines++;
    }
    lineStart = lineEnd + 1;
  }
  if (runStart >= 0) close(text.length);
  return paragraphs;
}

/** The usual number of blank lines between paragraphs of this text (the median gap). */
export function typicalGap(paragraphs: readonly Paragraph[]): number {
  const gaps = paragraphs
    .slice(1)
    .map((p) => p.gapBefore)
    .sort((a, b) => a - b);
  return gaps.length === 0 ? 1 : (gaps[Math.floor((gaps.length - 1) / 2)] ?? 1);
}
