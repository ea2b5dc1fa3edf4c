// Test-only helpers for rendering Preact pages into happy-dom without a testing library.

import { render, type VNode } from 'preact';
import { act } from 'preact/test-utils';

export interface Rendered {
  container: HTMLElement;
  unmount: () => void;
}

export function renderPage(vnode: VNode): Rendered {
  const container = document.createElement('div');
  document.body.append(container);
  // `act` returns a thenable even for a synchronous callback, but the render has finished when it returns.
  void act(() => {
    render(vnode, container);
  });
  return {
    container,
    unmount: () => {
      void act(() => {
        render(null, container);
      });
      container.remove();
    },
  };
}

/** Retries `assertion` until it passes, letting promises and Preact updates settle in between. */
export async function waitFor<T>(assertion: () => T | Promise<T>, attempts = 50): Promise<T> {
  let lastError: unknown;
  for (let attempt = 0; attempt < attempts; attempt += 1) {
    try {
      return await assertion();
    } catch (error) {
      lastError = error;
      await act(async () => {
        await new Promise((resolve) => setTimeout(resolve, 10));
      });
    }
  }
  throw lastError;
}

/** Finds the one button whose visible text is exactly `label`. */
export function getButton(container: HTMLElement, label: string): HTMLButtonElement {
  const matches = [...container.querySelectorAll('button')].filter((button) => button.textContent?.trim() === label);
  if (matches.length !== 1) {
    throw new Error(`Expected one button labelled "${label}", found ${matches.length}`);
  }
  return matches[0]!;
}

/** Finds the input or select labelled `label` through its `<label for>`. */
export function getField(container: HTMLElement, label: string): HTMLInputElement {
  const labelElement = [...container.querySelectorAll('label')].find((element) => element.textContent?.trim() === label);
  const id = labelElement?.getAttribute('for');
  const field = id == null ? null : container.querySelector<HTMLInputElement>(`#${CSS.escape(id)}`);
  if (field === null) {
    throw new Error(`Expected a field labelled "${label}"`);
  }
  return field;
}

export async function click(element: HTMLElement): Promise<void> {
  await act(async () => {
    element.click();
    await Promise.resolve();
  });
}

/** Sets a field's value and fires `input`, as typing does. */
export async function typeInto(field: HTMLInputElement, value: string): Promise<void> {
  await act(async () => {
    field.value = value;
    field.dispatchEvent(new Event('input', { bubbles: true }));
    await Promise.resolve();
  });
}
