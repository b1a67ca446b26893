// The files that say how far to trust the data: what changed (changes.json, the newest part
// for the /changes page, each ecosystem's own), the Atom feeds, and the OpenAPI description.
import { z } from 'zod';
import { ChangesDocument } from '../../src/api/changes-schema';
import { readChanges } from './changes';
import { buildFeeds } from './feeds';
import { buildOpenApi } from './openapi';
import type { Dataset } from './validate-data';

/** How many of the newest changes the /changes page shows; changes.json holds them all. */
export const LATEST_CHANGES = 100;

export async function buildTrustFiles(
  dataDir: string,
  data: Dataset,
  { site, generatedAt }: { site: string; generatedAt: string },
): Promise<Map<string, unknown>> {
  const changes = await readChanges(dataDir, generatedAt);
  const files = new Map<string, unknown>();
  files.set('changes.json', changes);
  files.set('changes/latest.json', {
    ...changes,
    changes: changes.changes.slice(0, LATEST_CHANGES),
  });
  for (const ecosystem of data.ecosystems) {
    const own = changes.changes.filter(
      (change) => change.kind === 'ecosystem' && change.id === ecosystem.id,
    );
    files.set(`changes/ecosystems/${ecosystem.id}.json`, {
      ...changes,
      total: own.length,
      changes: own,
    });
  }
  for (const [name, feed] of buildFeeds(changes, data.ecosystems, { site, generatedAt }))
    files.set(name, feed);
  files.set('schema/changes.json', z.toJSONSchema(ChangesDocument, { io: 'output' }));
  files.set('openapi.json', buildOpenApi(data.ecosystems[0]?.id));
  return files;
}
