import type { TFunction } from 'i18next';
import type { GrowthPoint } from '../../domain/stats';

/** Takeaway for the growth chart: what the records show and what they leave out. */
export function growthTakeaway(
  rows: readonly GrowthPoint[],
  undated: number,
  total: number,
  t: TFunction,
): string {
  if (total === 0) return t('charts.growth.none');
  const network = rows.filter((row) => row.network !== undefined);
  const last = network[network.length - 1];
  const records = t('charts.growth.takeaway', { dated: total - undated, total, undated });
  return last?.network !== undefined
    ? `${records} ${t('charts.growth.networkTakeaway', { value: last.network, year: last.year })}`
    : records;
}
