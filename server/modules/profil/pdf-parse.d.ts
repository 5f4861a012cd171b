/** pdf-parse 1.x ships no types; its library entry skips the debug code of its index. */
declare module 'pdf-parse/lib/pdf-parse.js' {
  function pdf(data: Buffer): Promise<{ numpages: number; text: string }>;
  export default pdf;
}
