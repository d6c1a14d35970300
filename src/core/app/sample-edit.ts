// Use case of editing a sample's turns from the review screen: the new text is cleaned of control
// characters, formatted for the dataset's target, counted and validated like a build does, and only
// stored when no rule of the target breaks (warnings are stored as findings and shown).
import { datasetTarget } from '../export/dataset-target.js';
import { findDataset, withDatabaseAsync } from '../store/access.js';
import { originalConversation, revertSampleEdit, saveSampleEdit } from '../store/sample-edits.js';
import { listSamples } from '../store/samples.js';
import { formatExample } from '../targets/format.js';
import { validateExamples } from '../targets/validate.js';
import { withoutControlCharacters } from '../text/control-characters.js';
import { UserError } from '../errors.js';
import type { TargetModel } from '../targets/types.js';
import type { Conversation } from '../types.js';

/** The line editor has one line: a line break of a turn is shown and typed as this mark. */
export const LINE_BREAK_MARK = '⏎';

export function turnAsLine(content: string): string {
  return content.replace(/\r?\n/g, LINE_BREAK_MARK);
}

export function lineAsTurn(line: string): string {
  return line.split(LINE_BREAK_MARK).join('\n');
}

interface EditProblem {
  rule: string;
  severity: 'error' | 'warning';
  message: string;
  fix: string;
}

export interface EditOutcome {
  /** false when the edit breaks a rule of the target: nothing was stored. */
  saved: boolean;
  tokens: number;
  problems: EditProblem[];
}

/** Replaces turn `turnIndex` (0 = the system message when there is one) with `content`. */
export function withTurnEdited(conversation: Conversation, turnIndex: number, content: string): Conversation {
  const clean = withoutControlCharacters(content);
  const offset = conversation.system !== undefined ? 1 : 0;
  if (offset === 1 && turnIndex === 0) return { ...conversation, system: clean };
  const at = turnIndex - offset;
  if (at < 0 || at >= conversation.turns.length) throw new UserError(`This sample has no turn ${turnIndex + 1}.`);
  return { ...conversation, turns: conversation.turns.map((turn, i) => (i === at ? { ...turn, content: clean } : turn)) };
}

/** Formats, counts and validates one conversation for the dataset's target (findings of that example only). */
async function checkConversation(target: TargetModel, conversation: Conversation): Promise<{ tokens: number; problems: EditProblem[] }> {
  const report = await validateExamples(target, [formatExample(target, conversation)]);
  // Line 0 findings are about the whole file (e.g. too few examples in a file of one): not this edit's.
  const problems = report.findings.filter((f) => f.line === 1).map(({ rule, severity, message, fix }) => ({ rule, severity, message, fix }));
  return { tokens: report.tokens.perExample[0] ?? 0, problems };
}

const asFindings = (problems: EditProblem[], sampleId: string) => problems.map((p) => ({ ...p, line: 0, sampleId }));

export async function editSample(
  request: { dbFile: string; datasetId: string; sampleId: string; conversation: Conversation },
): Promise<EditOutcome> {
  return withDatabaseAsync(request.dbFile, async (db) => {
    const dataset = findDataset(db, request.datasetId);
    if (!listSamples(db, dataset.id).some((s) => s.id === request.sampleId)) {
      throw new UserError(`No sample ${request.sampleId} in ${dataset.id}.`, { hint: 'Reload the review screen: the dataset changed.' });
    }
    const { tokens, problems } = await checkConversation(datasetTarget(dataset), request.conversation);
    const saved = !problems.some((p) => p.severity === 'error');
    if (saved) {
      const findings = asFindings(problems, request.sampleId);
      saveSampleEdit(db, { datasetId: dataset.id, sampleId: request.sampleId, conversation: request.conversation, tokens, findings });
    }
    return { saved, tokens, problems };
  });
}

/** Undoes every edit of a sample (re-counted and re-checked); false when it was never edited. */
export async function revertSample(dbFile: string, datasetId: string, sampleId: string): Promise<boolean> {
  return withDatabaseAsync(dbFile, async (db) => {
    const dataset = findDataset(db, datasetId);
    const original = originalConversation(db, dataset.id, sampleId);
    if (!original) return false;
    const { tokens, problems } = await checkConversation(datasetTarget(dataset), original);
    revertSampleEdit(db, { datasetId: dataset.id, sampleId, tokens, findings: asFindings(problems, sampleId) });
    return true;
  });
}
