// Chat logs whose labels name roles: "User:"/"Assistant:", "Customer:"/"Agent:", Chatdown "user:"/"bot:".
// One run of turns is one multi-turn sample; it ends at a heading, a separator or a non-turn paragraph.
// A "System:" turn before the first user turn becomes the conversation's system prompt.
import type { Turn } from '../../types.js';
import { parseColonLabel, roleOfLabel, stripDirectives } from './chat-labels.js';
import type { Detection, LineDetector } from './detection.js';
import { countExchanges, tidyTurns } from './detection.js';
import type { Label } from './labelled-blocks.js';
import { scanLabelledRuns } from './labelled-blocks.js';
import { normalizeLines } from './normalize.js';

function parseRoleLabel(line: string): Label | null {
  const label = parseColonLabel(line);
  return label && roleOfLabel(label.label) ? label : null;
}

export const detectRoleChat: LineDetector = (lines) => {
  const out: Detection[] = [];
  for (const run of scanLabelledRuns(lines, { parseLabel: parseRoleLabel })) {
    let system: string | undefined;
    const turns: Turn[] = [];
    for (const block of run) {
      const role = roleOfLabel(block.label);
      const content = normalizeLines(block.lines.map((l) => ({ ...l, text: stripDirectives(l.text) })));
      if (role === 'system') {
        if (turns.length === 0) system = content;
        continue;
      }
      if (role) turns.push({ role, content });
    }
    const conversation = { ...(system ? { system } : {}), turns: tidyTurns(turns) };
    if (countExchanges(conversation) === 0) continue;
    out.push({ conversation, start: run[0].start, end: run[run.length - 1].end, shape: 'role-chat', confidence: 0.95 });
  }
  return out;
};
