// The correction form in a build that names no repository: it gives the text to send. (With
// VITE_REPO_URL it opens a prefilled issue: tests/e2e/trust.spec.ts.)
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { testI18n } from './test-utils';

async function formSetUp() {
  vi.stubEnv('VITE_REPO_URL', '');
  vi.resetModules();
  const { SuggestCorrection } = await import('../src/features/corrections/suggest-correction');
  render(
    <I18nextProvider i18n={testI18n()}>
      <SuggestCorrection
        kind="ecosystem"
        id="basque-health-ecosystem"
        name="Basque Health Ecosystem"
        fields={['Member organisations', 'Founded']}
      />
    </I18nextProvider>,
  );
  return userEvent.setup();
}

describe('suggest a correction, in a build without a repository', () => {
  it('asks for an https source, then gives the text to copy', async () => {
    const user = await formSetUp();
    await user.click(screen.getByText('Suggest a correction'));
    await user.type(screen.getByLabelText('What it should say'), 'More than 120 entities');
    await user.type(screen.getByLabelText('The public page that says so'), 'http://a.example');
    await user.click(screen.getByRole('button', { name: 'Make the text to send' }));
    expect(screen.queryByRole('textbox', { name: 'The correction' })).not.toBeInTheDocument();

    await user.clear(screen.getByLabelText('The public page that says so'));
    await user.type(screen.getByLabelText('The public page that says so'), 'https://a.example/p');
    await user.click(screen.getByRole('button', { name: 'Make the text to send' }));
    const text = screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'The correction' }).value;
    expect(text).toContain('Correction: Basque Health Ecosystem (Member organisations)');
    expect(text).toContain('> More than 120 entities');
    expect(text).toContain('The public page that says so: https://a.example/p');
    expect(screen.getByRole('button', { name: 'Copy the text' })).toBeInTheDocument();
  });
});
