import { defineConfig, type Options } from "tsup";

const config: Options = defineConfig({
  entry: {
    index: "src/index.ts",
    "analyze/index": "src/analyze/index.ts",
    "report/index": "src/report/index.ts",
    "adapters/index": "src/adapters/index.ts",
    "cli/main": "src/cli/main.ts",
    "cli/score-worker": "src/cli/score/score-worker.ts",
  },
  format: ["esm"],
  dts: true,
  sourcemap: true,
  clean: true,
  target: "es2022",
  platform: "node",
  splitting: true,
  treeshake: true,
}) as Options;

export default config;
