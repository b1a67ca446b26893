import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from './csp';

const conf = readFileSync('deploy/nginx.conf', 'utf8');

describe('deploy/nginx.conf', () => {
  it('is the configuration docs/deploy.md gives, word for word', () => {
    expect(readFileSync('docs/deploy.md', 'utf8')).toContain(`\`\`\`nginx\n${conf}\`\`\``);
  });

  it('sends the policy of scripts/lib/csp.ts, framing decided per address', () => {
    expect(conf).toContain(
      `add_header Content-Security-Policy "${contentSecurityPolicy({ frameAncestors: '$atlas_frame_ancestors' })}" always;`,
    );
  });
});
