import { describe, expect, it } from 'vitest';
import { assetLinks, pageAssets, type Manifest } from './page-assets';

const manifest: Manifest = {
  'index.html': { file: 'assets/index-1.js', isEntry: true, css: ['assets/index-1.css'] },
  'src/app/pages/events-page.tsx': {
    file: 'assets/events-page-2.js',
    imports: ['index.html', '_gathering.js', '_shared.js'],
    css: ['assets/events-page-2.css'],
  },
  '_gathering.js': {
    file: 'assets/gathering-3.js',
    imports: ['_shared.js'],
    css: ['assets/gathering-3.css'],
  },
  '_shared.js': { file: 'assets/shared-4.js', imports: ['_gathering.js'] },
};

describe('the assets of a prerendered page', () => {
  it('collects the page chunk and its static imports with their styles, not the entry', () => {
    expect(pageAssets(manifest, 'src/app/pages/events-page.tsx')).toEqual({
      css: ['assets/events-page-2.css', 'assets/gathering-3.css'],
      js: ['assets/events-page-2.js', 'assets/gathering-3.js', 'assets/shared-4.js'],
    });
  });

  it('fails the build for a page the manifest does not know', () => {
    expect(() => pageAssets(manifest, 'src/app/pages/nowhere.tsx')).toThrow(/nowhere/);
  });

  it('links styles first, then preloads the scripts, under the base path', () => {
    expect(assetLinks({ css: ['a.css'], js: ['b.js'] }, '/atlas/')).toEqual([
      '<link rel="stylesheet" crossorigin href="/atlas/a.css">',
      '<link rel="modulepreload" crossorigin href="/atlas/b.js">',
    ]);
  });
});
