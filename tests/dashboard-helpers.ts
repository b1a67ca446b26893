// What the dashboard tests (dashboard*.test.tsx) share: the built stats and ecosystems documents.
import { apiDocument } from '../mocks/api-files';
import type { EcosystemsDocument, StatsDocument } from '../src/api/documents';

export const stats = apiDocument('stats.json') as StatsDocument;
export const { ecosystems } = apiDocument('ecosystems.json') as EcosystemsDocument;
