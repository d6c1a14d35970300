// When to start the next call and how many conversations to ask of it. Planned with the observed
// yield: the share of conversations asked that survived every check and were stored. Calls keep the
// concurrency full until the calls in flight are expected to cover the target, so the last waves do
// not run one call at a time; the cost is over-generation (samples paid for and not needed), which
// this keeps to about one call's worth and the loop reports. A call frees its place for the next one
// as soon as its answer is back (answered()), so screening and committing its samples overlap the
// next call's latency instead of delaying it; while it is screened it counts as yielding all it asked
// (the most it can), so a call started then is one that is needed whatever the screening keeps.
import type { StopReason } from './types.js';

export interface SchedulerSettings {
  target: number;
  concurrency: number;
  samplesPerCall: number;
  /** Failed calls in a row that end the run. */
  failLimit: number;
  /** Finished calls in a row without a new sample that end the run (the chunks are exhausted). */
  stallLimit: number;
}

/** A yield below this is treated as this, so a run of bad answers does not ask for zero. */
const MIN_RATE = 0.05;

export class CallScheduler {
  /** Calls waiting for their answer (what `concurrency` limits). */
  private running = 0;
  /** Calls answered whose samples are still being screened and committed. */
  private screening = 0;
  /** Conversations asked by calls waiting for their answer, and by calls being screened. */
  private askedInFlight = 0;
  private askedScreening = 0;
  private askedDone = 0;
  private acceptedDone = 0;
  private consecutiveFailures = 0;
  private callsSinceAccept = 0;

  constructor(private readonly settings: SchedulerSettings) {}

  /** Calls started and not settled yet (waiting for their answer or being screened). */
  get inFlight(): number {
    return this.running + this.screening;
  }

  /**
   * Accepted per conversation asked over finished calls, starting from one imagined success so the
   * first call (1 until it finishes: never over-ask at first) or one unlucky batch does not swing it to 0.
   */
  get yieldRate(): number {
    return (this.acceptedDone + 1) / (this.askedDone + 1);
  }

  /** What the calls in flight are expected to add; `atMost`: calls being screened count all they asked. */
  private expectedInFlight(atMost = false): number {
    return this.askedInFlight * this.yieldRate + this.askedScreening * (atMost ? 1 : this.yieldRate);
  }

  /**
   * Conversations to ask of a new call now, or 0 when no call should start. It starts only when it is
   * needed whatever the calls being screened keep; it is sized, like the rest, at the observed yield.
   */
  nextAsk(accepted: number): number {
    const { target, concurrency, samplesPerCall } = this.settings;
    if (this.running >= concurrency) return 0;
    if (target - accepted - this.expectedInFlight(true) <= 0) return 0;
    const needed = target - accepted - this.expectedInFlight();
    return Math.min(samplesPerCall, Math.max(1, Math.ceil(needed / Math.max(MIN_RATE, this.yieldRate))));
  }

  /** Calls still to start at the current yield (for the progress total). */
  callsStillNeeded(accepted: number): number {
    const needed = this.settings.target - accepted - this.expectedInFlight();
    return needed <= 0 ? 0 : Math.ceil(needed / (this.settings.samplesPerCall * Math.max(MIN_RATE, this.yieldRate)));
  }

  started(asked: number): void {
    this.running++;
    this.askedInFlight += asked;
  }

  /** The call's answer is back: its place goes to the next call while its samples are screened. */
  answered(asked: number): void {
    this.running--;
    this.askedInFlight -= asked;
    this.screening++;
    this.askedScreening += asked;
  }

  /** `answered`: whether answered() was called for this call. */
  finished(asked: number, accepted: number, answered = false): void {
    this.settle(asked, answered);
    this.askedDone += asked;
    this.acceptedDone += accepted;
    this.consecutiveFailures = 0;
    this.callsSinceAccept = accepted > 0 ? 0 : this.callsSinceAccept + 1;
  }

  /** A failed call tells nothing about the yield; it counts towards failLimit. */
  failed(asked: number, answered = false): void {
    this.settle(asked, answered);
    this.consecutiveFailures++;
  }

  /** Cancelled: neither finished nor failed. */
  abandoned(asked: number, answered = false): void {
    this.settle(asked, answered);
  }

  private settle(asked: number, answered: boolean): void {
    if (answered) {
      this.screening--;
      this.askedScreening -= asked;
    } else {
      this.running--;
      this.askedInFlight -= asked;
    }
  }

  stopReason(accepted: number): StopReason | undefined {
    if (accepted >= this.settings.target) return 'target';
    if (this.consecutiveFailures >= this.settings.failLimit) return 'failing';
    if (this.callsSinceAccept >= this.settings.stallLimit) return 'exhausted';
    return undefined;
  }
}
