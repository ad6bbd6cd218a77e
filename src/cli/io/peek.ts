import { Readable } from "node:stream";

/** The next chunk of a stream, or null at its end. */
async function nextChunk(stream: Readable): Promise<Buffer | null> {
  for (;;) {
    const chunk = stream.read() as Buffer | string | null;
    if (chunk !== null) return typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    if (stream.readableEnded) return null;
    const ended = await new Promise<boolean>((resolve, reject) => {
      const done = (result: boolean) => (): void => {
        cleanup();
        resolve(result);
      };
      const onReadable = done(false);
      const onEnd = done(true);
      const onError = (error: Error): void => {
        cleanup();
        reject(error);
      };
      const cleanup = (): void => {
        stream.off("readable", onReadable);
        stream.off("end", onEnd);
        stream.off("error", onError);
      };
      stream.on("readable", onReadable);
      stream.once("end", onEnd);
      stream.once("error", onError);
    });
    if (ended) return null;
  }
}

/** The first bytes of a stream, and the stream to read from their start. */
export interface Peeked {
  readonly head: Buffer;
  /** True when the head is the whole input. */
  readonly ended: boolean;
  readonly stream: Readable;
}

/**
 * Reads the start of a stream until `enough` says so (or the stream ends) and puts it back, to
 * sniff what the input is. A stream that ended meanwhile is replaced by one holding the head.
 */
export async function peekHead(stream: Readable, enough: (head: Buffer) => boolean): Promise<Peeked> {
  const chunks: Buffer[] = [];
  let head: Buffer = Buffer.alloc(0);
  for (;;) {
    const chunk = await nextChunk(stream);
    if (chunk === null) return { head, ended: true, stream: Readable.from(head.length > 0 ? [head] : [], { objectMode: false }) };
    chunks.push(chunk);
    head = chunks.length === 1 ? chunk : Buffer.concat(chunks);
    if (enough(head)) break;
  }
  stream.unshift(head);
  return { head, ended: false, stream };
}
