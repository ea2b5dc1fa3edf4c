// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from './ErrorBoundary';
import { renderPage, type Rendered } from './testing/dom';

let page: Rendered | undefined;

afterEach(() => {
  page?.unmount();
  page = undefined;
  vi.restoreAllMocks();
});

function Broken(): never {
  throw new Error('render failed');
}

describe('ErrorBoundary', () => {
  it('shows its message when a child throws', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    page = renderPage(
      <ErrorBoundary message="Something went wrong.">
        <Broken />
      </ErrorBoundary>,
    );

    expect(page.container.querySelector('[role="alert"]')?.textContent).toBe('Something went wrong.');
  });

  it('renders children that work', () => {
    page = renderPage(
      <ErrorBoundary message="Something went wrong.">
        <p>fine</p>
      </ErrorBoundary>,
    );

    expect(page.container.textContent).toBe('fine');
  });
});
