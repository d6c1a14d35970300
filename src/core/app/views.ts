// Plain views of a sample and of split settings that the screens show (no database, nothing heavy).
export { effectiveSplit } from '../store/samples.js';
export { contentPreview } from '../text/conversation-text.js';
export { describeSplit, ratioLabel } from '../split/settings.js';
export { describeState } from '../store/dataset-state.js';
export { describeDecodingNote } from '../ingest/decoding-notes.js';
export { splitReportNotes, storedSplitReport } from '../split/report-notes.js';
export { parseFormats } from '../export/formats.js';
