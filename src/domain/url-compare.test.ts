import { describe, expect, it } from 'vitest';
import { parseCompareIds, serialiseCompareIds } from './url-compare';
import { parseSelected } from './url-params';

describe('compare ids (?ids= and ?compare=)', () => {
  const ECOSYSTEMS = new Set(['malta', 'basque-health', 'ecos', 'kuopio', 'oulu']);

  it.each([[[]], [['malta']], [['malta', 'ecos']], [['oulu', 'kuopio', 'malta', 'ecos']]])(
    'round-trips %j',
    (ids) => {
      expect(parseCompareIds(serialiseCompareIds(ids), ECOSYSTEMS)).toEqual({ ids, dropped: [] });
    },
  );

  it('writes nothing for an empty choice', () => {
    expect(serialiseCompareIds([])).toBeUndefined();
    expect(serialiseCompareIds(['malta', 'ecos'])).toBe('malta,ecos');
  });

  it('drops unknown, malformed, repeated and fifth ids, each with its reason', () => {
    expect(
      parseCompareIds('malta,atlantis,MALTA,<b>,ecos,kuopio,oulu,basque-health', ECOSYSTEMS),
    ).toEqual({
      ids: ['malta', 'ecos', 'kuopio', 'oulu'],
      dropped: [
        { value: 'atlantis', reason: 'unknown' },
        { value: 'malta', reason: 'repeated' },
        { value: '<b>', reason: 'unknown' },
        { value: 'basque-health', reason: 'too-many' },
      ],
    });
  });

  it('keeps well-formed ids while the ecosystems load, and drops unknown ones after', () => {
    expect(parseCompareIds('atlantis,malta,x y', undefined)).toEqual({
      ids: ['atlantis', 'malta'],
      dropped: [{ value: 'x y', reason: 'unknown' }],
    });
    expect(parseCompareIds('atlantis,malta', ECOSYSTEMS).ids).toEqual(['malta']);
  });

  it('ignores values of the wrong type and truncates long dropped values', () => {
    expect(parseCompareIds(['malta'], ECOSYSTEMS)).toEqual({ ids: [], dropped: [] });
    expect(parseCompareIds('y'.repeat(300), ECOSYSTEMS).dropped[0]?.value).toHaveLength(41);
  });
});

describe('selection and compare ids at their edges', () => {
  it('ignores a selection that is not text', () => {
    expect(parseSelected(['malta'])).toBeUndefined();
    expect(parseSelected(42)).toBeUndefined();
    expect(parseSelected('a'.repeat(80))).toBe('a'.repeat(80));
    expect(parseSelected('a'.repeat(81))).toBeUndefined();
  });

  it('keeps a compare id of 80 characters and drops one of 81 as unknown', () => {
    const eighty = 'a'.repeat(80);
    const eightyOne = 'b'.repeat(81);
    expect(parseCompareIds(`${eighty},${eightyOne}`, undefined)).toStrictEqual({
      ids: [eighty],
      dropped: [{ value: `${'b'.repeat(40)}…`, reason: 'unknown' }],
    });
    expect(parseCompareIds(eightyOne, new Set([eightyOne]))).toStrictEqual({
      ids: [],
      dropped: [{ value: `${'b'.repeat(40)}…`, reason: 'unknown' }],
    });
  });

  it('shows a dropped compare id of 40 characters whole', () => {
    const forty = 'c'.repeat(40);
    expect(parseCompareIds(forty, new Set(['malta']))).toStrictEqual({
      ids: [],
      dropped: [{ value: forty, reason: 'unknown' }],
    });
  });

  it('reports a repeat past the fourth id as repeated, not as one too many', () => {
    expect(parseCompareIds('a,b,c,d,a,e', undefined)).toStrictEqual({
      ids: ['a', 'b', 'c', 'd'],
      dropped: [
        { value: 'a', reason: 'repeated' },
        { value: 'e', reason: 'too-many' },
      ],
    });
  });
});
