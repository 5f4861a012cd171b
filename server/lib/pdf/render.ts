/**
 * Turns a pdfmake document definition into a PDF stream, on the server, with the Roboto fonts
 * that ship inside the pdfmake package (nothing downloaded, nothing read from elsewhere).
 *
 * pdfmake's documented `createPdf()` keeps fonts and access policies on one process-wide
 * object; this uses its Printer directly with a private configuration instead, so another
 * module's PDFs (letterheads with local images, …) are not affected by ours, nor ours by theirs.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Readable } from 'node:stream';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';

/** The parts of pdfmake 0.3's (untyped) Node internals used here. */
interface PdfKitDocument extends Readable {
  end(): void;
}
interface PdfPrinter {
  createPdfKitDocument(doc: TDocumentDefinitions, options?: object): Promise<PdfKitDocument>;
}
type PrinterClass = new (
  fonts: Record<string, Record<string, string>>,
  virtualfs: unknown,
  urlResolver: unknown,
  localAccessPolicy: (file: string) => boolean,
) => PdfPrinter;
type ResolverClass = new (virtualfs: unknown) => {
  setUrlAccessPolicy(policy: (url: string) => boolean): void;
};

const require = createRequire(import.meta.url);
const Printer = (require('pdfmake/js/Printer.js') as { default: PrinterClass }).default;
const URLResolver = (require('pdfmake/js/URLResolver.js') as { default: ResolverClass }).default;
const virtualfs = (require('pdfmake/js/virtual-fs.js') as { default: unknown }).default;

const FONT_DIR = path.join(path.dirname(require.resolve('pdfmake/fonts/Roboto.js')), 'Roboto');

function fonts() {
  // A fresh object per document: the printer rewrites its entries while resolving them.
  return {
    Roboto: {
      normal: path.join(FONT_DIR, 'Roboto-Regular.ttf'),
      bold: path.join(FONT_DIR, 'Roboto-Medium.ttf'),
      italics: path.join(FONT_DIR, 'Roboto-Italic.ttf'),
      bolditalics: path.join(FONT_DIR, 'Roboto-MediumItalic.ttf'),
    },
  };
}

const onlyFonts = (file: string) => path.resolve(file).startsWith(FONT_DIR + path.sep);

/**
 * Lays out and renders the whole document, then answers its byte stream. pdfmake lays out
 * every page before writing any, so the PDF exists once, inside this stream, until the
 * caller pipes it on; nobody should also collect it into a buffer.
 */
export async function renderPdf(doc: TDocumentDefinitions): Promise<Readable> {
  const resolver = new URLResolver(virtualfs);
  // The document is built from our own data only: no image or font is fetched from a URL.
  resolver.setUrlAccessPolicy(() => false);
  const printer = new Printer(fonts(), virtualfs, resolver, onlyFonts);
  const pdf = await printer.createPdfKitDocument(doc);
  pdf.end();
  return pdf;
}
