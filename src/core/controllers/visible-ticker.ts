import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Re-renders its host on a time boundary (the next minute for a booking hint, the next shown second
 * for a stretch timer) while the host is connected, and again whenever the tab is hidden or shown and
 * when the host is put back in the page (the clock moved on while nothing ticked).
 *
 * After every update the controller asks the host how long to wait (`delay`): a number of milliseconds,
 * or undefined for "no tick needed". The host is told whether the tab is hidden, so it can wait longer
 * then (browsers throttle hidden timers anyway) or not at all. No timer or listener outlives
 * `hostDisconnected`, and an update that runs after removal (Start clicked in the same task that removes
 * the card) schedules nothing.
 */
export class VisibleTicker implements ReactiveController {
  private _timer?: ReturnType<typeof setTimeout>;
  private _connected = false;

  constructor(
    private readonly _host: ReactiveControllerHost & Element,
    private readonly _delay: (hidden: boolean) => number | undefined,
  ) {
    _host.addController(this);
  }

  hostConnected(): void {
    this._connected = true;
    document.addEventListener('visibilitychange', this._onVisibility);
    // On a reconnect nothing else would re-render a host whose clock-based view is now stale; on the
    // first connect an update is pending anyway and this request joins it.
    this._host.requestUpdate();
  }

  hostDisconnected(): void {
    this._connected = false;
    document.removeEventListener('visibilitychange', this._onVisibility);
    this._stop();
  }

  hostUpdated(): void {
    this._stop();
    if (!this._connected) return;
    const wait = this._delay(document.hidden);
    if (wait !== undefined) this._timer = setTimeout(() => this._host.requestUpdate(), Math.max(0, wait));
  }

  /** Whether a tick is scheduled (for tests). */
  get pending(): boolean {
    return this._timer !== undefined;
  }

  private _stop(): void {
    clearTimeout(this._timer);
    this._timer = undefined;
  }

  /** Hidden: re-render once so the host can schedule its hidden-tab wait. Visible again: catch up at once. */
  private readonly _onVisibility = () => this._host.requestUpdate();
}
