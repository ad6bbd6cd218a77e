// Imports the packed and installed package by name, the way a user's plain .mjs file would, and
// scores a lead. Run by .ci/smoke-package.sh under Node and under Deno.
import { compileIcp, defineIcp, explain, IcpError } from "icpfit";

const icp = defineIcp({
  id: "smoke",
  version: "1",
  name: "Smoke test",
  rules: [
    { id: "industry", field: "firmographic.industry", op: "in", value: ["Software"], points: 30 },
    { id: "size", field: "firmographic.employees", op: "between", value: [50, 500], points: 20, falloff: 0.5 },
    { id: "gov", field: "firmographic.industry", op: "eq", value: "Government", effect: "exclude", reason: "No public sector" },
  ],
});
const result = compileIcp(icp).score({ firmographic: { industry: " software", employees: "1,200" } });
if (result.score !== 60 || result.tier !== "secondary") throw new Error(`unexpected result ${JSON.stringify(result)}`);
if (explain(result).nextTier?.changes[0]?.id !== "size") throw new Error("unexpected explanation");
let threw = false;
try {
  compileIcp({ id: "bad", version: "1", name: "Bad", rules: [{ id: "x", field: "__proto__.x", op: "exists", points: 1 }] });
} catch (error) {
  threw = error instanceof IcpError && error.code === "UNKNOWN_FIELD";
}
if (!threw) throw new Error("expected UNKNOWN_FIELD");

for (const entry of ["icpfit/analyze", "icpfit/report", "icpfit/adapters"]) {
  const module = await import(entry);
  if (Object.keys(module).length === 0) throw new Error(`${entry} exports nothing`);
}
console.log(`smoke ok: score ${result.score}, tier ${result.tier}`);
