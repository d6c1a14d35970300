// The running cost of a run against its cap (config max_cost / --max-cost). When the cap is reached
// the run pauses: the TUI asks the user, headless runs stop cleanly.
type BudgetDecision = 'continue' | 'stop';

export interface BudgetOptions {
  maxUsd: number;
  /** Asked once each time the cap is reached; 'continue' allows another maxUsd. Absent: stop. */
  onBudgetExceeded?: (spentUsd: number, capUsd: number) => Promise<BudgetDecision>;
  /** Cost already spent by an earlier, interrupted part of the run (resume). */
  spentUsd?: number;
}

export class Budget {
  private spent: number;
  private cap: number;
  private stoppedFlag = false;
  private pendingDecision?: Promise<boolean>;
  private readonly options: BudgetOptions;

  constructor(options: BudgetOptions) {
    if (!(options.maxUsd > 0)) throw new RangeError(`max cost must be above 0, got ${options.maxUsd}`);
    this.options = options;
    this.spent = options.spentUsd ?? 0;
    this.cap = options.maxUsd;
  }

  get spentUsd(): number {
    return this.spent;
  }

  get capUsd(): number {
    return this.cap;
  }

  get stopped(): boolean {
    return this.stoppedFlag;
  }

  record(costUsd: number): void {
    if (costUsd > 0) this.spent += costUsd;
  }

  /**
   * Whether another paid call may start. Under the cap: true at once. At the cap: asks once (callers
   * arriving meanwhile share the same answer); 'continue' raises the cap by maxUsd, 'stop' is final.
   * Calls already in flight still finish, so the total can pass the cap by their cost.
   */
  async allowMore(): Promise<boolean> {
    if (this.stoppedFlag) return false;
    if (this.spent < this.cap) return true;
    this.pendingDecision ??= this.decide().finally(() => {
      this.pendingDecision = undefined;
    });
    return this.pendingDecision;
  }

  private async decide(): Promise<boolean> {
    const decision = this.options.onBudgetExceeded ? await this.options.onBudgetExceeded(this.spent, this.cap) : 'stop';
    if (decision === 'continue') {
      while (this.cap <= this.spent) this.cap += this.options.maxUsd;
      return true;
    }
    this.stoppedFlag = true;
    return false;
  }
}
