/**
 * A thin layer over pdfkit that makes every briefing PDF tagged (headings, paragraphs, block
 * quotes, links in a structure tree; decoration as artifacts), bookmarked, paginated with
 * "page X of Y", set in embedded DejaVu fonts (Latin, Cyrillic, Greek; characters beyond them
 * print as "[…]", see fonts.ts) and byte-reproducible (fixed dates, no randomness).
 */
import PDFDocument from "pdfkit";
import { type FontName, fonts, printable } from "./fonts.js";

export type Paper = "A4" | "LETTER";

export interface DocumentOptions {
  readonly paper: Paper;
  readonly title: string;
  readonly subject: string;
  readonly keywords: string;
  readonly author: string;
  readonly creator: string;
  /** Fixed, so two runs over the same data give the same bytes. */
  readonly date: Date;
  readonly footer: string;
}

export type TextStyle = "body" | "caption" | "meta" | "lead" | "quote";

export interface TableColumn {
  readonly header: string;
  /** Relative width: the columns share the text column in these proportions. */
  readonly width: number;
}

const STYLES: Record<TextStyle, { font: FontName; size: number; color: string; gap: number }> = {
  body: { font: "regular", size: 10, color: "#111111", gap: 6 },
  lead: { font: "regular", size: 11, color: "#111111", gap: 8 },
  caption: { font: "italic", size: 9, color: "#444444", gap: 6 },
  meta: { font: "regular", size: 8.5, color: "#555555", gap: 4 },
  quote: { font: "regular", size: 10, color: "#111111", gap: 2 },
};

const HEADINGS = { 1: 22, 2: 15, 3: 11.5 } as const;
/** Room a chapter needs below its heading to start on the page it follows on. */
export const CHAPTER_ROOM = 220;
/** A chapter that always starts a page. */
export const NEW_PAGE = Number.POSITIVE_INFINITY;
const MARGIN = 56;

export class BriefingDocument {
  readonly doc: PDFKit.PDFDocument;
  private readonly root: PDFKit.PDFStructureElement;
  /** Where new structure elements go: the document, or the section being written. */
  private parent: PDFKit.PDFStructureElement;
  private readonly chunks: Buffer[] = [];
  private readonly done: Promise<Buffer>;

  constructor(private readonly options: DocumentOptions) {
    this.doc = new PDFDocument({
      size: options.paper,
      margin: MARGIN,
      bufferPages: true,
      autoFirstPage: true,
      pdfVersion: "1.7",
      // No default font: pdfkit would parse Helvetica's metrics for every document, never used.
      font: null,
      tagged: true,
      lang: "en",
      displayTitle: true,
      info: {
        Title: options.title,
        Subject: options.subject,
        Keywords: options.keywords,
        Author: options.author,
        Creator: options.creator,
        Producer: options.creator,
        CreationDate: options.date,
        ModDate: options.date,
      },
    } as unknown as PDFKit.PDFDocumentOptions);
    // pdfkit's types know fonts by path or bytes; it takes a parsed fontkit font as well.
    for (const [name, font] of Object.entries(fonts())) this.doc.registerFont(name, font as unknown as Buffer);
    // Used by its registered name only: a font given again by another name or path would be
    // taken for a new one and laid out again at every font() call.
    this.doc.font("regular");
    this.doc.on("data", (chunk: Buffer) => this.chunks.push(chunk));
    this.done = new Promise((resolve, reject) => {
      this.doc.on("end", () => resolve(Buffer.concat(this.chunks)));
      this.doc.on("error", reject);
    });
    this.root = this.doc.struct("Document");
    this.doc.addStructure(this.root);
    this.parent = this.root;
  }

  /**
   * A titled part of the briefing as one tagged section: its heading, its bookmark and what `write`
   * puts under them; it starts a new page unless `room` points are left on this one.
   */
  chapter(title: string, room: number, write: () => void): void {
    this.keepSpace(room);
    this.section(() => {
      this.heading(2, title);
      this.bookmark(title);
      write();
    });
  }

  /** Groups what `write` puts on the page into one tagged section (an article, say). */
  section(write: () => void): void {
    const sect = this.doc.struct("Sect");
    this.root.add(sect);
    this.parent = sect;
    try {
      write();
    } finally {
      sect.end();
      this.parent = this.root;
    }
  }

  get contentWidth(): number {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }

  private get pageBottom(): number {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }

  /** Starts a new page unless `height` points still fit on this one. */
  keepSpace(height: number): void {
    if (this.doc.y + height > this.pageBottom) this.doc.addPage();
  }

  newPage(): void {
    this.doc.addPage();
  }

  /** A thin line across the text column that separates two articles; starts a page near the bottom. */
  rule(): void {
    this.keepSpace(140);
    this.doc.moveDown(0.8);
    const y = this.doc.y;
    this.artifact(() => {
      this.doc.save().lineWidth(0.6).strokeColor("#8da9c4");
      this.doc
        .moveTo(this.doc.page.margins.left, y)
        .lineTo(this.doc.page.width - this.doc.page.margins.right, y)
        .stroke();
      this.doc.restore();
    });
    this.doc.moveDown(0.4);
  }

  /** A heading; `size` sets a level's type smaller where its text is long (an article's title). */
  heading(level: 1 | 2 | 3, text: string, destination?: string, size: number = HEADINGS[level]): void {
    this.keepSpace(size * 4);
    this.doc.moveDown(level === 3 ? 0.3 : 0.6);
    const clean = oneLine(text);
    this.parent.add(
      this.doc.struct(`H${level}`, () => {
        this.doc.font("bold", size).fillColor("#0b2545");
        this.doc.text(clean, { ...(destination ? { destination } : {}), paragraphGap: level === 3 ? 3 : 6 });
      }),
    );
  }

  /** A paragraph; `destination` names its place for links from elsewhere in the document. */
  paragraph(text: string, style: TextStyle = "body", lang?: string, destination?: string): void {
    const s = STYLES[style];
    this.parent.add(
      this.doc.struct("P", lang ? { lang } : {}, () => {
        this.doc.font(s.font, s.size).fillColor(s.color);
        this.doc.text(flow(text), { paragraphGap: s.gap, lineGap: 1.5, ...(destination ? { destination } : {}) });
      }),
    );
  }

  /** A paragraph led by a few words in bold: "Reading. Each seed is …". */
  labelled(label: string, text: string, style: TextStyle = "body"): void {
    const s = STYLES[style];
    this.parent.add(
      this.doc.struct("P", () => {
        this.doc.font("bold", s.size).fillColor("#0b2545");
        this.doc.text(`${oneLine(label)} `, { continued: true, lineGap: 1.5 });
        this.doc.font(s.font, s.size).fillColor(s.color);
        this.doc.text(flow(text), { lineGap: 1.5, paragraphGap: s.gap });
      }),
    );
  }

  /**
   * A ranked finding: its number and tag in bold before the sentence, then a line of details
   * ending in links to the places that back it ("[1] [2]").
   */
  ranked(
    rank: number,
    tag: string,
    text: string,
    details: string,
    links: readonly { readonly label: string; readonly destination: string }[],
  ): void {
    const body = STYLES.body;
    const meta = STYLES.meta;
    this.keepSpace(body.size * 5);
    this.parent.add(
      this.doc.struct("P", () => {
        this.doc.font("bold", body.size).fillColor("#0b2545");
        this.doc.text(`${rank}. ${tag}  `, { continued: true, lineGap: 1.5 });
        this.doc.font(body.font, body.size).fillColor(body.color);
        this.doc.text(oneLine(text), { lineGap: 1.5, paragraphGap: 1 });
      }),
    );
    this.parent.add(
      this.doc.struct("P", () => {
        this.doc.font(meta.font, meta.size).fillColor(meta.color);
        this.doc.text(oneLine(details), { continued: links.length > 0, paragraphGap: meta.gap + 4 });
        links.forEach((link, i) => {
          const last = i === links.length - 1;
          this.doc.fillColor("#1d4e89");
          this.doc.text(` ${link.label}`, { goTo: link.destination, continued: !last, underline: false });
        });
      }),
    );
  }

  /** A link to a named destination inside the document. */
  internalLink(text: string, destination: string, style: TextStyle = "body"): void {
    const s = STYLES[style];
    this.parent.add(
      this.doc.struct("Link", () => {
        this.doc.font(s.font, s.size).fillColor("#1d4e89");
        this.doc.text(oneLine(text), { goTo: destination, paragraphGap: 2, underline: false });
      }),
    );
  }

  /**
   * A tagged table (Table, TR, TH, TD): a header row in bold, rows as tall as their longest cell,
   * the header repeated at the top of every page the table runs onto.
   */
  table(columns: readonly TableColumn[], rows: readonly (readonly string[])[]): void {
    const size = 8.5;
    const pad = 3;
    const left = this.doc.page.margins.left;
    const total = columns.reduce((n, c) => n + c.width, 0);
    const widths = columns.map((c) => (c.width / total) * this.contentWidth);
    const xs = widths.map((_, i) => left + widths.slice(0, i).reduce((n, w) => n + w, 0));
    const heightOf = (cells: readonly string[], font: FontName) =>
      Math.max(
        ...cells.map((c, i) =>
          this.doc.font(font, size).heightOfString(oneLine(c), { width: (widths[i] ?? 0) - 2 * pad }),
        ),
      ) +
      2 * pad;
    const table = this.doc.struct("Table");
    this.parent.add(table);
    const row = (cells: readonly string[], header: boolean) => {
      const font = header ? "bold" : "regular";
      const height = heightOf(cells, font);
      const top = this.doc.y;
      if (header) {
        this.artifact(() => {
          this.doc.save().rect(left, top, this.contentWidth, height).fill("#e8eef5");
          this.doc.restore();
        });
      }
      const tr = this.doc.struct("TR");
      table.add(tr);
      cells.forEach((cell, i) => {
        tr.add(
          this.doc.struct(header ? "TH" : "TD", () => {
            this.doc.font(font, size).fillColor(header ? "#0b2545" : "#111111");
            this.doc.text(oneLine(cell), (xs[i] ?? left) + pad, top + pad, {
              width: (widths[i] ?? 0) - 2 * pad,
              lineGap: 0.5,
            });
          }),
        );
      });
      tr.end();
      this.artifact(() => {
        this.doc.save().lineWidth(0.4).strokeColor("#c5d3e0");
        this.doc
          .moveTo(left, top + height)
          .lineTo(left + this.contentWidth, top + height)
          .stroke();
        this.doc.restore();
      });
      this.doc.x = left;
      this.doc.y = top + height;
    };
    const head = columns.map((c) => c.header);
    this.keepSpace(heightOf(head, "bold") + 3 * size);
    row(head, true);
    for (const cells of rows) {
      if (this.doc.y + heightOf(cells, "regular") > this.pageBottom) {
        this.doc.addPage();
        row(head, true);
      }
      row(cells, false);
    }
    table.end();
    this.doc.moveDown(0.6);
  }

  /** An embedded post: the text in a frame, with its signature under it. */
  blockQuote(text: string, raw: string | null, lang?: string): void {
    const signature = raw === null ? null : oneLine(raw);
    const pad = 8;
    const width = this.contentWidth - 2 * pad;
    const body = flow(text);
    const q = STYLES.quote;
    this.doc.font(q.font, q.size);
    let height = this.doc.heightOfString(body, { width, lineGap: 1.5 }) + 2 * pad;
    if (signature) height += this.doc.font("italic", 8.5).heightOfString(signature, { width }) + 4;
    const fits = height <= this.pageBottom - this.doc.page.margins.top;
    if (fits) this.keepSpace(height + 6);
    const left = this.doc.page.margins.left;
    const top = this.doc.y;
    this.parent.add(
      this.doc.struct("BlockQuote", lang ? { lang } : {}, () => {
        this.doc.font(q.font, q.size).fillColor(q.color);
        this.doc.text(body, left + pad, top + pad, { width, lineGap: 1.5 });
        if (signature) {
          this.doc.moveDown(0.3);
          this.doc.font("italic", 8.5).fillColor("#444444").text(signature, { width });
        }
      }),
    );
    const bottom = this.doc.y + pad;
    if (fits) {
      this.artifact(() => {
        this.doc.save().lineWidth(0.8).strokeColor("#8da9c4");
        this.doc.roundedRect(left, top, this.contentWidth, bottom - top, 4).stroke();
        this.doc.restore();
      });
    }
    this.doc.x = left;
    this.doc.y = bottom + 8;
  }

  /** A drawing tagged as a figure, with the alternative text a screen reader reads for it. */
  figure(alt: string, draw: () => void): void {
    this.parent.add(this.doc.struct("Figure", { alt }, draw));
  }

  /** Decoration that assistive technology should skip. */
  artifact(draw: () => void, type: "Layout" | "Pagination" = "Layout"): void {
    this.doc.markContent("Artifact", { type });
    draw();
    this.doc.endMarkedContent();
  }

  bookmark(title: string, parent?: PDFKit.PDFOutline): PDFKit.PDFOutline {
    return (parent ?? this.doc.outline).addItem(oneLine(title), { fit: true, expanded: false });
  }

  /** Adds "page X of Y" footers, closes the structure tree and returns the file's bytes. */
  async finish(): Promise<Buffer> {
    this.root.end();
    const { start, count } = this.doc.bufferedPageRange();
    for (let i = start; i < start + count; i++) {
      this.doc.switchToPage(i);
      const bottom = this.doc.page.margins.bottom;
      this.doc.page.margins.bottom = 0;
      this.artifact(() => {
        this.doc.font("regular", 8).fillColor("#666666");
        this.doc.text(`${this.options.footer} · page ${i + 1} of ${count}`, 0, this.doc.page.height - 34, {
          width: this.doc.page.width,
          align: "center",
          lineBreak: false,
        });
      }, "Pagination");
      this.doc.page.margins.bottom = bottom;
    }
    this.doc.end();
    return this.done;
  }
}

/** Paragraph text for the PDF: blank-line runs inside a block become single line breaks. */
function flow(text: string): string {
  return printable(text.replace(/[ \t]*\n(?:[ \t]*\n)+/g, "\n").trim());
}

function oneLine(text: string): string {
  return printable(text.replace(/\s+/g, " ").trim());
}
