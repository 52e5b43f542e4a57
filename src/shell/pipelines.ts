/**
 * What the host shell and the container shells share about a lexed line: bash's left-to-right
 * `&&`/`||` rule between pipelines, and each pipeline's words expanded when it runs (so `false;
 * echo $?` sees the `false`, and `export A=1; echo $A` the export).
 */
import type { Stage } from '../daemon/proc/pipeline';
import { type LexVars, type Pipeline, splitCommands, tokenize } from './tokenize';

/** Whether a pipeline after `op` runs, given the status so far. */
export function shouldRun(op: Pipeline['op'], status: number): boolean {
  return op === '&&' ? status === 0 : op === '||' ? status !== 0 : true;
}

/** The pipeline's commands, expanded now: argv and redirection targets. */
export function expandStages(line: string, pipeline: Pipeline, vars: LexVars): Stage[] {
  return pipeline.stages.map((cmd) => {
    const relexed = tokenize(line.slice(cmd.start, cmd.end), vars);
    const now = (relexed.ok ? splitCommands(relexed.tokens)[0] : undefined) ?? cmd;
    return {
      argv: now.words.map((w) => w.value),
      redirs: now.redirs.map((r) => ({ fd: r.fd, op: r.op, target: r.target.value })),
    };
  });
}
