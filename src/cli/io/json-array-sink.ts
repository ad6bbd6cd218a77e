import { Writable } from "node:stream";
import { isStdout } from "./files.js";

/**
 * A sink that takes JSON Lines text, in chunks of whole lines, and writes it to `target` as one
 * JSON array laid out as `--output-format json` lays out rows (`[`, one value a line, `]`). The
 * rejects file is written this way when named `.json`: the scorers (on this thread or on workers)
 * write JSON Lines without knowing which entry comes first, and a JSON value's text never holds a
 * raw line break, so the commas go in here. Ending the sink closes the array and ends `target`
 * (stdout is left open).
 */
export function jsonArraySink(target: Writable): Writable {
  let started = false;
  const sink = new Writable({
    decodeStrings: false,
    write(chunk: string | Buffer, _encoding, callback) {
      const text = typeof chunk === "string" ? chunk : chunk.toString("utf8");
      const lines = text.endsWith("\n") ? text.slice(0, -1) : text;
      if (lines === "") return callback();
      target.write(`${started ? ",\n" : "[\n"}${lines.replaceAll("\n", ",\n")}`, (error) => callback(error));
      started = true;
    },
    final(callback) {
      target.write(started ? "\n]\n" : "[]\n", (error) => {
        if (error !== undefined && error !== null) return callback(error);
        if (isStdout(target)) return callback();
        target.end(() => callback());
      });
    },
  });
  target.on("error", (error) => sink.destroy(error));
  return sink;
}
