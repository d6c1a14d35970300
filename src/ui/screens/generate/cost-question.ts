// A paid run the user has not confirmed yet stops after reading the documents, with the estimate in
// its message (core/pipeline/cost-estimate.ts, confirmCost). The menu turns that stop into a question.
import { UserError } from '../../../core/errors.js';

const MARK = 'needs the agent LLM: ';

/** The estimate text ("N call(s) to provider/model, about $X; ...") when `error` is that stop. */
export function costQuestion(error: unknown): string | undefined {
  if (!(error instanceof UserError) || error.exitCode !== 2) return undefined;
  const at = error.message.indexOf(MARK);
  return at < 0 ? undefined : error.message.slice(at + MARK.length).replace(/\.$/, '');
}
