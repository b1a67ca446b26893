// The inside of the embed dialog: the filters it carries, size and options, a live preview and
// the code to copy. Everything shown is derived from the choices; nothing is stored twice.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CHART_PRESETS, embedSnippet, embedUrl, MAP_PRESETS } from '../../domain/embed-snippet';
import { serialiseEmbed, serialiseFilters } from '../../domain/url-state';
import { autonym, languageBase, LANGUAGES } from '../../i18n/languages';
import { CopyButton } from '../../ui/copy-button';
import { describeFilters, embedTitle, useLanguageT } from '../../ui/embed-title';
import type { EmbedOptions } from './embed-options';
import { EmbedPreview } from './embed-preview';
import { resizeScript } from './embed-resize';
import { EmbedSizeFields } from './embed-size-fields';
import { useEmbedSize } from './use-embed-size';
import './embed-builder.css';

export function EmbedBuilder({ kind, path, filters, locations, subject }: EmbedOptions) {
  const presets = kind === 'map' ? MAP_PRESETS : CHART_PRESETS;
  const { t, i18n } = useTranslation();
  const size = useEmbedSize(presets);
  const [list, setList] = useState(false);
  const [resize, setResize] = useState(false);
  const [language, setLanguage] = useState(i18n.language);
  const codeId = useId();
  const embedT = useLanguageT(language);

  const summary = describeFilters(filters, locations, t);
  const title = embedTitle(subject(embedT), describeFilters(filters, locations, embedT), embedT);
  const src = embedUrl({
    origin: window.location.origin,
    base: languageBase(language),
    path,
    search: {
      ...serialiseFilters(filters),
      ...(kind === 'map' ? serialiseEmbed({ list }) : {}),
    },
  });
  const frame = size.value ? embedSnippet({ src, title, size: size.value }) : undefined;
  const snippet = frame && resize ? `${frame}\n${resizeScript(window.location.origin)}` : frame;

  return (
    <div className="embed-builder">
      <p className="embed-builder__intro">{t('embed.intro')}</p>
      <div className="embed-builder__settings">
        <dl className="embed-builder__filters">
          <dt>{t('embed.filters')}</dt>
          <dd>{summary || t('embed.noFilters')}</dd>
        </dl>
        <p className="muted">{t('embed.filtersHint')}</p>
        <EmbedSizeFields presets={presets} state={size} />
        {kind === 'map' && (
          <fieldset>
            <legend>{t('embed.options')}</legend>
            <label className="embed-builder__check">
              <input
                type="checkbox"
                checked={list}
                onChange={(event) => setList(event.target.checked)}
              />{' '}
              {t('embed.list')}
            </label>
          </fieldset>
        )}
        <label className="embed-builder__check">
          <input
            type="checkbox"
            checked={resize}
            onChange={(event) => setResize(event.target.checked)}
          />{' '}
          {t('embed.resize')}
        </label>
        <fieldset>
          <legend>{t('embed.language')}</legend>
          {LANGUAGES.map((option) => (
            <label key={option} className="embed-builder__check" lang={option}>
              <input
                type="radio"
                name={`${codeId}-language`}
                value={option}
                checked={language === option}
                onChange={() => setLanguage(option)}
              />{' '}
              {autonym(option)}
            </label>
          ))}
        </fieldset>
      </div>
      <EmbedPreview src={src} title={title} size={size.preview} />
      <div className="embed-builder__code">
        <label htmlFor={codeId}>{t('embed.code')}</label>
        <textarea
          id={codeId}
          readOnly
          rows={4}
          value={snippet ?? ''}
          aria-describedby={snippet ? undefined : `${codeId}-fix`}
          onFocus={(event) => event.currentTarget.select()}
        />
        {snippet ? (
          <CopyButton
            text={snippet}
            label={t('embed.copy')}
            copiedMessage={t('embed.copied')}
            failedMessage={t('embed.copyFailed')}
            fieldLabel={t('embed.code')}
            buttonClassName="button"
          />
        ) : (
          <p id={`${codeId}-fix`} className="notice">
            {t('embed.fixSize')}
          </p>
        )}
      </div>
    </div>
  );
}
