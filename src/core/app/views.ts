// Plain views of a sample and of the input folder that the screens show (no database involved).
export { effectiveSplit } from '../store/samples.js';
export { contentPreview } from '../text/conversation-text.js';
export { describeSplit } from '../split/settings.js';
export { listInputFiles } from '../ingest/folder.js';
