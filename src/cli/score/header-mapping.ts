import type { FieldMapping } from "../../adapters/index.js";
import { usageError } from "../cli-error.js";
import { resolveMapping, type MappingRequest } from "../mapping.js";

/** What the mapping of an input's columns to the ICP's fields is worked out from (plain data: it crosses to worker threads). */
export interface HeaderMappingRequest {
  readonly request: MappingRequest;
  /** The lead fields the ICP reads. */
  readonly needed: readonly string[];
  /** The columns scoring adds (icp_score, …). */
  readonly added: readonly string[];
}

/**
 * The mapping for a header: the input's (`first`), or the keys of a later JSON record of another
 * shape, whose explicit columns may be missing. Refuses input that already has the added columns.
 */
export function headerMapping(header: readonly string[], { request, needed, added }: HeaderMappingRequest, first: boolean): FieldMapping {
  const mapping = resolveMapping(header, request, needed, first);
  // A scored file scored again would carry two columns of each name, and readers take the first
  // (in JSON input, a later record with other keys is checked when its shape is first seen).
  const taken = added.filter((name) => header.includes(name));
  if (taken.length > 0) {
    throw usageError(
      `the input already has ${taken.map((name) => JSON.stringify(name)).join(", ")}${first ? "" : " (in a later record)"}: it looks scored already; pass --prefix (e.g. --prefix new_) to add the new columns beside them, or remove them first`,
    );
  }
  return mapping;
}
