// The import direction (.dependency-cruiser.cjs) is a rule that fails: a small tree written to a
// temp folder holds one upward import, one import cycle and one allowed downward import.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');

function cruise(files: Record<string, string>): string[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'import-rules-'));
  writeFileSync(path.join(dir, 'tsconfig.json'), '{"compilerOptions":{"module":"ESNext"}}');
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  const out = (() => {
    try {
      return execFileSync(
        path.join(ROOT, 'node_modules/.bin/depcruise'),
        ['src', '--config', path.join(ROOT, '.dependency-cruiser.cjs'), '--output-type', 'json'],
        { cwd: dir, encoding: 'utf8', stdio: 'pipe' },
      );
    } catch (error) {
      return (error as { stdout: string }).stdout;
    }
  })();
  const result = JSON.parse(out) as { summary: { violations: { rule: { name: string } }[] } };
  return result.summary.violations.map((violation) => violation.rule.name).sort();
}

describe('the import direction', () => {
  it('fails on an upward import (api importing domain)', () => {
    expect(
      cruise({
        'src/domain/pure.ts': 'export const one = 1;\n',
        'src/api/client.ts': "import { one } from '../domain/pure';\nexport const two = one + 1;\n",
      }),
    ).toEqual(['api-imports-upward']);
  });

  it('fails on an import cycle', () => {
    expect(
      cruise({
        'src/domain/a.ts': "import { b } from './b';\nexport const a = () => b();\n",
        'src/domain/b.ts': "import { a } from './a';\nexport const b = () => a;\n",
      }),
    ).toEqual(['no-circular']);
  });

  it('fails when one feature imports another, or ui runs a query', () => {
    expect(
      cruise({
        'src/features/map/map.ts': 'export const map = 1;\n',
        'src/features/events/list.ts': "import { map } from '../map/map';\nexport const x = map;\n",
        'src/api/ecosystems.ts': 'export const ecosystemsQuery = () => 1;\n',
        'src/ui/banner.ts':
          "import { ecosystemsQuery } from '../api/ecosystems';\nexport const y = ecosystemsQuery;\n",
      }),
    ).toEqual(['features-apart', 'ui-fetches-or-routes']);
  });

  it('allows imports downward', () => {
    expect(
      cruise({
        'src/api/schemas.ts': 'export const s = 1;\n',
        'src/domain/stats.ts': "import { s } from '../api/schemas';\nexport const t = s;\n",
        'src/features/map/map.ts': "import { t } from '../../domain/stats';\nexport const m = t;\n",
        'src/app/page.ts': "import { m } from '../features/map/map';\nexport const p = m;\n",
      }),
    ).toEqual([]);
  });
});
