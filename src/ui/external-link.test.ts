import { describe, expect, it } from 'vitest';
import { safeHref } from './external-link';

describe('safeHref', () => {
  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'DATA:text/html;base64,PHNjcmlwdD4=',
    'vbscript:msgbox(1)',
    'VBScript:msgbox(1)',
    '//evil.example/path',
    '/relative/path',
    'file:///etc/passwd',
    '',
  ])('drops %j', (url) => {
    expect(safeHref(url)).toBeUndefined();
  });

  it.each([
    ['https://en.welfaretech.dk', 'https://en.welfaretech.dk/'],
    ['HTTPS://Example.org/a?b=c', 'https://example.org/a?b=c'],
    [' https://example.org ', 'https://example.org/'],
    ['http://example.org', 'http://example.org/'],
  ])('keeps %j', (url, expected) => {
    expect(safeHref(url)).toBe(expected);
  });
});
