/** A one-line progress display on a terminal: messages done, rate, and time left when the size is known. */
export class Progress {
  private count = 0;
  private last = 0;
  private readonly started = Date.now();
  private bytes = 0;
  constructor(
    private readonly out: NodeJS.WriteStream,
    private readonly totalBytes: number,
    private readonly enabled: boolean,
  ) {}

  tick(_status: string, offset?: number): void {
    this.count++;
    if (offset !== undefined) this.bytes = offset;
    const now = Date.now();
    // Redraw at most ten times a second: a terminal is slower than the importer.
    if (!this.enabled || now - this.last < 100) return;
    this.last = now;
    this.draw(now);
  }

  /** At the import's end: the plans it changed being made again. */
  replanning(done: number, total: number): void {
    if (this.enabled) this.out.write(`\r\x1b[Kupdating the plans it changed: ${done} of ${total}`);
  }

  note(text: string): void {
    if (this.enabled) this.out.write(`\r\x1b[K${text}\n`);
  }

  done(): void {
    if (this.enabled) {
      this.draw(Date.now());
      this.out.write('\n');
    }
  }

  private draw(now: number): void {
    const seconds = Math.max(0.001, (now - this.started) / 1000);
    const rate = this.count / seconds;
    let line = `${this.count} messages, ${Math.round(rate)}/s`;
    if (this.totalBytes > 0 && this.bytes > 0) {
      const share = Math.min(1, this.bytes / this.totalBytes);
      const left = share > 0 ? (seconds / share) * (1 - share) : 0;
      const width = 24;
      const filled = Math.round(share * width);
      line = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${Math.round(share * 100)}%  ${line}, ${formatDuration(left)} left`;
    }
    this.out.write(`\r\x1b[K${line}`);
  }
}

function formatDuration(seconds: number): string {
  if (seconds < 60) return `${Math.ceil(seconds)}s`;
  const m = Math.floor(seconds / 60);
  return m < 60 ? `${m}m ${Math.round(seconds % 60)}s` : `${Math.floor(m / 60)}h ${m % 60}m`;
}
