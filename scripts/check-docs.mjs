// Enforces the house rule "every export has TSDoc with an @example that compiles":
// 1. asks typedoc (JSON output) for every export of every entry point and lists those without a
//    comment or without an @example;
// 2. writes each @example's code block to a file and type-checks them all with tsc, with
//    "icpfit" and its sub-paths mapped to the sources.
// Exits non-zero on any problem. Usage: node scripts/check-docs.mjs
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const work = join(root, ".ci/out/doc-examples");
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
const jsonPath = join(work, "api.json");
execFileSync("npx", ["typedoc", "--json", jsonPath, "--treatWarningsAsErrors", "false", "--logLevel", "Error"], { cwd: root, stdio: "inherit" });
const api = JSON.parse(readFileSync(jsonPath, "utf8"));

const comments = (reflection) => [reflection.comment, ...(reflection.signatures ?? []).map((s) => s.comment)].filter(Boolean);
const problems = [];
const examples = [];
const modules = api.children?.some((child) => child.kind === 2) ? api.children : [{ name: "icpfit", children: api.children }];
for (const module of modules) {
  for (const reflection of module.children ?? []) {
    const docs = comments(reflection);
    const where = `${module.name}: ${reflection.name}`;
    if (docs.length === 0) {
      problems.push(`${where} has no TSDoc`);
      continue;
    }
    const tags = docs.flatMap((comment) => comment.blockTags ?? []).filter((tag) => tag.tag === "@example");
    if (tags.length === 0) {
      problems.push(`${where} has no @example`);
      continue;
    }
    for (const tag of tags) {
      const text = tag.content.map((part) => part.text).join("");
      const code = /```(?:ts|typescript)\n([\s\S]*?)```/.exec(text)?.[1];
      if (code === undefined) problems.push(`${where}: @example has no \`\`\`ts code block`);
      else examples.push({ where, code });
    }
  }
}

const seen = new Set();
let index = 0;
for (const { where, code } of examples) {
  if (seen.has(code)) continue;
  seen.add(code);
  const body = /^\s*(import|export)\s/m.test(code) ? code : `${code}\nexport {};\n`;
  writeFileSync(join(work, `example-${String(index++).padStart(3, "0")}.ts`), `// ${where}\n${body}`);
}
const source = (path) => join(root, path);
writeFileSync(
  join(work, "tsconfig.json"),
  JSON.stringify({
    extends: join(root, "tsconfig.json"),
    compilerOptions: {
      noEmit: true,
      isolatedDeclarations: false,
      noUnusedLocals: false,
      baseUrl: root,
      paths: {
        icpfit: [source("src/index.ts")],
        "icpfit/analyze": [source("src/analyze/index.ts")],
        "icpfit/report": [source("src/report/index.ts")],
        "icpfit/adapters": [source("src/adapters/index.ts")],
      },
    },
    include: [join(work, "*.ts")],
  }),
);
try {
  execFileSync("npx", ["tsc", "-p", join(work, "tsconfig.json")], { cwd: root, stdio: "pipe" });
} catch (error) {
  const output = `${error.stdout ?? ""}${error.stderr ?? ""}`;
  for (const line of output.split("\n").filter((l) => l.includes("error TS"))) {
    const file = /example-\d+\.ts/.exec(line)?.[0];
    const origin = file === undefined ? "" : readFileSync(join(work, file), "utf8").split("\n")[0].slice(3);
    problems.push(`@example of ${origin} does not compile: ${line.replace(/^.*error /, "error ")}`);
  }
}

if (problems.length > 0) {
  console.error(problems.join("\n"));
  console.error(`\n${problems.length} documentation problem(s); ${examples.length} examples checked`);
  process.exit(1);
}
console.log(`docs ok: every export documented, ${seen.size} @example blocks compile`);
