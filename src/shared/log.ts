// One logger for every runtime. Debug lines appear only when the user turns on debug logging;
// warnings and errors always do, with repeats of the same text counted instead of printed again.
// Callers pass no secrets; `redact` is a second line of defence for header-shaped values.

let debugEnabled = false;
const repeatCounts = new Map<string, number>();
const MAX_REPEATS_PRINTED = 3;

export function setDebugLogging(enabled: boolean): void {
  debugEnabled = enabled;
}

/** Hides anything that looks like an auth header value in a log line. */
export function redact(text: string): string {
  return text.replace(/(x-auth-(?:key|secret)["']?\s*[:=]\s*["']?)[^"',\s}]+/gi, '$1[redacted]');
}

/**
 * Replaces every copy of the given secrets, then header-shaped values. Secrets shorter than four
 * characters are skipped, because replacing them would mangle ordinary words.
 */
export function redactSecrets(text: string, secrets: readonly string[]): string {
  return redact(secrets.reduce((result, secret) => (secret.length >= 4 ? result.split(secret).join('[redacted]') : result), text));
}

function format(scope: string, message: string, detail: unknown): string {
  const suffix = detail === undefined ? '' : ` ${detail instanceof Error ? `${detail.name}: ${detail.message}` : JSON.stringify(detail)}`;
  return redact(`[envoice-companion:${scope}] ${message}${suffix}`);
}

function shouldPrint(line: string): boolean {
  const count = (repeatCounts.get(line) ?? 0) + 1;
  repeatCounts.set(line, count);
  if (count === MAX_REPEATS_PRINTED + 1) {
    console.warn(`${line} (repeated; further repeats are not printed)`);
  }
  return count <= MAX_REPEATS_PRINTED;
}

export function createLogger(scope: string) {
  return {
    debug(message: string, detail?: unknown): void {
      if (debugEnabled) {
        console.debug(format(scope, message, detail));
      }
    },
    warn(message: string, detail?: unknown): void {
      const line = format(scope, message, detail);
      if (shouldPrint(line)) {
        console.warn(line);
      }
    },
    error(message: string, detail?: unknown): void {
      const line = format(scope, message, detail);
      if (shouldPrint(line)) {
        console.error(line);
      }
    },
  };
}
