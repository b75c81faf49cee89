import { createElement, Suspense } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { lazyView } from '../../admin/src/common/lazyView';
import { numberFormat } from '../../admin/src/common/numbers';

// The console's screens are chunks loaded on first use (admin/src/common/lazyView.ts). One that
// was loaded ahead (the landing page while the user signs in) must draw at once, without its
// Suspense fallback: React 19 holds back a suspended boundary's content until 300 ms after its
// fallback appeared.
const inSuspense = (view: ReturnType<typeof lazyView>) => renderToString(createElement(Suspense, { fallback: 'loading' }, createElement(view)));

describe('lazyView', () => {
  it('suspends while its module is not loaded, and draws at once once it is preloaded', async () => {
    let loads = 0;
    const View = lazyView(async () => {
      loads += 1;
      return { Screen: () => createElement('p', null, 'the screen') };
    }, 'Screen');
    await View.preload();
    await View.preload();
    expect(loads).toBe(1);
    expect(inSuspense(View)).toContain('the screen');

    const NotLoaded = lazyView(async () => ({ Screen: () => createElement('p', null, 'later') }), 'Screen');
    expect(inSuspense(NotLoaded)).toContain('loading');
  });

  it('downloads again after a failed download', async () => {
    let attempts = 0;
    const View = lazyView(async () => {
      attempts += 1;
      if (attempts === 1) throw new Error('offline');
      return { Screen: () => createElement('p', null, 'back online') };
    }, 'Screen');
    await expect(View.preload()).rejects.toThrow('offline');
    await View.preload();
    expect(attempts).toBe(2);
    expect(inSuspense(View)).toContain('back online');
  });
});

describe('numberFormat', () => {
  it('writes numbers as each language does, the same on every call', () => {
    const vi = numberFormat('vi');
    const en = numberFormat('en');
    for (let i = 0; i < 2; i += 1) {
      expect(vi.number(1980)).toBe('1.980');
      expect(vi.number(57.6)).toBe('57,6');
      expect(vi.number(1.23456, 3)).toBe('1,235');
      expect(vi.plain(1980)).toBe('1980');
      expect(vi.percent(80.44)).toBe('80,4%');
      expect(en.number(1980)).toBe('1,980');
      expect(en.percent(80.44)).toBe('80.4%');
      expect(vi.number(null)).toBe('—');
    }
  });
});
