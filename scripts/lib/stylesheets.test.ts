// Stylesheets live beside what they style (issue 19): none grows into a second all-in-one sheet,
// each says on its first line what it styles, and the design tokens have one home.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const MAX_LINES = 400;
const TOKENS = 'src/styles/tokens.css';

function cssFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return cssFiles(path);
    return entry.name.endsWith('.css') ? [relative(ROOT, path)] : [];
  });
}

const files = cssFiles(join(ROOT, 'src'));
const text = (file: string) => readFileSync(join(ROOT, file), 'utf8');

/** The :root rules' bodies (outside and inside media queries), comments removed. */
function rootBodies(css: string): string[] {
  const plain = css.replace(/\/\*[\s\S]*?\*\//g, '');
  return [...plain.matchAll(/(?:^|[},;\s]):root\s*(?:,[^{]*)?\{([^}]*)\}/g)].map((m) => m[1] ?? '');
}

describe('stylesheets', () => {
  it('finds the sheets, the tokens among them', () => {
    expect(files).toContain(TOKENS);
    expect(files).toContain('src/styles/base.css');
    expect(files).not.toContain('src/styles.css');
  });

  it.each(files)('%s is at most 400 lines', (file) => {
    expect(text(file).trimEnd().split('\n').length).toBeLessThanOrEqual(MAX_LINES);
  });

  it.each(files)('%s starts with a comment saying what it styles', (file) => {
    expect(text(file)).toMatch(/^\/\* \S/);
  });

  it('defines custom properties on :root only in the tokens file', () => {
    const defining = files.filter((file) =>
      rootBodies(text(file)).some((body) => /(^|[;{\s])--[\w-]+\s*:/.test(body)),
    );
    expect(defining).toEqual([TOKENS]);
  });

  it('reads a custom property in a :root rule, and none in a :root rule without one', () => {
    expect(rootBodies(':root {\n  --ink: #000;\n}').length).toBe(1);
    expect(rootBodies('@media print { :root, body { color: #000; } }')).toEqual([' color: #000; ']);
  });
});
