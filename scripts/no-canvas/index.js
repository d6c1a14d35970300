// Placeholder for pdf.js's optional canvas package, which ftdb never needs (text extraction only).
// Loading it fails like a missing package, so pdf.js takes its "no canvas" path.
throw Object.assign(new Error('@napi-rs/canvas is not installed: ftdb does not render PDFs'), { code: 'MODULE_NOT_FOUND' });
