import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, frameAncestorsFor } from './csp';

describe('content security policy', () => {
  it('allows no inline or eval script and keeps workers and data on the origin', () => {
    const policy = contentSecurityPolicy();
    expect(policy).toContain("script-src 'self';");
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(policy).toContain("worker-src 'self'");
    expect(policy).toContain("connect-src 'self';");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("base-uri 'none'");
    expect(policy).not.toContain('frame-ancestors');
  });

  it('adds the hosted style origin to connect-src and img-src only', () => {
    const policy = contentSecurityPolicy({ styleUrl: 'https://tiles.example.org/style.json' });
    expect(policy).toContain("connect-src 'self' https://tiles.example.org");
    expect(policy).toContain("img-src 'self' data: blob: https://tiles.example.org");
    expect(policy).toContain("script-src 'self';");
  });

  it('lets only /embed be framed', () => {
    expect(frameAncestorsFor('/embed')).toBe('*');
    expect(frameAncestorsFor('/embed?country=spain')).toBe('*');
    expect(frameAncestorsFor('/atlas/embed')).toBe('*');
    expect(frameAncestorsFor('/')).toBe("'none'");
    expect(frameAncestorsFor('/dashboard')).toBe("'none'");
    expect(frameAncestorsFor('/embedded-thing')).toBe("'none'");
  });

  it('lets the chart embeds be framed, and nothing else under /embed/', () => {
    expect(frameAncestorsFor('/embed/chart/growth')).toBe('*');
    expect(frameAncestorsFor('/embed/chart/top-locations?country=spain&lang=da')).toBe('*');
    expect(frameAncestorsFor('/atlas/embed/chart/regions/')).toBe('*');
    expect(frameAncestorsFor('/embed/chart')).toBe("'none'");
    expect(frameAncestorsFor('/embed/other/growth')).toBe("'none'");
    expect(frameAncestorsFor('/embed/chart/growth/more')).toBe("'none'");
  });

  it("lets the atlas's pages frame its own embeds (the embed dialog's preview)", () => {
    const policy = contentSecurityPolicy({ frameAncestors: "'none'" });
    // frame-src falls back to child-src, then default-src.
    expect(policy).toMatch(/^default-src 'self';/);
    expect(policy).not.toMatch(/(?:frame|child)-src/);
  });
});
