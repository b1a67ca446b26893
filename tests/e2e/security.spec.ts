import { expect, test } from './fixtures';

test.describe('content security policy', () => {
  test('the built app and the preview server carry the policy', async ({ request }) => {
    const home = await request.get('/');
    const header = home.headers()['content-security-policy'] ?? '';
    expect(header).toContain("script-src 'self'");
    expect(header).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(header).toContain("frame-ancestors 'none'");
    expect(await home.text()).toContain('http-equiv="Content-Security-Policy"');
    const embed = await request.get('/embed');
    expect(embed.headers()['content-security-policy']).toContain('frame-ancestors *');
    expect(home.headers()['x-content-type-options']).toBe('nosniff');
  });

  for (const path of [
    '/',
    '/dashboard',
    '/present?slide=9',
    '/ecosystems/south-denmark-ehealth-ecosystem',
  ]) {
    test(`${path} works under the policy with no violation`, async ({ page, problems }) => {
      await page.goto(path);
      if (path === '/' || path.includes('slide=9'))
        await page.locator('[data-map-ready="true"]').waitFor();
      else await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await page.waitForLoadState('networkidle');
      expect(await problems.cspViolations()).toEqual([]);
      expect(problems.consoleErrors).toEqual([]);
    });
  }
});

test.describe('hostile input', () => {
  test('hostile URL parameters are dropped, shown as text, and run nothing', async ({
    page,
    problems,
  }) => {
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs += 1;
      void dialog.dismiss();
    });
    const payload = encodeURIComponent('"><img src=x onerror=alert(1)>');
    await page.goto(`/?country=${payload}&q=${payload}&region=__proto__&theme=constructor`);
    await expect(page.getByText(/not recognised and were left out/)).toBeVisible();
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    await page.goto(`/present?slide=${payload}&auto=-1&spotlight=${payload}`);
    await expect(page.getByText('Slide 1 of 11')).toBeVisible();
    await page.goto(`/ecosystems/${payload}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Not found' })).toBeVisible();
    expect(dialogs).toBe(0);
    expect(await problems.cspViolations()).toEqual([]);
  });

  test('a very long query is cut to 100 characters', async ({ page }) => {
    await page.goto(`/?q=${'a'.repeat(5000)}`);
    await expect(page.getByRole('searchbox', { name: 'Search ecosystems' })).toHaveValue(
      'a'.repeat(100),
    );
    await expect(page.getByRole('status').filter({ hasText: 'ecosystems' })).toHaveText(
      'No ecosystems match these filters',
    );
  });
});
