/**
 * End to end: a deliberately broken content file stops `astro sync` / `astro build` with a message naming the
 * file and the field. Runs on a copy of content/ with its own cache and output folders.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';

const CRIME = 'crimes/zz-broken.mdx';
/** A valid crime entry; each test breaks one part of it. Written fresh so the test never depends on real content. */
const VALID = `---
name: "Broken on purpose"
nameZh: "测试"
summary: "An entry the tests break on purpose, to see the build name the file and the field."
aliases:
  - { text: "测试罪", lang: zh, kind: abbreviation }
seeAlso:
  terms: [goip]
---

A sentence with a citation.<Cite source="2022-07-22-cns-spp-helping-crime" at="kp-12" />
`;
let dir: string;

/** A copy of content/ with one extra entry: the valid one after `edit`. Returns the entry's path. */
function brokenCopy(edit: (text: string) => string): string {
  dir = mkdtempSync(join(tmpdir(), 'kb-broken-'));
  cpSync('content', join(dir, 'content'), { recursive: true });
  const path = join(dir, 'content', CRIME);
  const after = edit(VALID);
  expect(after).not.toBe(VALID); // the edit must actually break something
  writeFileSync(path, after);
  return path;
}

function astro(...args: string[]) {
  const env = { ...process.env, KB_CONTENT_DIR: join(dir, 'content'), KB_CACHE_DIR: join(dir, 'cache') };
  const run = spawnSync('npx', ['astro', ...args], { env, encoding: 'utf8', timeout: 120_000 });
  // CI may force colour on; the messages are checked as plain text.
  return { status: run.status, output: stripVTControlCharacters(`${run.stdout}\n${run.stderr}`) };
}

afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('broken content fails with file and field named', () => {
  it('a schema error (wrong type and a value outside the vocabulary)', () => {
    const path = brokenCopy((t) => t.replace(/^nameZh: .*$/m, 'nameZh: 42').replace('lang: zh, kind: abbreviation', 'lang: zz, kind: abbreviation'));
    const { status, output } = astro('sync');
    expect(status).not.toBe(0);
    expect(output).toContain(path);
    expect(output).toMatch(/nameZh.*Expected type/);
    expect(output).toContain('aliases.0.lang: Set lang to "en" or "zh".');
  }, 120_000);

  it('a broken cross-reference and a citation of a missing locator', () => {
    brokenCopy((t) => t.replace('terms: [goip]', 'terms: [goipp]').replace('at="kp-12"', 'at="kp-99"'));
    const { status, output } = astro('build', '--outDir', join(dir, 'dist'));
    expect(status).not.toBe(0);
    expect(output).toContain(`${CRIME} → field "seeAlso.terms[0]": refers to terms "goipp", which does not exist`);
    expect(output).toContain('did you mean "goip"?');
    expect(output).toContain(`${CRIME} → field "body": cites locator "kp-99"`);
  }, 120_000);
});
