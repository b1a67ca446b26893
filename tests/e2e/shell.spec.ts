import { expect, test } from './fixtures';

const ROUTES = [
  { path: '/', heading: /ecosystem/i },
  {
    path: '/ecosystems/south-denmark-ehealth-ecosystem',
    heading: 'South DENMARK eHealth ECOsystem',
  },
  { path: '/dashboard', heading: /network in numbers/i },
  { path: '/present', heading: /./ },
  { path: '/embed', heading: /./ },
  { path: '/about', heading: /what is a digital health ecosystem/i },
  { path: '/events', heading: /gatherings/i },
  {
    path: '/compare?ids=south-denmark-ehealth-ecosystem,health-capital-helsinki',
    heading: /compare/i,
  },
];

for (const route of ROUTES) {
  test(`${route.path} renders without console errors`, async ({ page, problems }) => {
    await page.goto(route.path);
    await expect(page.getByRole('heading', { level: 1, name: route.heading })).toBeVisible();
    await expect(page).toHaveTitle(/Ecosystem Atlas/);
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.foreignRequests).toEqual([]);
  });
}

test('an unknown address shows the in-app not-found page with a way home', async ({ page }) => {
  await page.goto('/no/such/page');
  await expect(page.getByRole('heading', { level: 1, name: 'Not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Back to the map' }).click();
  await expect(page).toHaveURL(/\/$/);
});

test('an unknown ecosystem id shows the not-found page', async ({ page }) => {
  await page.goto('/ecosystems/atlantis-health');
  await expect(page.getByRole('heading', { level: 1, name: 'Not found' })).toBeVisible();
  await expect(page.getByText(/no ecosystem at this address/i)).toBeVisible();
});

test('the header navigation reaches every main page', async ({ page }) => {
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('link', { name: 'About' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/digital health ecosystem/i);
  await nav.getByRole('link', { name: 'Dashboard' }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await nav.getByRole('link', { name: 'Map' }).click();
  await expect(page).toHaveURL(/\/$/);
});
