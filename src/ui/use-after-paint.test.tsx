import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useValueAfterPaint } from './use-after-paint';

describe('useValueAfterPaint', () => {
  it('shows a new value only after the next frame, and only the last of a quick series', async () => {
    vi.useFakeTimers();
    try {
      const { result, rerender } = renderHook(({ value }) => useValueAfterPaint(value), {
        initialProps: { value: 'a' },
      });
      rerender({ value: 'b' });
      rerender({ value: 'c' });
      expect(result.current).toBe('a');
      await act(() => vi.advanceTimersByTimeAsync(50));
      expect(result.current).toBe('c');
    } finally {
      vi.useRealTimers();
    }
  });
});
