// A paid run the user has not confirmed yet stops after reading the documents, before spending
// anything, with its estimate (pipeline/cost-estimate.ts). The menu turns that stop into a question.
import { CostConfirmationNeeded } from '../pipeline/cost-estimate.js';

/** The estimate text ("N call(s) to provider/model, about $X; ...") when `error` is that stop. */
export function costQuestion(error: unknown): string | undefined {
  return error instanceof CostConfirmationNeeded ? error.estimate : undefined;
}
