export { profileCustomers, type AttributeKind, type AttributeProfile, type CustomerProfile, type NumericSummary, type ProfileOptions, type ValueShare } from "./profile-customers.js";
export { compareProfiles, type AttributeComparison, type CompareOptions, type NumericComparison, type ProfileComparison, type ValueComparison } from "./compare-profiles.js";
export { deriveIcp, type DeriveIcpOptions, type DerivedIcp, type DerivedRuleReport } from "./derive-icp.js";
export { fitWeights, type FitWeightsOptions, type RuleCoefficient, type WeightFit, type WeightFitReport } from "./fit-weights.js";
export { evaluate, type CalibrationRow, type DecileRow, type EvaluateOptions, type Evaluation, type TierRow } from "./evaluate.js";
export { simulateTiers, type SimulateTiersOptions, type TargetShares, type TierShare, type TierSimulation } from "./simulate-tiers.js";
export { lintIcp, type LintFinding, type LintOptions } from "./lint-icp.js";
export { fitLogistic, predictLogistic, type LogisticFit, type LogisticOptions } from "./logistic-regression.js";
export { rocAuc } from "./roc-auc.js";
