// What the comparison tests (compare*.test.tsx) share: the ecosystems they compare.
export const BASQUE = 'basque-health-ecosystem';
export const SOUTH_DENMARK = 'south-denmark-ehealth-ecosystem';
export const BELGIUM = 'digital-health-ecosystem-belgium';
