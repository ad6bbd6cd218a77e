import { usageError } from "./cli-error.js";
import { listOption, stringOption, flagOption, type OptionValues } from "./args.js";
import { openInput, type Input } from "./io/files.js";
import { formatOf, sniffFormat, type Format } from "./io/formats.js";
import { peek } from "./io/peek.js";
import { readMappingFile, type MappingRequest } from "./mapping.js";

/** Options shared by every command that reads leads: input format, delimiter, mapping. */
export const INPUT_OPTIONS = {
  format: { type: "string" },
  delimiter: { type: "string" },
  map: { type: "string" },
  field: { type: "string", multiple: true },
  "auto-map": { type: "boolean" },
  "missing-value": { type: "string", multiple: true },
} as const;

/** Help lines for {@link INPUT_OPTIONS}. */
export const INPUT_HELP: string = `Input:
  --format <csv|jsonl|json>   input format (default: from the extension; stdin is sniffed)
  --delimiter <char>          CSV delimiter (default ",")
  --map <file.json>           column mapping: {"firmographic.employees": "Employees", ...}
  --field <path>=<column>     map one column, e.g. --field firmographic.employees=Employees (repeatable)
  --no-auto-map               do not guess lead fields from header names
  --missing-value <text>      a cell value that means "no data", e.g. --missing-value Select (repeatable)`;

/** An opened input with its format. */
export interface OpenedInput extends Input {
  readonly format: Format;
}

/** Opens the input file (or stdin) and settles its format. */
export async function openLeadInput(path: string, values: OptionValues): Promise<OpenedInput> {
  const input = openInput(path);
  let format = formatOf(path, stringOption(values, "format"));
  if (format === undefined) format = path === "-" ? sniffFormat(await peek(input.stream)) : "csv";
  return { ...input, format };
}

/** The CSV delimiter option. */
export function delimiterOf(values: OptionValues): string {
  const delimiter = stringOption(values, "delimiter") ?? ",";
  const resolved = delimiter === "\\t" || delimiter.toLowerCase() === "tab" ? "\t" : delimiter;
  if (resolved.length !== 1) throw usageError(`--delimiter expects one character (or "tab"), got "${delimiter}"`);
  // The quote and the line breaks already mean something in CSV (Papa Parse would silently use "," instead).
  if (resolved === '"' || resolved === "\r" || resolved === "\n" || resolved === "\ufeff") {
    throw usageError(`--delimiter cannot be ${JSON.stringify(resolved)}: quotes, line breaks and the byte order mark have their own meaning in CSV`);
  }
  return resolved;
}

/** The mapping request from --map, --field and --no-auto-map. */
export function mappingRequestOf(values: OptionValues): MappingRequest {
  return { file: readMappingFile(stringOption(values, "map")), fields: listOption(values, "field"), auto: flagOption(values, "auto-map") ?? true };
}
