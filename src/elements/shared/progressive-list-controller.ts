import type {ReactiveController, ReactiveControllerHost} from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * A long list rendered bit by bit, so that thousands of items never block the page. Items come in
 * blocks (`blocks`, stable arrays a `guard` can key on); the first `firstBlocks` render at once,
 * the rest a few per task, about 12 ms of work each, until `renderedBlocks` covers them all.
 */
export class ProgressiveListController<T> implements ReactiveController {
  /** Every item, in blocks of `blockSize`. */
  blocks: T[][] = [];
  /** How many blocks, from the first, the host renders now. */
  renderedBlocks = 0;
  private timer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly host: Host,
    readonly blockSize: number,
    private readonly firstBlocks: number,
  ) {
    host.addController(this);
  }

  /** A new list: its first blocks render with the next update, the rest afterwards. */
  setItems(items: readonly T[]): void {
    this.blocks = [];
    for (let index = 0; index < items.length; index += this.blockSize)
      this.blocks.push(items.slice(index, index + this.blockSize));
    this.renderedBlocks = Math.min(this.blocks.length, this.firstBlocks);
  }

  get complete(): boolean {
    return this.renderedBlocks >= this.blocks.length;
  }

  /** The blocks up to the one holding item `index` (one of the list's), with the next update (a link to that item). */
  renderThrough(index: number): void {
    this.renderedBlocks = Math.max(this.renderedBlocks, Math.floor(index / this.blockSize) + 1);
  }

  /** Every block, now (before printing: paper must list every item). */
  renderAll(): void {
    if (this.complete) return;
    this.renderedBlocks = this.blocks.length;
    this.host.requestUpdate();
  }

  // Moved or re-added while a long list was being rendered: carry on where it stopped.
  hostConnected(): void {
    this.renderMoreSoon();
  }

  hostUpdated(): void {
    this.renderMoreSoon();
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private renderMoreSoon(): void {
    if (this.timer || this.complete) return;
    this.timer = setTimeout(async () => {
      const started = performance.now();
      while (!this.complete && performance.now() - started < 12 && this.host.isConnected) {
        this.renderedBlocks++;
        this.host.requestUpdate();
        await this.host.updateComplete;
      }
      this.timer = undefined;
      if (this.host.isConnected) this.renderMoreSoon();
    });
  }
}
