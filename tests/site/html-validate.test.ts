/**
 * html-validate over every HTML file of the test build: content model, ARIA, WCAG techniques (a form needs a submit
 * button, H32), duplicate ids, obsolete markup. The rules are the repository's .htmlvalidate.mjs (html-validate's
 * recommended preset; the two rules it turns off say why there), found the way the CLI finds it. One validator is
 * reused for every page: all 208 pages take 5 to 9 seconds on two shared cores.
 */
import { join, resolve } from 'node:path';
// The Node entry: the package's default export condition under Vite is its browser build, which reads no config file.
import { FileSystemConfigLoader, HtmlValidate, type Message } from 'html-validate/node';
import { describe, expect, it } from 'vitest';
import { builtFiles, DIST } from '../support/site';

/** Finds .htmlvalidate.mjs from each file's folder upwards, as the CLI does. */
const validator = new HtmlValidate(new FileSystemConfigLoader());
const pages = builtFiles().filter((f) => f.endsWith('.html'));

/** One line a problem: page, line and column, rule, message. */
const describeMessage = (page: string, m: Message) => `${page}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`;

describe('html-validate', () => {
  it('finds no problem on any page', async () => {
    expect(pages.length).toBeGreaterThan(200);
    const problems: string[] = [];
    for (const page of pages) {
      const report = await validator.validateFile(join(DIST, page));
      for (const result of report.results) problems.push(...result.messages.map((m) => describeMessage(page, m)));
    }
    expect(problems).toEqual([]);
  });

  it('with the same rules, fails a page with a form that cannot be submitted and a duplicate id', async () => {
    const bad = `<!doctype html>
<html lang="en">
  <head><title>Bad page</title></head>
  <body>
    <main id="main">
      <form action="/search/"><label for="q">Search</label><input id="q" name="q" type="search" /></form>
      <p id="main">Twice</p>
    </main>
  </body>
</html>
`;
    // A file name in the repository, so that the validator loads .htmlvalidate.mjs as it does for the build.
    const report = await validator.validateString(bad, resolve('bad.html'));
    const rules = report.results.flatMap((r) => r.messages.map((m) => m.ruleId));
    expect(report.valid).toBe(false);
    expect(rules).toContain('wcag/h32');
    expect(rules).toContain('no-dup-id');
    // The repository's rules were the ones applied: the preset alone would flag the lowercase doctype.
    expect(rules).not.toContain('doctype-style');
  });
});
