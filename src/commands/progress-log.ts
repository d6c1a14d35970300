// The plain progress log of headless runs (stderr), throttled so CI logs stay readable.
// --quiet drops the progress but keeps the warnings. The agent's endpoint is printed once per run
// (and again only if it changes), so a CI log says which server was billed.
import type { PipelineEvent } from '../core/app/types.js';
import { displayName, escapeControls } from '../core/app/views.js';
import { logLine } from './output.js';

export function createProgressLog(quiet = false, intervalMs = 1000): (event: PipelineEvent) => void {
  let lastGeneration = 0;
  let shownEndpoint: string | undefined;
  return (event) => {
    if (quiet && event.type !== 'warning') return;
    switch (event.type) {
      case 'stage':
        logLine(`[${event.stage}] ${event.message}`);
        if (event.agent && event.agent.endpoint !== shownEndpoint) {
          shownEndpoint = event.agent.endpoint;
          logLine(`  agent ${event.agent.provider}/${event.agent.model} at ${event.agent.endpoint}`);
        }
        break;
      case 'warning':
        logLine(`warning: ${event.message}`);
        break;
      case 'ingest': {
        const e = event.event;
        const counter = `(${e.index + 1}/${e.total})`;
        if (e.type === 'file-done') logLine(`  read ${displayName(e.file)} ${counter} in ${e.ms} ms`);
        if (e.type === 'file-skipped') logLine(`  skipped ${displayName(e.file)} ${counter}: ${escapeControls(e.reason)}`);
        break;
      }
      case 'generation': {
        const now = Date.now();
        const p = event.progress;
        const finished = p.accepted >= p.target || p.done >= p.total;
        if (!finished && now - lastGeneration < intervalMs) return;
        lastGeneration = now;
        const cost = p.costUsd > 0 ? `, $${p.costUsd.toFixed(4)}` : '';
        const eta = p.etaMs !== undefined && !finished ? `, ETA ${Math.ceil(p.etaMs / 1000)} s` : '';
        logLine(`  ${p.accepted}/${p.target} samples accepted (${p.done}/${p.total} done${cost}${eta})`);
        break;
      }
    }
  };
}
