/**
 * SVG → PNG on the server with resvg (@resvg/resvg-js: Rust, prebuilt binary inside the npm
 * package, no browser). Text is set in the Roboto that pdfmake ships (the fonts of the PDFs),
 * never in the machine's fonts: the same picture on every server, and nothing fetched.
 * The rendering runs on libuv's thread pool (renderAsync), so it does not block the event loop.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { renderAsync } from '@resvg/resvg-js';

const require = createRequire(import.meta.url);
const FONT_DIR = path.join(path.dirname(require.resolve('pdfmake/fonts/Roboto.js')), 'Roboto');

/** The family an SVG names for its text; any other family (system-ui, sans-serif) falls back to it. */
export const SVG_FONT_FAMILY = 'Roboto';

const FONT_FILES = ['Roboto-Regular.ttf', 'Roboto-Medium.ttf', 'Roboto-Italic.ttf'].map((f) =>
  path.join(FONT_DIR, f),
);

/**
 * At most `max` tasks at once; the others wait in order. Renderings run on libuv's thread pool
 * (4 threads by default), which file reads, gzip and crypto share: a burst of uncached previews
 * must not take all of it.
 */
export function concurrencyLimit(max: number) {
  let active = 0;
  const waiting: (() => void)[] = [];
  return async function run<T>(task: () => Promise<T>): Promise<T> {
    if (active < max) active++;
    // A finishing task hands its slot straight to the next waiter (active stays counted).
    else await new Promise<void>((resolve) => waiting.push(resolve));
    try {
      return await task();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else active--;
    }
  };
}

/** Two renderings at once per app server: a preview takes ~30–150 ms of one core. */
const renderSlot = concurrencyLimit(2);

/** The PNG of `svg` at its own width and height. */
export async function svgToPng(svg: string): Promise<Buffer> {
  return renderSlot(() => render(svg));
}

async function render(svg: string): Promise<Buffer> {
  const image = await renderAsync(svg, {
    font: {
      loadSystemFonts: false,
      fontFiles: FONT_FILES,
      defaultFontFamily: SVG_FONT_FAMILY,
      sansSerifFamily: SVG_FONT_FAMILY,
      serifFamily: SVG_FONT_FAMILY,
      monospaceFamily: SVG_FONT_FAMILY,
    },
    fitTo: { mode: 'original' },
    logLevel: 'off',
  });
  return image.asPng();
}

/** Width and height from a PNG's IHDR chunk; null when `png` is not a PNG. */
export function pngSize(png: Buffer): { width: number; height: number } | null {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (png.length < 24 || !png.subarray(0, 8).equals(signature)) return null;
  if (png.subarray(12, 16).toString('latin1') !== 'IHDR') return null;
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}
