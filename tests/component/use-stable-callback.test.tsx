import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useStableCallback } from '../../src/ui/use-stable-callback';

describe('useStableCallback', () => {
  it('keeps one function across renders, and that function calls the latest closure', () => {
    const { result, rerender } = renderHook(
      ({ factor }: { factor: number }) => useStableCallback((x: number) => x * factor),
      { initialProps: { factor: 2 } },
    );
    const first = result.current;
    expect(first(5)).toBe(10);
    rerender({ factor: 3 });
    expect(result.current).toBe(first);
    expect(first(5)).toBe(15);
  });
});
