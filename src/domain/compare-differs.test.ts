import { describe, expect, it } from 'vitest';
import { differs, type CompareCell } from './compare';
import { EVENTS } from './test-data-compare';

describe('differs', () => {
  const figure = (value: number, counts?: string) => ({
    kind: 'figure' as const,
    figure: { value, qualifier: 'exact' as const, source: 'page', counts },
  });

  it('treats the same number counting different things as different', () => {
    expect(differs([figure(10), figure(10)])).toBe(false);
    expect(differs([figure(10, 'companies'), figure(10, 'members')])).toBe(true);
    expect(differs([figure(10), figure(11)])).toBe(true);
  });

  it('compares lists whatever their order, and one cell never differs', () => {
    expect(
      differs([
        { kind: 'themes', themes: ['telehealth', 'data-ai'] },
        { kind: 'themes', themes: ['data-ai', 'telehealth'] },
      ]),
    ).toBe(false);
    expect(differs([{ kind: 'not-published' }])).toBe(false);
  });
});

describe('differs, kind by kind', () => {
  const location = (locationId: string, place?: string): CompareCell => ({
    kind: 'location',
    locationId,
    label: locationId,
    place,
  });

  it('the same location with no place and an empty place is the same value', () => {
    expect(differs([location('denmark'), location('denmark', '')])).toBe(false);
    expect(differs([location('denmark'), location('spain')])).toBe(true);
    expect(differs([location('denmark', 'Odense'), location('denmark', 'Aarhus')])).toBe(true);
  });

  it('a figure with no "counts" and one with an empty "counts" are the same', () => {
    const figure = (counts?: string): CompareCell => ({
      kind: 'figure',
      figure: { value: 10, qualifier: 'exact', source: 'page', counts },
    });
    expect(differs([figure(), figure('')])).toBe(false);
    expect(differs([figure(), figure('members')])).toBe(true);
  });

  it('tells minimums, principle counts and gatherings apart by their values', () => {
    expect(
      differs([
        { kind: 'minimum', minimum: 4 },
        { kind: 'minimum', minimum: 4 },
      ]),
    ).toBe(false);
    expect(
      differs([
        { kind: 'minimum', minimum: 4 },
        { kind: 'minimum', minimum: 6 },
      ]),
    ).toBe(true);
    expect(
      differs([
        { kind: 'principles', count: 9 },
        { kind: 'principles', count: 8 },
      ]),
    ).toBe(true);
    const [spring, autumn, other] = EVENTS;
    if (!spring || !autumn || !other) throw new Error('missing events');
    expect(
      differs([
        { kind: 'gatherings', events: [spring, autumn] },
        { kind: 'gatherings', events: [autumn, spring] },
      ]),
    ).toBe(false);
    expect(
      differs([
        { kind: 'gatherings', events: [spring] },
        { kind: 'gatherings', events: [other] },
      ]),
    ).toBe(true);
  });

  it('a value is different from "not published", and two lists of themes differ by content', () => {
    expect(differs([{ kind: 'text', text: 'Cluster' }, { kind: 'not-published' }])).toBe(true);
    expect(
      differs([
        { kind: 'themes', themes: ['telehealth'] },
        { kind: 'themes', themes: ['medtech'] },
      ]),
    ).toBe(true);
    expect(differs([])).toBe(false);
  });
});
