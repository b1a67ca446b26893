/// <reference types="vite/client" />

declare module '*?worker&url' {
  const url: string;
  export default url;
}

interface ImportMetaEnv {
  /** A hosted vector style to use instead of the embedded basemap. */
  readonly VITE_MAP_STYLE_URL?: string;
}

declare module 'virtual:search-words' {
  /** Each catalogue's `meta`, `labels` and `places` sections (scripts/lib/search-words-plugin.ts). */
  const sections: Record<string, unknown>;
  export default sections;
}
