// Whether the preview may play a blob: video under the page's Content-Security-Policy.
import { describe, expect, it } from 'vitest';
import { policyAllowsBlobMedia } from '../../../src/app/export-animation/mediaPolicy';

describe('policyAllowsBlobMedia', () => {
  it('reads media-src, falling back to default-src', () => {
    expect(policyAllowsBlobMedia("default-src 'self'; img-src 'self' blob:")).toBe(false);
    expect(policyAllowsBlobMedia("default-src 'self'; media-src 'self' blob:")).toBe(true);
    expect(policyAllowsBlobMedia("default-src 'self' blob:")).toBe(true);
    expect(policyAllowsBlobMedia("default-src blob:; media-src 'self'")).toBe(false);
    expect(policyAllowsBlobMedia("script-src 'self'")).toBe(true);
  });

  it('does not take * to cover blob: (CSP does not either)', () => {
    expect(policyAllowsBlobMedia('media-src *')).toBe(false);
  });
});
