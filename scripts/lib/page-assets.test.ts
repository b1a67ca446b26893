import { describe, expect, it } from 'vitest';
import { linkPageAssets, pageAssets, type Manifest } from './page-assets';

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
  it('collects the page chunk and its static imports with their styles, imports first, not the entry', () => {
    expect(pageAssets(manifest, 'src/app/pages/events-page.tsx')).toEqual({
      css: ['assets/gathering-3.css', 'assets/events-page-2.css'],
      js: ['assets/events-page-2.js', 'assets/gathering-3.js', 'assets/shared-4.js'],
    });
  });

  it('fails the build for a page the manifest does not know', () => {
    expect(() => pageAssets(manifest, 'src/app/pages/nowhere.tsx')).toThrow(/nowhere/);
  });

  it('links the styles after those of the entry, once, and preloads the scripts, under the base path', () => {
    const shell = [
      '<head>',
      '<title>Atlas</title>',
      '<link rel="stylesheet" crossorigin href="/atlas/assets/shared.css">',
      '<link rel="stylesheet" crossorigin href="/atlas/assets/index-1.css">',
      '<meta name="theme-color" content="#0b4f6c"></head>',
    ].join('\n');
    const html = linkPageAssets(
      shell,
      { css: ['assets/shared.css', 'assets/page.css'], js: ['assets/page.js'] },
      '/atlas/',
    );
    const order = [...html.matchAll(/href="([^"]+)"/g)].map((match) => match[1]);
    expect(order).toEqual([
      '/atlas/assets/shared.css',
      '/atlas/assets/index-1.css',
      '/atlas/assets/page.css',
      '/atlas/assets/page.js',
    ]);
    expect(html).toContain('<link rel="modulepreload" crossorigin href="/atlas/assets/page.js">');
    expect(html.indexOf('page.js')).toBeLessThan(html.indexOf('</head>'));
  });

  it('fails the build when the shell links no entry styles', () => {
    expect(() => linkPageAssets('<head></head>', { css: [], js: [] }, '/')).toThrow(/entry/);
  });
});
