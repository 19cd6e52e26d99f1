/**
 * The pure core of Seams: model, loading, analysis, exporters, share codec.
 * Imports nothing from React, zustand, React Flow or the DOM; the app and the
 * command line are thin shells around it. This is the only barrel file.
 */
export * from "./model/schema";
export * from "./model/elements";
export * from "./model/defaults";
export * from "./model/duration";
export { loadDesign, type LoadResult } from "./load/load-design";
export { formatLoadError, type LoadError } from "./load/load-error";
export { connectionProblem, requiredKind } from "./load/check-design";
export { TEMPLATES, templateById, type Template } from "./templates/index";
export { EXPORT_TARGETS, exportTargetById } from "./export/registry";
export { ExportError, type ExportTarget, type ExportOutput, type ExportOptions, type Caveat } from "./export/types";
export { analyzeDesign, compareFindings } from "./analysis/analyze-design";
export { FINDING_CODES, SEVERITIES, type Analysis, type Finding, type FindingCode, type Severity, type SplitScore, type SplitVerdict, type CriterionScore, type ServiceEvidence, type ProjectAdvice, type AdviceStep, type ProjectField } from "./analysis/types";
export { FINDING_TEXT } from "./analysis/finding-messages";
export { scoreSplit, formatSplitArithmetic, verdictOf, SPLIT_WEIGHT_PERCENT, MISSING_CRITERION_VALUE, CRITERION_LABEL, VERDICT_TEXT } from "./analysis/score-split";
export { formatScore } from "./analysis/format-score";
export { adviseProject } from "./analysis/advise-project";
export { encodeShareFragment, shareUrl, decodeShareFragment, SHARE_PARAM, SHARE_VERSION, MAX_FRAGMENT_CHARS, MAX_INFLATED_BYTES, SAFE_LINK_CHARS, DEFAULT_SHARE_BASE } from "./share/index";
export { groupFindings, type ElementFindings } from "./analysis/group-findings";
export { generateDesign, type GenerateOptions } from "./analysis/generate-design";
export { FORMAT_LISTS, MAX_LAYOUT_ENTRIES, MAX_LINK_ELEMENTS, MAX_LINK_FLOWS, MAX_LINK_LIST_ITEMS, MAX_LINK_VALUES, LARGE_DESIGN_ELEMENTS } from "./model/limits";
export { RULE_DOCS_PATH, RULE_DOC_LOCALES, ruleDocUrl } from "./analysis/rule-docs";
export { slugOf, deriveId, idFollowsName } from "./edit/derive-id";
export { renameElement } from "./edit/rename-element";
export { describeRetry, retriesOn } from "./model/describe-retry";
export { listRefactorings, refactoringsFor } from "./refactor/list-refactorings";
export { applyRefactoring } from "./refactor/apply-refactoring";
export { compareAnalyses, countSeverities, type AnalysisDelta, type SeverityCounts } from "./refactor/compare-analyses";
export { REFACTORING_KINDS, type Refactoring, type RefactoringKind, type RefactoringPlan, type RefactorResult } from "./refactor/types";
export { assessImpact, OUTCOMES, type Impact, type Outcome, type RouteImpact, type ElementImpact } from "./impact/assess-impact";
export { routeAvailability, type RouteAvailability } from "./impact/route-availability";
export { canFix } from "./refactor/can-fix";
