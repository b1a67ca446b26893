// Turns a validated dataset into the documents of the static API, keyed by their path under
// /api/v1/. Pure, so tests can check the documents without touching the disk.
import { z } from 'zod';
import * as schemas from '../../src/api/documents';
import { API_VERSION, type EcosystemSource } from '../../src/api/schemas';
import { type EcosystemSummary } from '../../src/api/documents';
import {
  computeTotals,
  growthByYear,
  tallyByLocation,
  tallyByRegion,
} from '../../src/domain/stats';
import type { Dataset } from './validate-data';

export type Documents = Map<string, unknown>;

/** The ids of the sources a record's figures and dates name. */
export function citedSourceIds(ecosystem: EcosystemSource): Set<string> {
  const ids = new Set<string>();
  for (const figure of Object.values(ecosystem.figures)) ids.add(figure.source);
  if (ecosystem.founded) ids.add(ecosystem.founded.source);
  if (ecosystem.joinedNetwork) ids.add(ecosystem.joinedNetwork.source);
  return ids;
}

type CopiedField = keyof typeof schemas.SUMMARY_FIELDS;

/** The record's fields a summary keeps as they are (those it has: no key for a missing one). */
function copiedFields(ecosystem: EcosystemSource): Pick<EcosystemSource, CopiedField> {
  const keys = Object.keys(schemas.SUMMARY_FIELDS) as CopiedField[];
  const present = keys.filter((key) => ecosystem[key] !== undefined);
  // Each key is one of the record's own, with its own value: the Pick it claims to be.
  return Object.fromEntries(present.map((key) => [key, ecosystem[key]])) as Pick<
    EcosystemSource,
    CopiedField
  >;
}

export function toSummary(ecosystem: EcosystemSource): EcosystemSummary {
  const cited = citedSourceIds(ecosystem);
  return {
    ...copiedFields(ecosystem),
    leads: ecosystem.leadOrganisations.map((organisation) => organisation.name),
    sources: ecosystem.sources.filter((source) => cited.has(source.id)),
    lastVerified: ecosystem.lastVerified,
  };
}

const SCHEMA_DOCUMENTS = {
  locations: schemas.LocationsDocument,
  ecosystems: schemas.EcosystemsDocument,
  ecosystem: schemas.EcosystemDocument,
  stats: schemas.StatsDocument,
  events: schemas.EventsDocument,
} as const;

export function buildDocuments(data: Dataset, generatedAt: string): Documents {
  const meta = { apiVersion: API_VERSION, generatedAt } as const;
  const documents: Documents = new Map();
  const ecosystems = [...data.ecosystems].sort((a, b) => a.name.localeCompare(b.name, 'en'));
  const summaries = ecosystems.map(toSummary);
  const counts = new Map<string, number>();
  for (const { locationId } of summaries) counts.set(locationId, (counts.get(locationId) ?? 0) + 1);

  documents.set('locations.json', {
    ...meta,
    locations: data.locations.map((location) => ({
      ...location,
      ecosystemCount: counts.get(location.id) ?? 0,
    })),
  });
  documents.set('ecosystems.json', { ...meta, ecosystems: summaries });
  for (const ecosystem of ecosystems) {
    documents.set(`ecosystems/${ecosystem.id}.json`, { ...meta, ecosystem });
  }
  // The month of the latest check: records checked in a month without a day count too.
  const asOf = ecosystems.reduce((latest, e) => {
    const month = e.lastVerified.slice(0, 7);
    return month > latest ? month : latest;
  }, '0000');
  documents.set('stats.json', {
    ...meta,
    asOf,
    totals: computeTotals(summaries, data.locations),
    byRegion: tallyByRegion(summaries, data.locations),
    byLocation: tallyByLocation(summaries, data.locations),
    growth: growthByYear(summaries),
    network: data.network,
  });
  const events = [...data.events].sort(
    (a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id),
  );
  documents.set('events.json', { ...meta, events });
  for (const [name, schema] of Object.entries(SCHEMA_DOCUMENTS)) {
    documents.set(`schema/${name}.json`, z.toJSONSchema(schema, { io: 'output' }));
  }
  return documents;
}
