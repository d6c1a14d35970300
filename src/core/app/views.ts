// Plain views that both faces show (no database, nothing heavy): samples, split settings, dataset
// states, decoding and split notes, the generation record, and safe display of untrusted text.
export { effectiveSplit } from '../store/samples.js';
export { contentPreview } from '../text/conversation-text.js';
export { describeSplit, ratioLabel } from '../split/settings.js';
export { parseSplitRatio } from '../split/ratio.js';
export { describeState, wasValidated } from '../store/dataset-state.js';
export { describeDecodingNote } from '../ingest/decoding-notes.js';
export { splitReportNotes, storedSplitReport } from '../split/report-notes.js';
export { withoutControlCharacters } from '../text/control-characters.js';
export { cutText, displayName, escapeControls } from '../text/display-name.js';
export { generationLines } from '../export/generation-lines.js';
export { parseFormats } from '../export/formats.js';
export { findingTotals } from '../store/runs.js';
export { sanitizeName as outputFolderName } from '../export/names.js';
export { pricedModels } from '../llm/prices.js';
