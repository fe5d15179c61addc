// Where the extraction's time goes, step by step (issue 17): the pipeline reads a clock after each step and
// adds the lap to `times` under the step's name. Without `times` (the default) a lap costs one branch.
// Read by the CLI's --steps and the bench's per-step table; performance.now() exists in browsers and Node.

/** Milliseconds spent per pipeline step (a step run twice, as in the retry under the headline, adds up). */
export type StepTimes = Record<string, number>;

export class StepClock {
  private last: number;

  constructor(private readonly times: StepTimes | undefined) {
    this.last = times ? performance.now() : 0;
  }

  /** Charges the time since the previous lap (or since the start) to `step`. */
  lap(step: string): void {
    if (!this.times) return;
    const now = performance.now();
    this.times[step] = (this.times[step] ?? 0) + (now - this.last);
    this.last = now;
  }
}
