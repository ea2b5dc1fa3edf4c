// @vitest-environment happy-dom
import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EnvoiceErrorKind, StoredError } from '../../shared/api/errors';
import { describeError } from '../../shared/error-display';
import { EMPTY_SYNC_STATUS, type SyncStatus } from '../../shared/feed';
import { click, getButton, renderPage, waitFor, type Rendered } from '../../shared/ui/testing/dom';
import { useEnglishMessages } from '../../shared/ui/testing/locale';
import { OPENED_AT } from '../testing';
import { StatusLine } from './StatusLine';

let page: Rendered | undefined;

beforeEach(() => {
  useEnglishMessages();
});

afterEach(() => {
  page?.unmount();
  page = undefined;
  vi.restoreAllMocks();
});

function renderStatus(status: Partial<SyncStatus>, options: { syncing?: boolean; workerUnreachable?: boolean; onRefresh?: () => Promise<void> } = {}) {
  page = renderPage(
    <StatusLine
      status={{ ...EMPTY_SYNC_STATUS, ...status }}
      syncing={options.syncing ?? false}
      workerUnreachable={options.workerUnreachable ?? false}
      now={OPENED_AT}
      onRefresh={options.onRefresh ?? (async () => {})}
    />,
  );
  const line = page.container.querySelector<HTMLElement>('[data-testid="sync-status"]')!;
  return { line, buttons: [...line.querySelectorAll('button')].map((button) => button.textContent) };
}

function storedError(kind: EnvoiceErrorKind): StoredError {
  return { kind, message: kind === 'api-fault' ? 'Invoice 7 is locked.' : `technical ${kind}`, at: OPENED_AT };
}

describe('status line', () => {
  it('says when the last sync finished', () => {
    const { line } = renderStatus({ lastSuccessAt: OPENED_AT - 2 * 60_000 });
    expect(line.textContent).toBe('Synced 2 min. ago');
  });

  it('says a sync runs', () => {
    const { line } = renderStatus({ lastSuccessAt: OPENED_AT, error: storedError('network') }, { syncing: true });
    expect(line.textContent).toBe('Syncing…');
  });

  it('says when nothing synced yet', () => {
    expect(renderStatus({}).line.textContent).toBe('Not synced yet.');
  });

  it('says the worker did not respond', () => {
    const { line } = renderStatus({ lastSuccessAt: OPENED_AT }, { workerUnreachable: true });
    expect(line.textContent).toContain('did not respond');
  });

  const kinds: EnvoiceErrorKind[] = ['unauthorized', 'rate-limited', 'network', 'timeout', 'server', 'api-fault', 'invalid-response', 'permission'];
  for (const kind of kinds) {
    it(`explains a ${kind} error`, () => {
      const error = storedError(kind);
      const { line, buttons } = renderStatus({ phase: 'error', error, lastSuccessAt: OPENED_AT });

      expect(line.textContent).toContain(describeError(error).message);
      expect(line.textContent).not.toContain(`technical ${kind}`);
      expect(line.classList.contains('status-error')).toBe(true);
      expect(buttons.includes('Grant access')).toBe(kind === 'permission');
      expect(buttons.includes('Open settings')).toBe(kind === 'unauthorized');
    });
  }

  it('grants access and syncs', async () => {
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(true as never);
    const onRefresh = vi.fn(async () => {});
    const { line } = renderStatus({ phase: 'waiting-for-permission', error: storedError('permission') }, { onRefresh });
    await click(getButton(line, 'Grant access'));

    await waitFor(() => expect(onRefresh).toHaveBeenCalledOnce());
    expect(request).toHaveBeenCalledOnce();
  });

  it('does not sync when access is declined', async () => {
    vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(false as never);
    const onRefresh = vi.fn(async () => {});
    const { line } = renderStatus({ phase: 'waiting-for-permission', error: null });
    await click(getButton(line, 'Grant access'));
    await new Promise((resolve) => setTimeout(resolve, 20));

    expect(onRefresh).not.toHaveBeenCalled();
  });

  it('opens settings after an unauthorized error', async () => {
    const openOptionsPage = vi.spyOn(fakeBrowser.runtime, 'openOptionsPage').mockResolvedValue();
    const { line } = renderStatus({ phase: 'error', error: storedError('unauthorized') });
    await click(getButton(line, 'Open settings'));

    expect(openOptionsPage).toHaveBeenCalledOnce();
  });
});
