// Chat logs whose labels name roles: "User:"/"Assistant:", "Customer:"/"Agent:", Chatdown "user:"/"bot:",
// template placeholders "[[USER_NAME]]:"/"[[AI_NAME]]:", and the same words in other languages.
// A role may talk with a named party ("User:" / "Bob:"): when a run holds one role and exactly one
// name, the name takes the other side. Elsewhere a "Name:" line inside a turn is just text of it.
// One run of turns is one multi-turn sample; it ends at a heading, a separator or a non-turn paragraph.
// A "System:" turn before the first user turn becomes the conversation's system prompt.
import type { Turn } from '../../types.js';
import { isSpeakerName, parseColonLabel, roleOfLabel, stripDirectives, type ChatRole } from './chat-labels.js';
import type { Detection, LineDetector } from './detection.js';
import { countExchanges, tidyTurns } from './detection.js';
import type { DocLine } from './doc-lines.js';
import type { Label, LabelledBlock } from './labelled-blocks.js';
import { scanLabelledRuns } from './labelled-blocks.js';
import { normalizeLines } from './normalize.js';

function parseChatLabel(line: string): Label | null {
  const label = parseColonLabel(line);
  return label && (roleOfLabel(label.label) || isSpeakerName(label.label)) ? label : null;
}

export const detectRoleChat: LineDetector = (lines) => {
  const out: Detection[] = [];
  for (const labelled of scanLabelledRuns(lines, { parseLabel: parseChatLabel })) {
    const roles = rolesOf(labelled);
    const detection = chatOf(fromFirstKnown(mergeUnknown(labelled, roles, lines), roles), roles);
    if (detection) out.push(detection);
  }
  return out;
};

/** The role of every label in a run, the lone name of a one-role run included. */
function rolesOf(run: readonly LabelledBlock[]): Map<string, ChatRole> {
  const roles = new Map<string, ChatRole>();
  const names = new Set<string>();
  for (const block of run) {
    const role = roleOfLabel(block.label);
    if (role) roles.set(block.label, role);
    else names.add(block.label);
  }
  const sides = new Set([...roles.values()].filter((r) => r !== 'system'));
  if (sides.size === 1 && names.size === 1) {
    const [name] = names;
    roles.set(name, sides.has('user') ? 'assistant' : 'user');
  }
  return roles;
}

/** Blocks whose label has no role are lines of the turn before them, as the text reads. */
function mergeUnknown(run: readonly LabelledBlock[], roles: Map<string, ChatRole>, lines: readonly DocLine[]): LabelledBlock[] {
  const merged: LabelledBlock[] = [];
  for (const block of run) {
    const previous = merged[merged.length - 1];
    if (roles.has(block.label) || !previous) merged.push({ ...block, lines: [...block.lines] });
    else {
      previous.lines.push(lines[block.start], ...block.lines.slice(1));
      previous.end = block.end;
    }
  }
  return merged;
}

/** The run from its first block with a known role (a leading "Name:" block has no side). */
function fromFirstKnown(run: LabelledBlock[], roles: Map<string, ChatRole>): LabelledBlock[] {
  const first = run.findIndex((b) => roles.has(b.label));
  return first < 0 ? [] : run.slice(first);
}

function chatOf(run: readonly LabelledBlock[], roles: Map<string, ChatRole>): Detection | null {
  if (run.length === 0) return null;
  let system: string | undefined;
  const turns: Turn[] = [];
  for (const block of run) {
    const role = roles.get(block.label);
    const content = normalizeLines(block.lines.map((l) => ({ ...l, text: stripDirectives(l.text) })));
    if (role === 'system') {
      if (turns.length === 0) system = content;
      continue;
    }
    if (role) turns.push({ role, content });
  }
  const conversation = { ...(system ? { system } : {}), turns: tidyTurns(turns) };
  if (countExchanges(conversation) === 0) return null;
  return { conversation, start: run[0].start, end: run[run.length - 1].end, shape: 'role-chat', confidence: 0.95 };
}
