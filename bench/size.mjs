#!/usr/bin/env node
/*
 * Bundle size of the core, as an app would pay for it: esbuild bundles `import { compileIcp } from
 * "icpfit"` (bundle, minify, ESM, browser platform, zod external since it is a peer dependency the
 * app already has; ts-pattern is bundled), then gzips it with node:zlib at level 9. The whole `icpfit`
 * entry (`export *`) is measured beside it. Reads the BUILT package: dist/index.js, or --dist /
 * ICPFIT_DIST. Results are written down in bench/README.md.
 *
 * Usage: node bench/size.mjs [--dist dist/index.js] [--json size.json]
 */
import { writeFileSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { gzipSync, brotliCompressSync, constants } from "node:zlib";
import { build } from "esbuild";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const { values: args } = parseArgs({
  options: {
    dist: { type: "string", default: process.env.ICPFIT_DIST ?? "dist/index.js" },
    json: { type: "string" },
  },
});
const entry = resolve(root, args.dist);

async function measure(name, contents) {
  const result = await build({
    stdin: { contents, resolveDir: root, sourcefile: `${name}.js`, loader: "js" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    external: ["zod", "zod/*"],
    write: false,
    metafile: true,
    logLevel: "error",
  });
  const code = result.outputFiles[0].contents;
  const inputs = Object.entries(result.metafile.outputs[Object.keys(result.metafile.outputs)[0]].inputs)
    .map(([path, { bytesInOutput }]) => ({ path: relative(root, resolve(root, path)), bytes: bytesInOutput }))
    .filter((input) => input.bytes > 0)
    .sort((a, b) => b.bytes - a.bytes);
  return {
    name,
    minified: code.length,
    gzip: gzipSync(code, { level: 9 }).length,
    brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    inputs,
  };
}

const spec = JSON.stringify(entry);
const results = [
  await measure('import { compileIcp } from "icpfit"', `export { compileIcp } from ${spec};`),
  await measure('import * from "icpfit" (whole entry)', `export * from ${spec};`),
];

process.stdout.write(`icpfit from ${entry}; esbuild, minified, ESM, browser, zod external; gzip -9, brotli -q 11\n`);
for (const result of results) {
  process.stdout.write(
    `${result.name.padEnd(40)} ${String(result.minified).padStart(7)} B min  ${String(result.gzip).padStart(6)} B gzip  ${String(result.brotli).padStart(6)} B brotli\n`,
  );
  for (const input of result.inputs) process.stdout.write(`    ${String(input.bytes).padStart(7)} B  ${input.path}\n`);
}
if (args.json !== undefined) writeFileSync(resolve(args.json), `${JSON.stringify(results, null, 2)}\n`);
