/** Types for count-results.mjs, so that its test typechecks (the project's tsconfig has no allowJs). */
export interface Stage {
  name: string;
  kind: 'check' | 'vitest' | 'playwright';
  exitCode: number | null;
  report?: unknown;
}
export interface StageCount {
  name: string;
  passed: number;
  failed: number;
  skipped: number;
  notes: string[];
}
export function countStage(stage: Stage): StageCount;
export function summarize(stages: Stage[]): {
  passed: number;
  failed: number;
  stages: StageCount[];
  line: string;
};
export function readReport(path: string | undefined): unknown;
export function parseStageArg(arg: string): Stage;
