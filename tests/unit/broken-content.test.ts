/**
 * End to end: each kind of bad input stops the build with a message naming the file, the field and the fix, and
 * leaves the output folder as it was (nothing half-written). Runs on a copy of content/ with one planted file, its
 * own cache and output folders, through the same `scripts/build.ts` that `npm run build` uses.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { contentCopy } from '../support/content-copy';

const cite = '{ source: 2022-07-22-cns-spp-helping-crime, at: kp-12 }';
const summary = 'An entry the tests break on purpose, to see the build name the file and the field.';

interface Case {
  name: string;
  file: string;
  text: string;
  /** Strings the build output must contain besides the file's name: the field it names and the fix it gives. */
  says: string[];
}

const CASES: Case[] = [
  {
    name: 'a wrong type and a value outside the vocabulary',
    file: 'crimes/zz-broken.mdx',
    text: `---\nname: "Broken"\nnameZh: 42\nsummary: "${summary}"\naliases:\n  - { text: "测试罪", lang: zz, kind: abbreviation }\n---\n`,
    says: ['nameZh', 'Expected type', 'aliases.0.lang: Set lang to "en" or "zh".'],
  },
  {
    name: 'a bad date',
    file: 'policies/zz-broken.mdx',
    text: `---\ntitle: "Broken"\nkind: opinion\nissuers: [supreme-peoples-procuratorate]\nissued: { date: "2022-13-01", cite: ${cite} }\nsummary: "${summary}"\n---\n`,
    says: ['issued.date: Write the date as YYYY, YYYY-MM or YYYY-MM-DD'],
  },
  {
    name: 'an unknown reference and a citation of a missing locator',
    file: 'crimes/zz-broken.mdx',
    text: `---\nname: "Broken"\nnameZh: "测试"\nsummary: "${summary}"\nseeAlso:\n  terms: [goipp]\n---\n\nA sentence.<Cite source="2022-07-22-cns-spp-helping-crime" at="kp-99" />\n`,
    says: [
      'crimes/zz-broken.mdx → field "seeAlso.terms[0]": refers to terms "goipp", which does not exist',
      'did you mean "goip"?',
      'crimes/zz-broken.mdx → field "body": cites locator "kp-99"',
    ],
  },
  {
    name: 'a duplicate id',
    file: 'datasets/zz-broken.yaml',
    text: `title: "Broken"\nmeasure: "people"\nunit: people\nissuers: [supreme-peoples-procuratorate]\nsummary: "${summary}"\npoints:\n  - { id: y2021, period: "2021", value: 1, quality: as-reported, cite: ${cite} }\n  - { id: y2021, period: "2022", value: 2, quality: as-reported, cite: ${cite} }\n`,
    says: ['points.1.id: Point id "y2021" is used twice'],
  },
  {
    name: 'a data point without a source',
    file: 'datasets/zz-broken.yaml',
    text: `title: "Broken"\nmeasure: "people"\nunit: people\nissuers: [supreme-peoples-procuratorate]\nsummary: "${summary}"\npoints:\n  - { id: y2021, period: "2021", value: 1, quality: as-reported }\n`,
    says: ['points.0.cite'],
  },
  {
    name: 'a malformed data row',
    file: 'datasets/zz-broken.yaml',
    text: `title: "Broken"\nmeasure: "people"\nunit: people\nissuers: [supreme-peoples-procuratorate]\nsummary: "${summary}"\npoints:\n  - { id: y2021, period: "2021", value: 1,, quality: as-reported, cite: ${cite} }\n`,
    // A YAML syntax error has no field path yet: the build names the line and column of the stray comma (line 7 is
    // the first row of `points`), what the parser found there, and the fix (write valid YAML).
    says: ['datasets/zz-broken.yaml:7:42', "found ','", 'Ensure your data entry is an object with valid', 'YAML (for `.yaml` entries)'],
  },
  {
    name: 'an empty required field',
    file: 'terms/zz-broken.mdx',
    text: `---\nterm: "Broken"\ncategory: concept\ndefinition: ""\ndefinitionCite: [${cite}]\nsummary: "${summary}"\n---\n`,
    says: ['definition: Write a definition of at least 20 characters.'],
  },
];

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('bad input fails the build with file and field named, and writes nothing', () => {
  it.each(CASES)(
    '$name',
    ({ file, text, says }) => {
      const copy = contentCopy({ [file]: text });
      dir = copy.dir;
      // A previous good build stands in the output folder; a failed build must leave it exactly so.
      const out = join(dir, 'dist');
      mkdirSync(out);
      writeFileSync(join(out, 'previous-build.txt'), 'kept');

      const run = spawnSync('npx', ['node', 'scripts/build.ts', out], { env: copy.env, encoding: 'utf8', timeout: 120_000 });
      // CI may force colour on; the messages are checked as plain text.
      const output = stripVTControlCharacters(`${run.stdout}\n${run.stderr}`);

      expect(run.status).not.toBe(0);
      expect(output).toContain(file.split('/')[1]);
      for (const s of says) expect(output).toContain(s);
      expect(readdirSync(out)).toEqual(['previous-build.txt']);
      expect(readdirSync(dir)).not.toContain('dist.staging');
    },
    120_000,
  );
});
