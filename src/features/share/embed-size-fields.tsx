// The embed's size: a few presets, or a custom width and height, with what is wrong with them.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  SIZE_LIMITS,
  type Dimension,
  type EmbedPreset,
  type SizeCheck,
} from '../../domain/embed-snippet';
import { CUSTOM, type Choice, type SizeState } from './use-embed-size';
import './embed-size-fields.css';

function DimensionField({
  dimension,
  value,
  check,
  onChange,
}: {
  dimension: Dimension;
  value: string;
  check: SizeCheck;
  onChange: (value: string) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const { min, max } = SIZE_LIMITS[dimension];
  return (
    <div className="embed-size__field">
      <label htmlFor={id}>{t(`embed.${dimension}`)}</label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        step={1}
        value={value}
        aria-invalid={!check.ok}
        aria-describedby={check.ok ? undefined : `${id}-problem`}
        onChange={(event) => onChange(event.target.value)}
      />
      {!check.ok && (
        <p id={`${id}-problem`} className="embed-size__problem">
          {t(`embed.problem.${dimension}.${check.problem}`, { min, max })}
        </p>
      )}
    </div>
  );
}

export function EmbedSizeFields({
  presets,
  state,
}: {
  presets: readonly EmbedPreset[];
  state: SizeState;
}) {
  const { t } = useTranslation();
  const name = useId();
  const describe = (preset: EmbedPreset) =>
    preset.width === 'full'
      ? t('embed.fullSize', { height: preset.height })
      : t('embed.presetSize', { width: preset.width, height: preset.height });
  return (
    <fieldset className="embed-size">
      <legend>{t('embed.size')}</legend>
      {[...presets, undefined].map((preset) => {
        const id: Choice = preset ? preset.id : CUSTOM;
        return (
          <label key={id} className="embed-builder__check">
            <input
              type="radio"
              name={name}
              value={id}
              checked={state.choice === id}
              onChange={() => state.choose(id)}
            />{' '}
            {t(`embed.preset.${id}`)}
            {preset && <span className="muted"> {describe(preset)}</span>}
          </label>
        );
      })}
      {state.choice === CUSTOM && (
        <div className="embed-size__custom">
          <DimensionField
            dimension="width"
            value={state.width}
            check={state.widthCheck}
            onChange={state.setWidth}
          />
          <DimensionField
            dimension="height"
            value={state.height}
            check={state.heightCheck}
            onChange={state.setHeight}
          />
        </div>
      )}
    </fieldset>
  );
}
