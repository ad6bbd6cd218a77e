/*
 * A small JSON Schema (draft 2020-12) checker covering the keywords icpJsonSchema and
 * leadJsonSchema emit, so the tests can validate documents against the schemas without a
 * validator dependency. Returns the JSON pointers of the places that fail.
 */

type Schema = Record<string, unknown>;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

function typeMatches(type: string, value: unknown): boolean {
  switch (type) {
    case "object":
      return isObject(value);
    case "array":
      return Array.isArray(value);
    case "integer":
      return Number.isInteger(value);
    case "number":
      return typeof value === "number" && Number.isFinite(value);
    case "null":
      return value === null;
    default:
      return typeof value === type;
  }
}

/** The pointers at which `value` breaks `schema`; empty when it conforms. */
export function schemaErrors(schema: unknown, value: unknown, root: Schema = schema as Schema, at = ""): string[] {
  if (schema === true || (isObject(schema) && Object.keys(schema).length === 0)) return [];
  if (schema === false) return [at];
  if (!isObject(schema)) throw new Error(`unsupported schema at ${at}`);
  const errors: string[] = [];
  const fail = (keyword: string): void => void errors.push(`${at}/${keyword}`);
  if (typeof schema["$ref"] === "string") {
    const name = schema["$ref"].replace("#/$defs/", "");
    errors.push(...schemaErrors((root["$defs"] as Schema)[name], value, root, at));
  }
  const types = schema["type"] === undefined ? undefined : ([] as unknown[]).concat(schema["type"]);
  if (types !== undefined && !types.some((type) => typeMatches(String(type), value))) return [`${at}/type`];
  if (Array.isArray(schema["enum"]) && !schema["enum"].includes(value)) fail("enum");
  if ("const" in schema && schema["const"] !== value) fail("const");
  if (typeof value === "string") {
    if (typeof schema["minLength"] === "number" && value.length < schema["minLength"]) fail("minLength");
    if (typeof schema["maxLength"] === "number" && value.length > schema["maxLength"]) fail("maxLength");
    if (typeof schema["pattern"] === "string" && !new RegExp(schema["pattern"]).test(value)) fail("pattern");
  }
  if (typeof value === "number") {
    if (typeof schema["minimum"] === "number" && value < schema["minimum"]) fail("minimum");
    if (typeof schema["maximum"] === "number" && value > schema["maximum"]) fail("maximum");
    if (typeof schema["exclusiveMinimum"] === "number" && value <= schema["exclusiveMinimum"]) fail("exclusiveMinimum");
  }
  if (Array.isArray(value)) {
    if (typeof schema["minItems"] === "number" && value.length < schema["minItems"]) fail("minItems");
    if (typeof schema["maxItems"] === "number" && value.length > schema["maxItems"]) fail("maxItems");
    const prefix = Array.isArray(schema["prefixItems"]) ? schema["prefixItems"] : [];
    value.forEach((item, index) => {
      const itemSchema = index < prefix.length ? prefix[index] : schema["items"];
      if (itemSchema !== undefined) errors.push(...schemaErrors(itemSchema, item, root, `${at}/${index}`));
    });
  }
  if (isObject(value)) {
    const properties = isObject(schema["properties"]) ? schema["properties"] : {};
    for (const key of Array.isArray(schema["required"]) ? schema["required"] : []) if (!(key in value)) fail(`required/${String(key)}`);
    for (const [key, item] of Object.entries(value)) {
      if (key in properties) errors.push(...schemaErrors(properties[key], item, root, `${at}/${key}`));
      else if (schema["additionalProperties"] === false) fail(`additionalProperties/${key}`);
      else if (isObject(schema["additionalProperties"])) errors.push(...schemaErrors(schema["additionalProperties"], item, root, `${at}/${key}`));
    }
  }
  if (isObject(schema["not"]) && schemaErrors(schema["not"], value, root, at).length === 0) fail("not");
  if (Array.isArray(schema["anyOf"]) && !schema["anyOf"].some((option) => schemaErrors(option, value, root, at).length === 0)) fail("anyOf");
  if (Array.isArray(schema["oneOf"]) && schema["oneOf"].filter((option) => schemaErrors(option, value, root, at).length === 0).length !== 1) fail("oneOf");
  return errors;
}

/** Every keyword used anywhere in a schema, to make sure {@link schemaErrors} understands them all. */
export function keywordsOf(schema: unknown, out: Set<string> = new Set()): Set<string> {
  if (Array.isArray(schema)) for (const item of schema) keywordsOf(item, out);
  else if (isObject(schema)) {
    for (const [key, value] of Object.entries(schema)) {
      out.add(key);
      if (key === "properties" || key === "$defs") for (const inner of Object.values(value as Schema)) keywordsOf(inner, out);
      else if (key !== "enum" && key !== "const" && key !== "required") keywordsOf(value, out);
    }
  }
  return out;
}
