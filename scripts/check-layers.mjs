// Enforces the house rule on layers: imports between the folders of src/ only go down the floors
// (cli 5 → adapters / report / sql 4 → analyze 3 → engine 2 → schema 1 → errors.ts 0), folders on
// the same floor never import each other, and no folders import each other in a cycle.
// A barrel (src/index.ts, src/<folder>/index.ts) is checked by where it points: importing it
// counts as importing every folder it re-exports from. Reads `import … from`, `export … from`,
// `import type`, side-effect `import "…"` and dynamic `import("…")` with a small tokenizer that
// skips comments, strings, template literals and regular expressions, so no dependency is needed.
// Usage: node scripts/check-layers.mjs [srcDir]   (prints `PASS layers` or FAIL lines; exit 1 on FAIL)
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

/** Floor of each top-level unit of src/: a file lower down may never import one higher up. */
export const FLOORS = { errors: 0, schema: 1, engine: 2, analyze: 3, report: 4, adapters: 4, sql: 4, cli: 5 };
const ROOT_BARREL = "index";
const SOURCE = /\.(ts|mts|cts|tsx|js|mjs)$/;

const KEYWORDS_BEFORE_EXPRESSION = new Set(["return", "typeof", "case", "do", "else", "in", "of", "instanceof", "new", "delete", "void", "throw", "yield", "await"]);

/** The module specifiers a source file imports, with their line numbers. */
export function importSpecifiers(source) {
  const tokens = tokenize(source);
  const found = [];
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index];
    if (token.kind !== "string") continue;
    const previous = tokens[index - 1];
    const beforePrevious = tokens[index - 2];
    const isFrom = previous?.kind === "word" && (previous.text === "from" || previous.text === "import") && tokens[index - 2]?.text !== ".";
    const isDynamic = previous?.text === "(" && beforePrevious?.kind === "word" && beforePrevious.text === "import";
    if (isFrom || isDynamic) found.push({ specifier: token.value, line: token.line });
  }
  return found;
}

/** Splits source text into words, strings (with their value) and punctuation; drops comments. */
function tokenize(source) {
  const tokens = [];
  const templateDepths = []; // brace depth at which each open `${` resumes its template literal
  let braceDepth = 0;
  let line = 1;
  let index = 0;
  const push = (kind, text, extra = {}) => tokens.push({ kind, text, line, ...extra });
  const significant = () => tokens[tokens.length - 1];
  const readTemplate = () => {
    // at the character after ` or after the } that closes a ${ … }
    while (index < source.length) {
      const char = source[index];
      if (char === "\\") index += 2;
      else if (char === "`") {
        index++;
        push("template", "`");
        return;
      } else if (char === "$" && source[index + 1] === "{") {
        index += 2;
        templateDepths.push(braceDepth);
        braceDepth++;
        push("punct", "${");
        return;
      } else {
        if (char === "\n") line++;
        index++;
      }
    }
  };
  while (index < source.length) {
    const char = source[index];
    const next = source[index + 1];
    if (char === "\n") {
      line++;
      index++;
    } else if (/\s/.test(char)) {
      index++;
    } else if (char === "/" && next === "/") {
      while (index < source.length && source[index] !== "\n") index++;
    } else if (char === "/" && next === "*") {
      const end = source.indexOf("*/", index + 2);
      const stop = end === -1 ? source.length : end + 2;
      for (let at = index; at < stop; at++) if (source[at] === "\n") line++;
      index = stop;
    } else if (char === '"' || char === "'") {
      const startLine = line;
      let value = "";
      index++;
      while (index < source.length && source[index] !== char && source[index] !== "\n") {
        if (source[index] === "\\") {
          value += source[index + 1] ?? "";
          index += 2;
        } else value += source[index++];
      }
      index++;
      tokens.push({ kind: "string", text: char, value, line: startLine });
    } else if (char === "`") {
      index++;
      readTemplate();
    } else if (char === "/" && startsRegex(significant())) {
      index++;
      let inClass = false;
      while (index < source.length && source[index] !== "\n") {
        const at = source[index];
        if (at === "\\") index++;
        else if (at === "[") inClass = true;
        else if (at === "]") inClass = false;
        else if (at === "/" && !inClass) break;
        index++;
      }
      index++;
      while (index < source.length && /[a-z]/i.test(source[index])) index++;
      push("regex", "/");
    } else if (/[A-Za-z_$]/.test(char)) {
      let end = index + 1;
      while (end < source.length && /[\w$]/.test(source[end])) end++;
      push("word", source.slice(index, end));
      index = end;
    } else if (/[0-9]/.test(char)) {
      let end = index + 1;
      while (end < source.length && /[\w.]/.test(source[end])) end++;
      push("number", source.slice(index, end));
      index = end;
    } else if (char === "{") {
      braceDepth++;
      push("punct", char);
      index++;
    } else if (char === "}") {
      braceDepth--;
      index++;
      if (templateDepths.length > 0 && templateDepths[templateDepths.length - 1] === braceDepth) {
        templateDepths.pop();
        readTemplate();
      } else push("punct", char);
    } else {
      push("punct", char);
      index++;
    }
  }
  return tokens;
}

/** Whether a `/` after this token opens a regular expression rather than dividing. */
function startsRegex(previous) {
  if (previous === undefined) return true;
  if (previous.kind === "word") return KEYWORDS_BEFORE_EXPRESSION.has(previous.text);
  if (previous.kind === "number" || previous.kind === "string" || previous.kind === "template" || previous.kind === "regex") return false;
  return !(previous.text === ")" || previous.text === "]" || previous.text === "}");
}

function sourceFiles(directory) {
  const files = [];
  for (const entry of readdirSync(directory).sort()) {
    const path = join(directory, entry);
    if (statSync(path).isDirectory()) files.push(...sourceFiles(path));
    else if (SOURCE.test(entry) && !entry.endsWith(".d.ts")) files.push(path);
  }
  return files;
}

/** The unit of a file under src/: its top-level folder, "errors" for src/errors.ts, "index" for src/index.ts. */
function unitOf(srcDir, file) {
  const parts = relative(srcDir, file).split(sep);
  if (parts.length === 1) return parts[0].replace(SOURCE, "");
  return parts[0];
}

function isBarrel(srcDir, file) {
  const parts = relative(srcDir, file).split(sep);
  return parts.length <= 2 && /^index\.[a-z]+$/.test(parts[parts.length - 1]);
}

/** The source file a relative specifier names (".js" written for a ".ts" file, as NodeNext wants). */
function resolveSpecifier(fromFile, specifier) {
  const base = resolve(dirname(fromFile), specifier);
  const candidates = [base, base.replace(/\.(m|c)?js$/, ".$1ts"), base.replace(/\.(m|c)?js$/, ".tsx"), `${base}.ts`, join(base, "index.ts")];
  return candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
}

/**
 * Checks every file under srcDir. Returns the problems found, each with file, line, specifier and
 * message; an empty list means the layers hold.
 */
export function checkLayers(srcDir) {
  const root = resolve(srcDir);
  const files = sourceFiles(root);
  const problems = [];
  const edges = new Map(); // file -> [{ target file, line, specifier }]
  for (const file of files) {
    const list = [];
    for (const { specifier, line } of importSpecifiers(readFileSync(file, "utf8"))) {
      if (!specifier.startsWith(".")) continue;
      const target = resolveSpecifier(file, specifier);
      const where = { file: relative(process.cwd(), file), line, specifier };
      if (target === undefined) problems.push({ ...where, message: "does not resolve to a source file" });
      else if (relative(root, target).startsWith("..")) problems.push({ ...where, message: "leaves the source folder" });
      else list.push({ target, line, specifier });
    }
    edges.set(file, list);
  }

  // Where a barrel points: the units its re-exports reach, following barrels it re-exports in turn.
  const pointsTo = new Map();
  const barrelTargets = (barrel, seen = new Set()) => {
    if (pointsTo.has(barrel)) return pointsTo.get(barrel);
    seen.add(barrel);
    const units = new Set();
    for (const { target } of edges.get(barrel) ?? []) {
      if (isBarrel(root, target) && target !== barrel && !seen.has(target)) {
        if (unitOf(root, target) !== unitOf(root, barrel)) for (const unit of barrelTargets(target, seen)) units.add(unit);
        else units.add(unitOf(root, target));
      } else units.add(unitOf(root, target));
    }
    pointsTo.set(barrel, units);
    return units;
  };

  const unitGraph = new Map(); // unit -> Map(target unit -> first edge seen)
  for (const [file, list] of edges) {
    const from = unitOf(root, file);
    if (from === ROOT_BARREL) continue; // the package's entry point: checked by where it points, below
    const floor = FLOORS[from];
    if (floor === undefined) {
      problems.push({ file: relative(process.cwd(), file), line: 1, specifier: "", message: `is in "${from}", which has no floor in scripts/check-layers.mjs` });
      continue;
    }
    for (const { target, line, specifier } of list) {
      const targetUnit = unitOf(root, target);
      const where = { file: relative(process.cwd(), file), line, specifier };
      const throughBarrel = targetUnit !== from && isBarrel(root, target);
      const reached = targetUnit === from ? [from] : throughBarrel ? [...barrelTargets(target)] : [targetUnit];
      if (throughBarrel && reached.includes(from)) {
        problems.push({ ...where, message: `${from} imports a barrel that re-exports ${from} itself (a cycle through ${relative(root, target)})` });
      }
      for (const to of reached) {
        if (to === from) continue;
        const toFloor = FLOORS[to];
        if (toFloor === undefined) problems.push({ ...where, message: `reaches "${to}", which has no floor` });
        else if (toFloor >= floor) {
          const how = toFloor === floor ? "the same floor" : "a higher floor";
          problems.push({ ...where, message: `${from} (floor ${floor}) imports ${to} (floor ${toFloor}), ${how}` });
        }
        if (!unitGraph.has(from)) unitGraph.set(from, new Map());
        if (!unitGraph.get(from).has(to)) unitGraph.get(from).set(to, where);
      }
    }
  }
  for (const unit of pointsTo.get(join(root, "index.ts")) ?? barrelTargets(join(root, "index.ts"))) {
    if (FLOORS[unit] === undefined && existsSync(join(root, "index.ts"))) {
      problems.push({ file: relative(process.cwd(), join(root, "index.ts")), line: 1, specifier: "", message: `re-exports "${unit}", which has no floor` });
    }
  }
  problems.push(...folderCycles(unitGraph));
  return problems;
}

/** Every cycle in the graph of units, reported once with the import that closes it. */
function folderCycles(graph) {
  const problems = [];
  const state = new Map(); // unit -> "open" | "done"
  const stack = [];
  const visit = (unit) => {
    state.set(unit, "open");
    stack.push(unit);
    for (const [to, where] of graph.get(unit) ?? []) {
      if (state.get(to) === "open") {
        const cycle = [...stack.slice(stack.indexOf(to)), to];
        problems.push({ ...where, message: `closes an import cycle between folders: ${cycle.join(" → ")}` });
      } else if (!state.has(to)) visit(to);
    }
    stack.pop();
    state.set(unit, "done");
  };
  for (const unit of [...graph.keys()].sort()) if (!state.has(unit)) visit(unit);
  return problems;
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const srcDir = process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), "..", "src");
  const problems = checkLayers(srcDir);
  for (const problem of problems) {
    console.log(`FAIL layers ${problem.file}:${problem.line}${problem.specifier === "" ? "" : ` "${problem.specifier}"`} ${problem.message}`);
  }
  if (problems.length === 0) console.log("PASS layers");
  process.exitCode = problems.length === 0 ? 0 : 1;
}
