// Published and computed figures in the visitor's language: the metric's name and the words
// around the number come from the catalogue by key, the number from Intl. The source's own
// title is never translated: it stays as published, beside the figure.
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { NetworkFigure } from '../api/network-schema';
import type { Qualifier } from '../api/schemas';
import { type FigureWording, WORDING_KEYS, publishedWording, sumWording } from './figure-wording';

export interface FigureWords {
  /** A number in a wording: "more than 600", "mere end 600". */
  word: (wording: FigureWording, value: number) => string;
  /** A published network figure's number as its source words it: "90+", "ca. 3 milliarder". */
  published: (figure: Pick<NetworkFigure, 'value' | 'qualifier' | 'display'>) => string;
  /** What a published network figure counts: by its id, else by its metric. */
  label: (figure: Pick<NetworkFigure, 'id' | 'metric' | 'label'>) => string;
  /** Whether `label` fell back to the record's English text (mark it lang="en"). */
  labelIsEnglish: (figure: Pick<NetworkFigure, 'id' | 'metric'>) => boolean;
  /** A sum, worded by the qualifiers of its parts: "at least" with "about" is "more than". */
  sum: (value: number, qualifiers: readonly Qualifier[]) => string;
}

export function figureWordsFor(t: TFunction): FigureWords {
  const locale = t('meta.locale');
  const plain = new Intl.NumberFormat([locale]);
  // Billions read as words ("3 billion", "3 milliarder"), as the sources write them.
  const large = new Intl.NumberFormat([locale], { notation: 'compact', compactDisplay: 'long' });
  const number = (value: number) => (value >= 1e9 ? large : plain).format(value);
  const labels = t('figures.label', { returnObjects: true }) as unknown as Record<string, string>;
  const metrics = t('figures.metric', { returnObjects: true }) as unknown as Record<string, string>;
  const word = (wording: FigureWording, value: number) =>
    t(`figures.wording.${WORDING_KEYS[wording]}`, { value: number(value) });
  const own = (figure: Pick<NetworkFigure, 'id' | 'metric'>) =>
    labels[figure.id] ?? (figure.metric === 'other' ? undefined : metrics[figure.metric]);
  return {
    word,
    published: (figure) => word(publishedWording(figure), figure.value),
    label: (figure) => own(figure) ?? figure.label,
    labelIsEnglish: (figure) => own(figure) === undefined,
    sum: (value, qualifiers) => word(sumWording(qualifiers), value),
  };
}

export function useFigureWords(): FigureWords {
  const { t } = useTranslation();
  // t is a new function whenever the language changes.
  return useMemo(() => figureWordsFor(t), [t]);
}
