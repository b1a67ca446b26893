// What the data-check tests share: the errors a dataset gets, and a record with one field broken.
import type { EcosystemSource } from '../../src/api/schemas';
import { fixtureEcosystem, fixtureRaw } from './test-fixtures';
import { validateData, type DataError } from './validate-data';

/** The errors of the fixture dataset holding these ecosystems (none when it passes). */
export function errorsFor(ecosystems: (EcosystemSource | string)[]): DataError[] {
  const result = validateData(fixtureRaw(ecosystems));
  return result.ok ? [] : result.errors;
}

/** The fixture ecosystem's one source. */
export const [page] = fixtureEcosystem().sources as [EcosystemSource['sources'][number]];

/** Builds a record with one field replaced by a value the schema must refuse. */
export const broken = (field: string, value: unknown): EcosystemSource => ({
  ...fixtureEcosystem(),
  [field]: value,
});
