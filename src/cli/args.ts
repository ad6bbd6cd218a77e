import { parseArgs, type ParseArgsConfig } from "node:util";
import { usageError } from "./cli-error.js";

type Options = NonNullable<ParseArgsConfig["options"]>;

/** Parsed values of a command's options: strings, booleans and repeated strings. */
export type OptionValues = Record<string, string | boolean | Array<string | boolean> | undefined>;

/** The result of parsing one command's arguments. */
export interface ParsedArgs {
  readonly values: OptionValues;
  readonly positionals: string[];
}

/** Parses a command's arguments with node:util parseArgs; any mistake becomes a usage error. */
export function parseCommandArgs(command: string, argv: readonly string[], options: Options): ParsedArgs {
  try {
    const { values, positionals } = parseArgs({ args: [...argv], options, allowPositionals: true, allowNegative: true, strict: true });
    return { values: values as OptionValues, positionals };
  } catch (error) {
    throw usageError(`${argsErrorMessage(error)}\nRun "icpfit ${command} --help" for usage.`);
  }
}

/*
 * parseArgs's message, except for an unknown option: its own text ends in an unbalanced quote
 * (`as in '-- "--bogus"`), so the option is named plainly, with the way to pass such text as a file.
 */
function argsErrorMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const unknown = (error as { code?: unknown }).code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" ? /^Unknown option '([^']*)'/.exec(message) : null;
  if (unknown === null) return message;
  const option = unknown[1] as string;
  return `unknown option ${option} (a file name that starts with "-" goes after "--": -- ${option})`;
}

/** A string option's value, or undefined. */
export function stringOption(values: OptionValues, name: string): string | undefined {
  const value = values[name];
  return typeof value === "string" ? value : undefined;
}

/** A repeatable string option's values. */
export function listOption(values: OptionValues, name: string): string[] {
  const value = values[name];
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === "string");
  return typeof value === "string" ? [value] : [];
}

/** A boolean flag: true, false (from --no-<name>) or undefined when not given. */
export function flagOption(values: OptionValues, name: string): boolean | undefined {
  const value = values[name];
  return typeof value === "boolean" ? value : undefined;
}

/** A positive integer option. */
export function integerOption(values: OptionValues, name: string, fallback: number): number {
  const text = stringOption(values, name);
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 0) throw usageError(`--${name} expects a whole number, got "${text}"`);
  return value;
}

/** Exactly one positional argument, or a usage error naming what was expected. */
export function onePositional(command: string, positionals: readonly string[], what: string, fallback?: string): string {
  if (positionals.length > 1) throw usageError(`expects ${what}, got ${positionals.length} arguments: ${positionals.join(" ")}`);
  const value = positionals[0] ?? fallback;
  if (value === undefined) throw usageError(`needs ${what} (use - for stdin).\nRun "icpfit ${command} --help" for usage.`);
  return value;
}

/**
 * The start of a command that reads one input: its parsed options and the input path (`-`, stdin,
 * when none is given and stdin is not a terminal). Prints the help and returns undefined for --help.
 */
export function commandInput(
  command: string,
  argv: readonly string[],
  options: Options,
  help: string,
  what: string,
): { readonly values: OptionValues; readonly input: string } | undefined {
  const { values, positionals } = parseCommandArgs(command, argv, options);
  if (values["help"] === true) {
    process.stdout.write(`${help}\n`);
    return undefined;
  }
  return { values, input: onePositional(command, positionals, what, process.stdin.isTTY === true ? undefined : "-") };
}
