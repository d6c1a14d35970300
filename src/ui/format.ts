// Small text formatters shared by the screens.
import { cutText, escapeControls } from '../core/app/views.js';

export function formatDuration(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  if (seconds < 60) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes}m ${seconds % 60}s`;
  return `${Math.floor(minutes / 60)}h ${minutes % 60}m`;
}

export { formatUsd } from '../core/format-usd.js';

export function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}

/** One line, at most `width` characters (an ellipsis marks the cut). */
export function clip(text: string, width: number): string {
  return cutText(escapeControls(text.replace(/\s+/g, ' ').trim()), width);
}

export { ratioLabel } from '../core/app/views.js';

/** Word-wraps text into lines of at most `width` characters (long words are cut). */
export function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split(/\r?\n/)) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      for (let rest = word; rest; ) {
        const room = line ? width - line.length - 1 : width;
        if (rest.length <= room) {
          line = line ? `${line} ${rest}` : rest;
          rest = '';
        } else if (line) {
          lines.push(line);
          line = '';
        } else {
          lines.push(rest.slice(0, width));
          rest = rest.slice(width);
        }
      }
    }
    lines.push(line);
  }
  return lines;
}
