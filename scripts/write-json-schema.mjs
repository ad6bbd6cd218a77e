// Writes the JSON Schemas of the ICP and lead formats into dist/schema, shipped with the package
// so that ICP files get editor validation through "$schema".
import { mkdirSync, writeFileSync } from "node:fs";
import { icpJsonSchema, leadJsonSchema } from "../dist/index.js";

const out = new URL("../dist/schema/", import.meta.url);
mkdirSync(out, { recursive: true });
writeFileSync(new URL("icp.schema.json", out), `${JSON.stringify(icpJsonSchema(), null, 2)}\n`);
writeFileSync(new URL("lead.schema.json", out), `${JSON.stringify(leadJsonSchema(), null, 2)}\n`);
