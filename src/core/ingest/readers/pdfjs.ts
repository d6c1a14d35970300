// Loads pdf.js (legacy build, the one meant for Node) once, without letting it print anything:
// a stray console line would corrupt the terminal UI.
type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let loading: Promise<PdfJs> | undefined;

export function loadPdfJs(): Promise<PdfJs> {
  loading ??= importQuietly();
  return loading;
}

async function importQuietly(): Promise<PdfJs> {
  const { log, warn, info } = console;
  const mute = (): void => undefined;
  Object.assign(console, { log: mute, warn: mute, info: mute });
  try {
    // In Node the worker code runs in-process (pdf.js's "fake worker"), loaded beside pdf.mjs.
    return await import('pdfjs-dist/legacy/build/pdf.mjs');
  } finally {
    Object.assign(console, { log, warn, info });
  }
}

/**
 * Options for text extraction only: no fonts loaded into the page, no console output. (pdf.js 6
 * dropped `isEvalSupported`: it no longer compiles PDF functions with eval at all.)
 */
export function extractionOptions(data: Uint8Array): Parameters<PdfJs['getDocument']>[0] {
  return {
    data,
    verbosity: 0,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
  };
}
