// Whether a target can still be trained today: its training cut-off and shutdown dates, the warning
// for a coming cut-off, and the gate a build passes (refused past the cut-off unless overridden).
import { UserError } from '../errors.js';
import type { ModelStatus, TargetModel } from './types.js';

/** Today's date in UTC as YYYY-MM-DD; FTDB_TODAY overrides it (tests, or checking a plan ahead). */
function todayIso(): string {
  const forced = process.env.FTDB_TODAY;
  return forced && /^\d{4}-\d{2}-\d{2}$/.test(forced) ? forced : new Date().toISOString().slice(0, 10);
}

/** The first day the provider refuses new training jobs: the earlier of the cut-off and the shutdown. */
export function cutoffOf(target: TargetModel): string | undefined {
  const dates = [target.trainingEndsDate, target.shutdownDate].filter((d): d is string => Boolean(d));
  return dates.sort()[0];
}

export function isRetired(target: TargetModel, today = todayIso()): boolean {
  const cutoff = cutoffOf(target);
  return cutoff !== undefined && cutoff <= today;
}

/** The status as of today: 'retired' past the cut-off, else the registry's status. */
export function statusOf(target: TargetModel, today = todayIso()): ModelStatus {
  return isRetired(target, today) ? 'retired' : target.status;
}

/** One line for a retired target, naming the date and the successor. */
function retiredMessage(target: TargetModel): string {
  const cutoff = cutoffOf(target)!;
  const what = target.trainingEndsDate === cutoff ? 'stopped accepting new fine-tuning jobs on' : 'was shut down on';
  return `${target.displayName} (${target.id}) ${what} ${cutoff}.${target.successor ? ` Successor: ${target.successor}.` : ''}`;
}

/** One warning line when a cut-off is announced and still ahead; undefined otherwise. */
export function cutoffWarning(target: TargetModel, today = todayIso()): string | undefined {
  const cutoff = cutoffOf(target);
  if (!cutoff || cutoff <= today) return undefined;
  const days = Math.round((Date.parse(cutoff) - Date.parse(today)) / 86_400_000);
  const what = target.trainingEndsDate === cutoff ? 'new fine-tuning jobs stop on' : 'the model shuts down on';
  return `${target.displayName}: ${what} ${cutoff} (${days} day${days === 1 ? '' : 's'} from today); start training before then.`;
}

/**
 * The build's gate. Past the cut-off it throws (exit 2) unless allowRetired, in which case it returns
 * a warning that says the override was used; before an announced cut-off it returns that warning.
 */
export function checkTrainable(target: TargetModel, options: { allowRetired?: boolean; today?: string } = {}): string | undefined {
  const today = options.today ?? todayIso();
  if (!isRetired(target, today)) return cutoffWarning(target, today);
  if (options.allowRetired) {
    return `${retiredMessage(target)} Building anyway because --allow-retired was given (for an account that still has access).`;
  }
  throw new UserError(retiredMessage(target), {
    exitCode: 2,
    hint: 'Pick a current target (`ftdb models`), or pass --allow-retired if your account still has access in a remaining region.',
  });
}
