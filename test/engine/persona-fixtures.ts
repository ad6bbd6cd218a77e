import type { Icp, Persona } from "../../src/index.js";

/* An ICP with personas shared by the persona tests: two company rules and three personas. */

/** An ICP whose three personas are known to be there (tests index them). */
export type PersonaIcp = Omit<Icp, "personas"> & { readonly personas: readonly [Persona, Persona, Persona] };

export const PERSONA_ICP: PersonaIcp = {
  id: "devtools",
  version: "2026-12-01",
  name: "Dev tools",
  rules: [
    { id: "sw", field: "firmographic.industry", op: "eq", value: "Software", points: 60 },
    { id: "size", field: "firmographic.employees", op: "between", value: [50, 500], points: 40 },
  ],
  personas: [
    {
      id: "eng-leader",
      name: "Engineering leader",
      required: true,
      threshold: 70,
      rules: [
        { id: "dept", field: "contact.department", op: "in", value: ["engineering", "it"], points: 40 },
        { id: "level", field: "contact.seniority", op: "in", value: ["cxo", "vp", "director"], points: 40 },
        { id: "pain", field: "painPoints", op: "includesAny", value: ["on-call"], points: 20 },
        { id: "no-freemail", field: "contact.freeMail", op: "eq", value: true, effect: "exclude", reason: "Personal email address" },
      ],
      playbook: {
        channels: ["LinkedIn", "peer referral"],
        messages: ["Halve on-call pages"],
        objections: [{ objection: "We built this in-house", response: "Compare the upkeep of the in-house tool" }],
      },
    },
    {
      id: "economic-buyer",
      name: "Economic buyer",
      required: true,
      rules: [
        { id: "fin", field: "contact.department", op: "eq", value: "finance", points: 50 },
        { id: "role", field: "contact.buyingRole", op: "eq", value: "economic-buyer", points: 50 },
      ],
    },
    {
      id: "champion",
      name: "Champion",
      rules: [{ id: "champ", field: "contact.buyingRole", op: "eq", value: "champion", points: 10 }],
    },
  ],
};
