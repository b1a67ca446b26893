// The OpenAPI description validates as OpenAPI 3.1 with a maintained validator, and describes
// every kind of file the build writes.
import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import { EcosystemDocument } from '../../src/api/documents';
import { buildDocuments } from './build-documents';
import { buildOpenApi } from './openapi';
import { fixtureEcosystem, fixtureEvents, fixtureLocations, fixtureNetwork } from './test-fixtures';

describe('the OpenAPI description', () => {
  it('validates as OpenAPI 3.1', async () => {
    const validator = new Validator();
    const result = await validator.validate(buildOpenApi('an-ecosystem'));
    expect(result.errors).toBeUndefined();
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
  });

  it('has a path for every document, calendar and feed the build writes', () => {
    const paths = Object.keys(buildOpenApi().paths as Record<string, unknown>);
    const templates = paths.map(
      (template) => new RegExp(`^${template.replace(/\./g, '\\.').replace(/\{\w+\}/g, '[^/]+')}$`),
    );
    const described = (file: string) => templates.some((pattern) => pattern.test(`/${file}`));
    const data = {
      locations: fixtureLocations(),
      ecosystems: [fixtureEcosystem()],
      events: fixtureEvents(),
      network: fixtureNetwork(),
    };
    const written = [
      ...buildDocuments(data, '2026-12-01T00:00:00.000Z').keys(),
      'changes.json',
      'changes/latest.json',
      'changes/ecosystems/a.json',
      'schema/changes.json',
      'calendars/network.ics',
      'calendars/events/e.ics',
      'calendars/ecosystems/a.ics',
      'feeds/atlas.atom',
      'feeds/gatherings.atom',
      'feeds/ecosystems/a.atom',
      'downloads/ecosystems.csv',
      'openapi.json',
    ];
    expect(written.filter((file) => !described(file))).toEqual([]);
    expect(described('ecosystems/a/b.json')).toBe(false);
  });

  it('gives each document the schema its zod schema makes', () => {
    const spec = buildOpenApi() as { components: { schemas: Record<string, { type: string }> } };
    const ecosystem = spec.components.schemas.EcosystemDocument as unknown as {
      required: string[];
    };
    expect(ecosystem.required).toEqual(Object.keys(EcosystemDocument.def.shape));
  });
});
