// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { blockHeight, composeFigureSvg, escapeXml, type TextBlock } from './compose-svg';

const style = { size: 10, weight: 400, color: '#000' };
const block = (...lines: string[]): TextBlock => ({ lines, style });

describe('composeFigureSvg', () => {
  const drawing = { markup: '<rect width="300" height="100"/>', width: 300, height: 100 };
  const figure = composeFigureSvg({
    title: 'Growth <& "more">',
    fontFamily: 'system-ui, "Segoe UI"',
    padding: 20,
    gap: 10,
    before: [block('Title line 1', 'Title line 2'), block('A takeaway')],
    drawing,
    after: [block(), block('Source: the atlas')],
  });

  it('is as wide as the drawing plus padding, and as tall as everything in it', () => {
    expect(figure.width).toBe(340);
    const text = blockHeight(block('1', '2')) + blockHeight(block('1')) + blockHeight(block('1'));
    // padding, two blocks above with half gaps, a gap around the drawing, one block below
    expect(figure.height).toBe(Math.ceil(20 + text + 10 + 10 + 100 + 10 + 20 - 5));
  });

  it('holds every line as SVG text, escaped, and the drawing unchanged', () => {
    expect(figure.svg).toContain('>Title line 2</text>');
    expect(figure.svg).toContain('>A takeaway</text>');
    expect(figure.svg).toContain('>Source: the atlas</text>');
    expect(figure.svg).toContain('<title>Growth &lt;&amp; &quot;more&quot;&gt;</title>');
    expect(figure.svg).toContain(drawing.markup);
    expect(figure.svg).toContain('font-family="system-ui, &quot;Segoe UI&quot;"');
    expect(figure.svg).not.toContain('foreignObject');
  });

  it('is well-formed XML with a white background', () => {
    const parsed = new DOMParser().parseFromString(figure.svg, 'image/svg+xml');
    expect(parsed.querySelector('parsererror')).toBeNull();
    expect(parsed.documentElement.getAttribute('height')).toBe(String(figure.height));
    expect(parsed.querySelector('rect')?.getAttribute('fill')).toBe('#ffffff');
  });
});

describe('escapeXml', () => {
  it('escapes the five XML characters', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;',
    );
  });
});
