// The static API described as OpenAPI 3.1 (/api/v1/openapi.json): every JSON document with its
// schema, made from the same zod schemas as schema/*.json, and the calendar, feed and download
// files with their media types. Every path is a file: GET only, no parameters but the ids.
import { z } from 'zod';
import { ChangesDocument } from '../../src/api/changes-schema';
import * as documents from '../../src/api/documents';
import { API_VERSION } from '../../src/api/schemas';

const COMPONENTS = {
  LocationsDocument: documents.LocationsDocument,
  EcosystemsDocument: documents.EcosystemsDocument,
  EcosystemDocument: documents.EcosystemDocument,
  StatsDocument: documents.StatsDocument,
  EventsDocument: documents.EventsDocument,
  ChangesDocument,
} as const;
type Component = keyof typeof COMPONENTS;

/** A component's JSON Schema (2020-12, which OpenAPI 3.1 uses), without its own `$schema`. */
function componentSchema(name: Component): Record<string, unknown> {
  const schema: Record<string, unknown> = { ...z.toJSONSchema(COMPONENTS[name], { io: 'output' }) };
  delete schema.$schema;
  return schema;
}

const ID = (what: string, example?: string) => ({
  name: 'id',
  in: 'path',
  required: true,
  description: `The ${what}'s id (a lowercase slug)`,
  schema: { type: 'string', pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$' },
  ...(example ? { example } : {}),
});

function json(summary: string, component: Component, parameters?: unknown[]) {
  return {
    get: {
      summary,
      ...(parameters ? { parameters } : {}),
      responses: {
        '200': {
          description: summary,
          content: {
            'application/json': { schema: { $ref: `#/components/schemas/${component}` } },
          },
        },
        ...(parameters ? { '404': { description: 'No such id' } } : {}),
      },
    },
  };
}

function file(summary: string, mediaType: string, parameters?: unknown[]) {
  return {
    get: {
      summary,
      ...(parameters ? { parameters } : {}),
      responses: {
        '200': { description: summary, content: { [mediaType]: { schema: { type: 'string' } } } },
        ...(parameters ? { '404': { description: 'No such id' } } : {}),
      },
    },
  };
}

const SCHEMA_NAMES = ['locations', 'ecosystems', 'ecosystem', 'stats', 'events', 'changes'];

export function buildOpenApi(exampleId?: string): Record<string, unknown> {
  const ecosystemId = ID('ecosystem', exampleId);
  return {
    openapi: '3.1.0',
    info: {
      title: 'Ecosystem Atlas static API',
      version: API_VERSION,
      description:
        'Static JSON files, generated from data/ at build time. Every figure names its source, or is absent. ' +
        'Breaking changes go to /api/v2/. Each JSON document carries apiVersion and generatedAt.',
    },
    servers: [{ url: '/api/v1', description: 'Beside the atlas, on the same host' }],
    paths: {
      '/locations.json': json('Every location of the network’s list', 'LocationsDocument'),
      '/ecosystems.json': json('Summaries of all ecosystems', 'EcosystemsDocument'),
      '/ecosystems/{id}.json': json('One ecosystem in full', 'EcosystemDocument', [ecosystemId]),
      '/stats.json': json('The network in numbers', 'StatsDocument'),
      '/events.json': json('Sourced gatherings', 'EventsDocument'),
      '/changes.json': json('What changed in the data, newest first', 'ChangesDocument'),
      '/changes/latest.json': json('The newest changes (what /changes shows)', 'ChangesDocument'),
      '/changes/ecosystems/{id}.json': json('One ecosystem’s changes', 'ChangesDocument', [
        ecosystemId,
      ]),
      '/schema/{name}.json': {
        get: {
          summary: 'JSON Schema (2020-12) of a document',
          parameters: [
            {
              name: 'name',
              in: 'path',
              required: true,
              schema: { type: 'string', enum: SCHEMA_NAMES },
            },
          ],
          responses: {
            '200': {
              description: 'The JSON Schema',
              content: { 'application/schema+json': { schema: { type: 'object' } } },
            },
          },
        },
      },
      '/calendars/network.ics': file('Every gathering (iCalendar)', 'text/calendar'),
      '/calendars/events/{id}.ics': file('One gathering (iCalendar)', 'text/calendar', [
        ID('gathering'),
      ]),
      '/calendars/ecosystems/{id}.ics': file('One ecosystem’s gatherings', 'text/calendar', [
        ecosystemId,
      ]),
      '/feeds/atlas.atom': file('Every change to the atlas (Atom)', 'application/atom+xml'),
      '/feeds/gatherings.atom': file('New gatherings (Atom)', 'application/atom+xml'),
      '/feeds/ecosystems/{id}.atom': file(
        'One ecosystem’s changes (Atom)',
        'application/atom+xml',
        [ecosystemId],
      ),
      '/downloads/ecosystems.csv': file('Every ecosystem as CSV', 'text/csv'),
      '/downloads/events.csv': file('Every gathering as CSV', 'text/csv'),
      '/downloads/ecosystems.geojson': file('Every ecosystem as GeoJSON', 'application/geo+json'),
      '/downloads/README.md': file('What each column of the downloads means', 'text/markdown'),
      '/openapi.json': {
        get: {
          summary: 'This description',
          responses: {
            '200': {
              description: 'OpenAPI 3.1',
              content: { 'application/json': { schema: { type: 'object' } } },
            },
          },
        },
      },
    },
    components: {
      schemas: Object.fromEntries(
        (Object.keys(COMPONENTS) as Component[]).map((name) => [name, componentSchema(name)]),
      ),
    },
  };
}
