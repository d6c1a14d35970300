// The documents of an input folder, for the menu's file picker (readable ones first, with their sizes).
export { listInputFiles } from '../ingest/folder.js';
