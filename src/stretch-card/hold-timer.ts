/**
 * The hold timer of `<stretch-card>` as a pure state machine: no clock and no timers inside. Every
 * method takes `now` (milliseconds from any monotonic clock, e.g. `performance.now()`), and the phase
 * is computed from timestamps, so a background tab whose timers were throttled or stopped still shows
 * the exact phase when it comes back.
 *
 * A set is a list of segments. Holds on one side run rep after rep with a short rest between them,
 * then a "switch sides" pause, then the same reps on the other side. Slow-rep exercises (a nerve
 * glide, cat–cow) are one continuous moving segment per side; the rep number within it is derived
 * from the time.
 */

export type Sides = 'each' | 'both';
export type Side = 'left' | 'right' | 'both';
export type Phase = 'hold' | 'slow' | 'rest' | 'switch';
export type TimerStatus = 'ready' | 'running' | 'paused' | 'done';

export interface HoldPlan {
  /** Seconds per hold, or per slow rep when `slow`. */
  hold: number;
  reps: number;
  sides: Sides;
  /** The reps are continuous slow movements rather than static holds. */
  slow?: boolean;
  /** Seconds of rest between holds. Default 5. */
  rest?: number;
  /** Seconds to change sides. Default 5. */
  switchTime?: number;
}

export interface Segment {
  phase: Phase;
  side: Side;
  /** The rep this segment belongs to (for a rest or a switch: the rep that comes next). */
  rep: number;
  ms: number;
}

export interface TimerSnapshot {
  status: TimerStatus;
  /** Index of the current segment; changes exactly when the phase changes. */
  index: number;
  segment: Segment;
  /** Current rep (within a slow segment, the rep being moved through). */
  rep: number;
  /** Milliseconds left in the current segment. */
  msLeft: number;
  /** Fraction of the current segment done, 0 to 1. */
  done: number;
}

/**
 * Time left as the timer shows it, "m:ss", rounded up: a 20 s hold reads 0:20 at its start and 0:01 in
 * its last second, never 0:00 while it is running.
 */
export function clockText(ms: number): string {
  const seconds = Math.ceil(Math.max(0, ms) / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

export const REST_SECONDS = 5;
export const SWITCH_SECONDS = 5;

/** The segments of a whole set, in order. */
export function segmentsFor(plan: HoldPlan): Segment[] {
  const { hold, reps, sides, slow } = plan;
  const rest = (plan.rest ?? REST_SECONDS) * 1000;
  const switchMs = (plan.switchTime ?? SWITCH_SECONDS) * 1000;
  const segments: Segment[] = [];
  const sideList: Side[] = sides === 'each' ? ['left', 'right'] : ['both'];
  sideList.forEach((side, sideIndex) => {
    if (sideIndex) segments.push({ phase: 'switch', side, rep: 1, ms: switchMs });
    if (slow) {
      segments.push({ phase: 'slow', side, rep: 1, ms: hold * reps * 1000 });
      return;
    }
    for (let rep = 1; rep <= reps; rep++) {
      if (rep > 1 && rest) segments.push({ phase: 'rest', side, rep, ms: rest });
      segments.push({ phase: 'hold', side, rep, ms: hold * 1000 });
    }
  });
  return segments;
}

export class HoldTimer {
  readonly segments: readonly Segment[];
  /** Length of the whole set in milliseconds. */
  readonly total: number;
  private _startedAt?: number;
  private _pausedAt?: number;
  private _pausedMs = 0;

  constructor(readonly plan: HoldPlan) {
    this.segments = segmentsFor(plan);
    this.total = this.segments.reduce((sum, segment) => sum + segment.ms, 0);
  }

  /** Starts the set from the beginning (also from "done"). */
  start(now: number): void {
    this._startedAt = now;
    this._pausedAt = undefined;
    this._pausedMs = 0;
  }

  pause(now: number): void {
    if (this.at(now).status === 'running') this._pausedAt = now;
  }

  resume(now: number): void {
    if (this._pausedAt === undefined) return;
    this._pausedMs += now - this._pausedAt;
    this._pausedAt = undefined;
  }

  reset(): void {
    this._startedAt = this._pausedAt = undefined;
    this._pausedMs = 0;
  }

  /** Where the set is at `now`. */
  at(now: number): TimerSnapshot {
    const { segments } = this;
    if (this._startedAt === undefined) return this._snapshot('ready', 0, 0);
    const elapsed = (this._pausedAt ?? now) - this._startedAt - this._pausedMs;
    if (elapsed >= this.total) return this._snapshot('done', segments.length - 1, segments[segments.length - 1].ms);
    let into = elapsed;
    let index = 0;
    while (into >= segments[index].ms) into -= segments[index++].ms;
    return this._snapshot(this._pausedAt === undefined ? 'running' : 'paused', index, into);
  }

  private _snapshot(status: TimerStatus, index: number, into: number): TimerSnapshot {
    const segment = this.segments[index];
    const rep =
      segment.phase === 'slow' ? Math.min(this.plan.reps, Math.floor(into / (this.plan.hold * 1000)) + 1) : segment.rep;
    return { status, index, segment, rep, msLeft: segment.ms - into, done: segment.ms ? into / segment.ms : 1 };
  }
}
