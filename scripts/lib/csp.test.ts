import { readFileSync } from 'node:fs';
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

  it('public/_headers says the same as the policy', () => {
    const headers = readFileSync('public/_headers', 'utf8');
    expect(headers).toContain(
      `Content-Security-Policy: ${contentSecurityPolicy({ frameAncestors: "'none'" })}\n`,
    );
    expect(headers).toContain(
      `Content-Security-Policy: ${contentSecurityPolicy({ frameAncestors: '*' })}\n`,
    );
  });
});
