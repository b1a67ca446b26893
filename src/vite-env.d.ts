/// <reference types="vite/client" />

declare module '*?worker&url' {
  const url: string;
  export default url;
}

interface ImportMetaEnv {
  /** A hosted vector style to use instead of the embedded basemap. */
  readonly VITE_MAP_STYLE_URL?: string;
}
