// pdfkit 0.20 API that @types/pdfkit 0.17 does not declare yet.
export {};

declare global {
  namespace PDFKit {
    interface PDFDocumentOptions {
      pageLayout?: "singlePage" | "oneColumn" | "twoColumnLeft" | "twoColumnRight" | "twoPageLeft" | "twoPageRight";
    }
    interface PDFOutline {
      addItem(
        title: string,
        options?: {
          expanded?: boolean;
          pageNumber?: number | null;
          fit?: boolean;
          top?: number;
          left?: number;
          zoom?: number;
        },
      ): PDFOutline;
    }
    interface PDFStructureElement {
      dictionary: PDFKitReference;
    }
    namespace Mixins {
      interface StructureElementOptions {
        bbox?: [number, number, number, number];
        placement?: "Block" | "Inline" | string;
        scope?: "Row" | "Column" | "Both";
      }
      interface MarkingOptions {
        mcid?: number;
      }
      interface AnnotationOption {
        structParent?: PDFStructureElement;
      }
      interface TableOptions {
        structParent?: PDFStructureElement | PDFDocument;
        id?: string;
      }
      interface CellOptions {
        scope?: "Row" | "Column" | "Both";
        title?: string;
        id?: string;
      }
      interface PDFMarking {
        struct(tag: string, children?: PDFStructureElementChild | PDFStructureElementChild[]): PDFStructureElement;
      }
      interface PDFAnnotation {
        link(x: number, y: number, w: number, h: number, url: string | number, option?: AnnotationOption): this;
      }
    }
  }
}
