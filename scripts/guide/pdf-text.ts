/**
 * Reads a printed guide back, page by page, with pdfjs: its text (whitespace
 * folded, as a reader would quote it) and how many images each page paints.
 * For tests of the PDF's page breaks; nothing here writes a PDF.
 */
export interface PdfPage {
  readonly text: string;
  readonly images: number;
}

export async function pdfPages(pdf: Buffer): Promise<PdfPage[]> {
  const { getDocument, OPS } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const document = await getDocument({ data: new Uint8Array(pdf), isEvalSupported: false, useSystemFonts: false }).promise;
  try {
    const pages: PdfPage[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const items = (await page.getTextContent()).items.flatMap((item) => ('str' in item ? [item.str + (item.hasEOL ? ' ' : '')] : []));
      const operators = await page.getOperatorList();
      pages.push({
        text: items.join('').replace(/\s+/g, ' ').trim(),
        images: operators.fnArray.filter((operator) => operator === OPS.paintImageXObject).length,
      });
    }
    return pages;
  } finally {
    await document.destroy();
  }
}
