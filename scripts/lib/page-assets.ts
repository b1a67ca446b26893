// The styles and scripts a prerendered page needs before its lazy route runs, read from Vite's
// build manifest: the page module's chunk and the chunks it imports statically, with their CSS.
// Linked in the page's head, the HTML is styled as it arrives (nothing shifts when the route's
// chunk loads) and the browser fetches the route's scripts beside the entry, not after it.
// The styles cascade as they do when the route loads in the browser: after the entry's, and each
// chunk's after those of the chunks it imports (`.filter-toggle { display: none }` must come
// after `.button { display: inline-flex }`).

/** One chunk of Vite's `.vite/manifest.json`. */
export interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  css?: string[];
}

export type Manifest = Record<string, ManifestChunk>;

/**
 * The chunks the page at `key` (e.g. `src/app/pages/about-page.tsx`) loads, entry excluded;
 * styles in cascade order, a chunk's imports before the chunk.
 */
export function pageAssets(manifest: Manifest, key: string): { css: string[]; js: string[] } {
  const start = manifest[key];
  if (!start) throw new Error(`${key} is not in the build manifest`);
  const css = new Set<string>();
  const js = new Set<string>();
  const seen = new Set<string>();
  const visit = (name: string) => {
    const chunk = manifest[name];
    if (!chunk || seen.has(name) || chunk.isEntry) return;
    seen.add(name);
    js.add(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
    for (const file of chunk.css ?? []) css.add(file);
  };
  visit(key);
  return { css: [...css], js: [...js] };
}

const stylesheet = (href: string) => `<link rel="stylesheet" crossorigin href="${href}">`;
const STYLESHEET = /<link rel="stylesheet" crossorigin href="([^"]+)">/g;

/**
 * The page `html` (Vite's shell, which links the entry's styles) with those assets linked under
 * the site's base path: the styles after the entry's, leaving out any the entry links already,
 * and the scripts preloaded at the end of the head.
 */
export function linkPageAssets(
  html: string,
  assets: { css: string[]; js: string[] },
  base: string,
): string {
  const linked = [...html.matchAll(STYLESHEET)];
  const last = linked.at(-1);
  if (!last) throw new Error('the page links none of the entry styles');
  const already = new Set(linked.map((match) => match[1]));
  const styles = assets.css.map((file) => `${base}${file}`).filter((href) => !already.has(href));
  const preloads = assets.js.map(
    (file) => `<link rel="modulepreload" crossorigin href="${base}${file}">`,
  );
  const end = last.index + last[0].length;
  const withStyles =
    html.slice(0, end) +
    styles.map((href) => `\n    ${stylesheet(href)}`).join('') +
    html.slice(end);
  return withStyles.replace('</head>', `${preloads.map((link) => `  ${link}\n`).join('')}</head>`);
}
