import type { Readable } from "node:stream";

/** Reads the first chunk of a stream and puts it back, to sniff the format of stdin. */
export async function peek(stream: Readable): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const onReadable = (): void => {
      const chunk = stream.read() as Buffer | string | null;
      cleanup();
      if (chunk === null) return resolve(Buffer.alloc(0));
      const buffer = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
      stream.unshift(buffer);
      resolve(buffer);
    };
    const onEnd = (): void => {
      cleanup();
      resolve(Buffer.alloc(0));
    };
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
}
