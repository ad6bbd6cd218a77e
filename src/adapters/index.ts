// icpfit/adapters — CRM records and CSV headers to leads. Re-exports only; pure, no I/O.
export { autoMapping, type AutoMappingOptions, type FieldMapping, type HeaderSource } from "./auto-mapping.js";
export { compileMapping, mapRecord, type CompiledMapping, type MapOptions, type MappedField } from "./map-record.js";
export { hubspotToLead, salesforceToLead } from "./crm.js";
export { attributeKey, isLeadPath, normalizeHeader } from "./lead-paths.js";
export { HUBSPOT_FIELDS } from "./hubspot-fields.js";
export { SALESFORCE_FIELDS } from "./salesforce-fields.js";
export { GENERIC_HEADERS } from "./generic-headers.js";
export { BUYING_ROLE_CODES, DEPARTMENT_CODES, SENIORITY_CODES } from "./contact-values.js";
