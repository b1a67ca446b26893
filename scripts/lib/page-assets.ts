// The styles and scripts a prerendered page needs before its lazy route runs, read from Vite's
// build manifest: the page module's chunk and the chunks it imports statically, with their CSS.
// Linked in the page's head, the HTML is styled as it arrives (nothing shifts when the route's
// chunk loads) and the browser fetches the route's scripts beside the entry, not after it.

/** One chunk of Vite's `.vite/manifest.json`. */
export interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  css?: string[];
}

export type Manifest = Record<string, ManifestChunk>;

/** The chunks the page at `key` (e.g. `src/app/pages/about-page.tsx`) loads, entry excluded. */
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
    for (const file of chunk.css ?? []) css.add(file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit(key);
  return { css: [...css], js: [...js] };
}

/** The <link> tags for those assets, under the site's base path. */
export function assetLinks(assets: { css: string[]; js: string[] }, base: string): string[] {
  return [
    ...assets.css.map((file) => `<link rel="stylesheet" crossorigin href="${base}${file}">`),
    ...assets.js.map((file) => `<link rel="modulepreload" crossorigin href="${base}${file}">`),
  ];
}
