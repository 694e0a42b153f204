/** Every URL and fragment ever published (url-manifest.json) still resolves in the build, or redirects. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkManifest, unrecorded, type UrlManifest } from '../../src/lib/url-manifest';
import { builtPages } from '../support/built-pages';

const manifest = JSON.parse(readFileSync('url-manifest.json', 'utf8')) as UrlManifest;
const built = builtPages();

describe('published URLs', () => {
  it('the manifest is not empty', () => {
    expect(Object.keys(manifest).length).toBeGreaterThan(10);
  });

  it('none has disappeared without a redirect', () => {
    expect(checkManifest(manifest, built)).toEqual([]);
  });

  it('every page of the build is recorded (run `npm run urls:update` and commit url-manifest.json)', () => {
    expect(unrecorded(manifest, built)).toEqual([]);
  });
});
