// The language of unprefixed addresses (`/dashboard`); every other language lives under its
// code (`/da/dashboard`). Kept apart from languages.ts, which lists the catalogues through
// Vite, so that build scripts and the Vite config can read it too.
export const DEFAULT_LANGUAGE = 'en';
