import { describe, expect, it } from 'vitest';
import { toSafeWebUrl } from './safe-url';

describe('toSafeWebUrl', () => {
  it('accepts http and https links', () => {
    expect(toSafeWebUrl('https://www.envoice.in/invoice/abc')).toBe('https://www.envoice.in/invoice/abc');
    expect(toSafeWebUrl(' http://127.0.0.1:8080/i/1 ')).toBe('http://127.0.0.1:8080/i/1');
  });

  it.each([
    ['javascript:alert(1)'],
    ['JavaScript:alert(1)'],
    ['data:text/html,<script>alert(1)</script>'],
    ['file:///etc/passwd'],
    ['chrome://settings'],
    ['/relative/path'],
    ['https://user:pass@evil.example/'],
    [''],
  ])('rejects %s', (link) => {
    expect(toSafeWebUrl(link)).toBeNull();
  });

  it('rejects values that are not strings', () => {
    expect(toSafeWebUrl(null)).toBeNull();
    expect(toSafeWebUrl(42)).toBeNull();
  });
});
