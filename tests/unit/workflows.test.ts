/**
 * The GitHub Actions workflows, checked as GitHub reads them: parsed and validated by @actions/workflow-parser, the
 * parser behind GitHub's own Actions language service, since no workflow runs on this machine. And what issue 16
 * asked of them: every push and pull request runs the README's test command (.ci/run), and Pages deploys only a
 * commit on main that this Test workflow passed.
 */
import { readFileSync } from 'node:fs';
import { convertWorkflowTemplate, NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

const DIR = '.github/workflows';

/** The errors GitHub would report for a workflow file's content. */
async function workflowErrors(name: string, content: string): Promise<string[]> {
  const parsed = parseWorkflow({ name, content }, new NoOperationTraceWriter());
  if (parsed.value) await convertWorkflowTemplate(parsed.context, parsed.value);
  return parsed.context.errors.getErrors().map((e) => e.message);
}

const read = (file: string) => readFileSync(`${DIR}/${file}`, 'utf8');

/** The parts of a workflow these tests read (the parser above checks the rest). */
interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface Workflow {
  name: string;
  on: Record<string, Record<string, unknown> | null>;
  jobs: Record<string, { if?: string; needs?: string | string[]; steps: Step[] }>;
}
const workflow = (file: string) => parse(read(file)) as Workflow;
const checkout = (steps: Step[]) => steps.find((s) => s.uses?.startsWith('actions/checkout'));

describe('GitHub Actions workflows', () => {
  it.each(['test.yml', 'deploy.yml'])('%s is a valid workflow', async (file) => {
    expect(await workflowErrors(file, read(file))).toEqual([]);
  });

  it('the check rejects what GitHub would reject', async () => {
    const bad = 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    needs: [nope]\n    stepz:\n      - run: x\n';
    expect((await workflowErrors('bad.yml', bad)).length).toBeGreaterThan(0);
  });

  it('Test runs .ci/run on every push and pull request, with the full history the dates need', () => {
    const test = workflow('test.yml');
    expect(Object.keys(test.on)).toEqual(expect.arrayContaining(['push', 'pull_request']));
    expect(test.on.push).toBeNull(); // every branch
    const steps = test.jobs.test!.steps;
    expect(steps.map((s) => s.run)).toContain('bash .ci/run');
    expect(checkout(steps)?.with?.['fetch-depth']).toBe(0);
  });

  it('Pages deploys only a push to main that the Test workflow passed, and builds that very commit', () => {
    const deploy = workflow('deploy.yml');
    expect(Object.keys(deploy.on)).toEqual(['workflow_run']);
    expect(deploy.on.workflow_run).toMatchObject({ workflows: [workflow('test.yml').name], types: ['completed'], branches: ['main'] });
    expect(deploy.jobs.build!.if).toContain("github.event.workflow_run.conclusion == 'success'");
    expect(checkout(deploy.jobs.build!.steps)?.with?.ref).toBe('${{ github.event.workflow_run.head_sha }}');
    expect(deploy.jobs.deploy!.needs).toBe('build');
  });
});
