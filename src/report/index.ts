export { tierDistributionChart, type ChartOptions, type TierCounts } from "./svg/tier-distribution-chart.js";
export { scoreHistogram, type HistogramOptions } from "./svg/score-histogram.js";
export { gainsChart, type GainsSeries } from "./svg/gains-chart.js";
export { calibrationChart } from "./svg/calibration-chart.js";
export { liftBars, type LiftBarsOptions, type LiftItem } from "./svg/lift-bars.js";
export { profileVsIcpChart, type ProfileVsIcpOptions } from "./svg/profile-vs-icp-chart.js";
export { renderReport, type ReportOptions } from "./render-report.js";
export { asHtml, asSvg, display, displayHtml, displayKind, type DisplayableResult, type DisplayKind, type HtmlDisplay, type MimeBundle, type ResultDisplay, type SvgDisplay } from "./jupyter.js";
