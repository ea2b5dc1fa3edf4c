import { describe, expect, it, vi } from 'vitest';
import { installBrowserStubs } from '../background/testing';
import { envoiceOriginPattern, hasHostPermission, requestHostPermission } from './permissions';

describe('envoiceOriginPattern', () => {
  it('leaves out path and port', () => {
    expect(envoiceOriginPattern('https://www.envoice.in')).toBe('https://www.envoice.in/*');
    expect(envoiceOriginPattern('http://127.0.0.1:8787/')).toBe('http://127.0.0.1/*');
  });
});

describe('hasHostPermission', () => {
  it('asks for the Envoice origin', async () => {
    const { permissions } = installBrowserStubs();
    permissions.contains.mockResolvedValue(false);
    expect(await hasHostPermission()).toBe(false);
    expect(permissions.contains).toHaveBeenCalledWith({ origins: [envoiceOriginPattern()] });
  });

  it('assumes the grant when the API fails', async () => {
    const { permissions } = installBrowserStubs();
    permissions.contains.mockRejectedValue(new Error('missing'));
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(await hasHostPermission()).toBe(true);
  });
});

describe('requestHostPermission', () => {
  it('reports a declined or failed request as false', async () => {
    const { permissions } = installBrowserStubs();
    permissions.request.mockResolvedValueOnce(false);
    expect(await requestHostPermission()).toBe(false);
    permissions.request.mockRejectedValueOnce(new Error('no user gesture'));
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(await requestHostPermission()).toBe(false);
  });
});
