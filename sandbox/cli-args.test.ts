import { describe, expect, it } from 'vitest';
import { intOption, parseArgs, parseTrickle } from './cli-args';
import { sandboxUrl } from './cli-client';

describe('parseArgs', () => {
  it('splits positionals and options', () => {
    const args = parseArgs(['fail', 'rate-limit', '--count', '3', '--retry-after=60', '--clear']);

    expect(args.positionals).toEqual(['fail', 'rate-limit']);
    expect(intOption(args, 'count')).toBe(3);
    expect(intOption(args, 'retry-after')).toBe(60);
    expect(args.flags.has('clear')).toBe(true);
  });

  it('rejects a missing value', () => {
    expect(() => parseArgs(['--port'])).toThrow('Option --port needs a value.');
  });

  it('rejects a non-integer', () => {
    expect(() => intOption(parseArgs(['--port', 'x']), 'port')).toThrow('whole number');
  });
});

describe('parseTrickle', () => {
  it('reads a range in seconds', () => {
    expect(parseTrickle('20-30')).toEqual({ minMs: 20_000, maxMs: 30_000 });
  });

  it('reads a single value', () => {
    expect(parseTrickle('5')).toEqual({ minMs: 5000, maxMs: 5000 });
  });

  it('rejects a reversed range', () => {
    expect(() => parseTrickle('30-20')).toThrow('0 < MIN <= MAX');
  });
});

describe('sandboxUrl', () => {
  it('defaults to port 8787', () => {
    expect(sandboxUrl({})).toBe('http://127.0.0.1:8787');
  });

  it('uses SANDBOX_PORT', () => {
    expect(sandboxUrl({ SANDBOX_PORT: '9000' })).toBe('http://127.0.0.1:9000');
  });

  it('rejects a remote host', () => {
    expect(() => sandboxUrl({ SANDBOX_URL: 'http://example.com' })).toThrow('must point at this machine');
  });
});
