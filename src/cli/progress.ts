import type { WriteStream } from "node:tty";

/** A progress line on stderr, redrawn a few times a second from counters; no per-row cost. */
export interface Progress {
  /** Erases the line (before printing a message, and at the end). */
  clear(): void;
  stop(): void;
}

const integer = new Intl.NumberFormat("en-US");

function duration(seconds: number): string {
  if (!Number.isFinite(seconds)) return "?";
  if (seconds < 60) return `${Math.ceil(seconds)}s`;
  const minutes = Math.floor(seconds / 60);
  return minutes < 60 ? `${minutes}m${String(Math.round(seconds % 60)).padStart(2, "0")}s` : `${Math.floor(minutes / 60)}h${String(minutes % 60).padStart(2, "0")}m`;
}

/** A progress reporter, or a no-op one when disabled. */
export function startProgress(options: {
  readonly enabled: boolean;
  readonly stream: NodeJS.WritableStream;
  readonly rows: () => number;
  readonly bytes: () => number;
  readonly totalBytes: number | undefined;
}): Progress {
  if (!options.enabled) return { clear: () => undefined, stop: () => undefined };
  const started = performance.now();
  let shown = false;
  const isTty = (options.stream as Partial<WriteStream>).isTTY === true;
  const draw = (): void => {
    const seconds = (performance.now() - started) / 1000;
    const rows = options.rows();
    const rate = seconds > 0 ? rows / seconds : 0;
    let text = `icpfit: ${integer.format(rows)} rows, ${integer.format(Math.round(rate))} rows/s`;
    const total = options.totalBytes;
    if (total !== undefined && total > 0) {
      const done = Math.min(1, options.bytes() / total);
      const eta = done > 0 ? (seconds * (1 - done)) / done : Number.POSITIVE_INFINITY;
      text += `, ${(done * 100).toFixed(1)}%, ETA ${duration(eta)}`;
    }
    options.stream.write(isTty ? `\r\x1b[K${text}` : `${text}\n`);
    shown = true;
  };
  const timer = setInterval(draw, isTty ? 200 : 1000);
  timer.unref();
  const clear = (): void => {
    if (shown && isTty) options.stream.write("\r\x1b[K");
    shown = false;
  };
  return {
    clear,
    stop() {
      clearInterval(timer);
      // In a log (progress forced without a TTY) the last line stays, as a record of the run.
      if (!isTty) draw();
      clear();
    },
  };
}
