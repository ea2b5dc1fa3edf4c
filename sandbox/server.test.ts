// These tests bind a loopback port (port 0, any free one) because they cover the socket layer:
// body reading, dropped connections and closing with requests still open.
import { afterEach, describe, expect, it } from 'vitest';
import type { Sandbox } from './server';
import { DEFAULT_API_KEY, DEFAULT_API_SECRET, startSandbox } from './server';
import { FIXED_NOW } from './testing';

const AUTH = { 'x-auth-key': DEFAULT_API_KEY, 'x-auth-secret': DEFAULT_API_SECRET };

let sandbox: Sandbox | undefined;

async function start(): Promise<Sandbox> {
  sandbox = await startSandbox({ port: 0, now: () => FIXED_NOW });
  return sandbox;
}

afterEach(async () => {
  await sandbox?.close();
  sandbox = undefined;
});

describe('startSandbox', () => {
  it('listens on loopback', async () => {
    const { url, port } = await start();

    expect(url).toBe(`http://127.0.0.1:${port}`);
    expect((await fetch(`${url}/api/invoice/all`, { headers: AUTH })).status).toBe(200);
  });

  it('reads POST bodies', async () => {
    const { url } = await start();
    const response = await fetch(`${url}/api/invoice/new`, {
      method: 'POST',
      headers: { ...AUTH, 'content-type': 'application/json' },
      body: JSON.stringify({ ClientId: 1, CurrencyId: 1, Items: [{ WorkTypeId: 1, Quantity: 1, Cost: 10 }] }),
    });

    expect(((await response.json()) as { Number: string }).Number).toBe('INV-0049');
  });

  it('share links point at the server', async () => {
    const { url } = await start();
    const { Link } = await (await fetch(`${url}/api/invoice/uri?id=1`, { headers: AUTH })).json() as { Link: string };
    const page = await fetch(Link);

    expect(Link.startsWith(`${url}/share/invoice/`)).toBe(true);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(await page.text()).toContain('INV-0001');
  });

  it('serves a PDF', async () => {
    const { url } = await start();
    const { Link } = await (await fetch(`${url}/api/invoice/pdf?id=2`, { headers: AUTH })).json() as { Link: string };
    const pdf = await fetch(Link);
    const text = await pdf.text();

    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(text.startsWith('%PDF-1.4')).toBe(true);
    expect(text).toContain('(Invoice INV-0002) Tj');
  });

  it('reset fault drops the connection', async () => {
    const { url, faults } = await start();
    faults.add({ kind: 'reset' });

    await expect(fetch(`${url}/api/tax/all`, { headers: AUTH })).rejects.toBeInstanceOf(TypeError);
  });

  it('closes with a request held open', async () => {
    const server = await start();
    server.faults.add({ kind: 'timeout' });
    const pending = fetch(`${server.url}/api/tax/all`, { headers: AUTH }).catch((error: unknown) => error);

    await new Promise((resolve) => setTimeout(resolve, 50));
    await server.close();
    sandbox = undefined;

    expect(await pending).toBeInstanceOf(TypeError);
  });
});
