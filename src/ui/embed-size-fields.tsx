// The embed's size: a few presets, or a custom width and height checked as they are typed.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  checkDimension,
  SIZE_LIMITS,
  type Dimension,
  type EmbedPreset,
  type EmbedSize,
  type PresetId,
  type SizeCheck,
} from '../domain/embed-snippet';

const CUSTOM = 'custom';
type Choice = PresetId | typeof CUSTOM;

/** A custom size starts from the preset chosen before; a full width starts at this. */
const CUSTOM_WIDTH = 960;

/** Within the limits, for a preview that follows what is typed as far as it can. */
function clamp(check: SizeCheck, text: string, dimension: Dimension, fallback: number): number {
  if (check.ok) return check.value;
  const { min, max } = SIZE_LIMITS[dimension];
  const value = Number(text);
  return text.trim() !== '' && Number.isFinite(value)
    ? Math.min(max, Math.max(min, Math.round(value)))
    : fallback;
}

export function useEmbedSize(presets: readonly EmbedPreset[]) {
  const fallback = presets[1] ?? presets[0] ?? { id: 'medium', width: 720, height: 480 };
  const [choice, setChoice] = useState<Choice>(fallback.id);
  const [width, setWidth] = useState('');
  const [height, setHeight] = useState('');
  const preset = presets.find((candidate) => candidate.id === choice);
  const widthCheck = checkDimension(width, 'width');
  const heightCheck = checkDimension(height, 'height');
  const choose = (next: Choice) => {
    if (next === CUSTOM && preset) {
      setWidth(String(preset.width === 'full' ? CUSTOM_WIDTH : preset.width));
      setHeight(String(preset.height));
    }
    setChoice(next);
  };
  /** The size for the code: undefined while the custom size is wrong. */
  const value: EmbedSize | undefined =
    preset ??
    (widthCheck.ok && heightCheck.ok
      ? { width: widthCheck.value, height: heightCheck.value }
      : undefined);
  const preview: EmbedSize = value ?? {
    width: clamp(widthCheck, width, 'width', CUSTOM_WIDTH),
    height: clamp(heightCheck, height, 'height', fallback.height),
  };
  return {
    choice,
    choose,
    width,
    setWidth,
    height,
    setHeight,
    widthCheck,
    heightCheck,
    value,
    preview,
  };
}

type SizeState = ReturnType<typeof useEmbedSize>;

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
