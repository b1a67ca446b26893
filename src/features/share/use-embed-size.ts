// The embed's size as chosen: a preset, or a custom width and height checked as they are typed.
import { useState } from 'react';
import {
  checkDimension,
  SIZE_LIMITS,
  type Dimension,
  type EmbedPreset,
  type EmbedSize,
  type PresetId,
  type SizeCheck,
} from '../../domain/embed-snippet';

export const CUSTOM = 'custom';
export type Choice = PresetId | typeof CUSTOM;

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

export type SizeState = ReturnType<typeof useEmbedSize>;
