import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { API_VERSION } from './schemas';
import {
  MAX_RECORDS,
  checkRecords,
  envelope,
  parseEach,
  records,
  uniqueById,
} from './list-document';

const Item = z.object({ id: z.string(), n: z.number() });

describe('parseEach', () => {
  it('keeps the records of the right shape, in order, and counts the others', () => {
    expect(
      parseEach(
        [{ id: 'a', n: 1 }, { id: 'b' }, null, 'c', { id: 'd', n: 4 }, { id: 'e', n: '5' }],
        Item,
      ),
    ).toEqual({
      items: [
        { id: 'a', n: 1 },
        { id: 'd', n: 4 },
      ],
      rejected: 4,
    });
  });

  it('rejects nothing in an empty list or a list of good records', () => {
    expect(parseEach([], Item)).toEqual({ items: [], rejected: 0 });
    expect(parseEach([{ id: 'a', n: 1 }], Item)).toEqual({
      items: [{ id: 'a', n: 1 }],
      rejected: 0,
    });
  });

  it('returns what the schema makes of a record, not the raw record', () => {
    expect(parseEach([{ id: 'a', n: 1, extra: true }], Item)).toEqual({
      items: [{ id: 'a', n: 1 }],
      rejected: 0,
    });
  });
});

describe('uniqueById', () => {
  it('keeps the first record of each id and counts the repeats', () => {
    expect(
      uniqueById([
        { id: 'a', n: 1 },
        { id: 'b', n: 2 },
        { id: 'a', n: 3 },
        { id: 'b', n: 4 },
        { id: 'a', n: 5 },
        { id: 'c', n: 6 },
      ]),
    ).toEqual({
      items: [
        { id: 'a', n: 1 },
        { id: 'b', n: 2 },
        { id: 'c', n: 6 },
      ],
      rejected: 3,
    });
  });

  it('keeps records with different ids as they are', () => {
    expect(uniqueById([{ id: 'a' }, { id: 'b' }])).toEqual({
      items: [{ id: 'a' }, { id: 'b' }],
      rejected: 0,
    });
    expect(uniqueById([])).toEqual({ items: [], rejected: 0 });
  });
});

describe('checkRecords', () => {
  it('skips broken records and repeated ids, and counts both', () => {
    expect(
      checkRecords(
        [{ id: 'a', n: 1 }, { id: 'a', n: 2 }, { broken: true }, { id: 'b', n: 3 }, 42],
        Item,
      ),
    ).toEqual({
      items: [
        { id: 'a', n: 1 },
        { id: 'b', n: 3 },
      ],
      rejected: 3,
    });
  });

  it('does not count a broken record as the first of its id', () => {
    expect(
      checkRecords(
        [
          { id: 'a', n: 'bad' },
          { id: 'a', n: 2 },
        ],
        Item,
      ),
    ).toEqual({
      items: [{ id: 'a', n: 2 }],
      rejected: 1,
    });
  });
});

describe('the list envelope', () => {
  const Envelope = z.object({ ...envelope, things: records });
  const good = { apiVersion: API_VERSION, generatedAt: '2026-11-20T10:00:00Z', things: [1, 'x'] };

  it('accepts any records inside a document of this API version', () => {
    expect(Envelope.safeParse(good)).toEqual({ success: true, data: good });
  });

  it('rejects another API version, a bad date or records that are not a list', () => {
    expect(Envelope.safeParse({ ...good, apiVersion: 'v0' }).success).toBe(false);
    expect(Envelope.safeParse({ ...good, generatedAt: 'yesterday' }).success).toBe(false);
    expect(Envelope.safeParse({ ...good, things: {} }).success).toBe(false);
  });

  it('holds at most 200 000 records', () => {
    expect(MAX_RECORDS).toBe(200_000);
    expect(records.safeParse(new Array<number>(MAX_RECORDS).fill(0)).success).toBe(true);
    expect(records.safeParse(new Array<number>(MAX_RECORDS + 1).fill(0)).success).toBe(false);
  });
});
