// Turns simulation results into the numbers the benchmark reports: requests, detection latency
// per kind, duplicates and misses, storage and JavaScript time.

import type { SimulationResult } from './simulate';
import type { TruthEvent } from './ground-truth';

/** A log entry that reads as a payment but does not change the invoice's status. */
export const CLIENT_MARKED_PAID = 'MarkAsPaidByTheClient';

export function percentile(values: readonly number[], fraction: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)] ?? Number.NaN;
}

export function mean(values: readonly number[]): number {
  return values.length === 0 ? Number.NaN : values.reduce((sum, value) => sum + value, 0) / values.length;
}

export interface LatencyRow {
  label: string;
  count: number;
  syncs: { p50: number; p95: number; max: number };
  minutes: { p50: number; p95: number; max: number };
}

function latencyRow(label: string, events: readonly TruthEvent[]): LatencyRow {
  const detected = events.filter((event) => event.detectedSync !== null && event.detectedAt !== null);
  const syncs = detected.map((event) => (event.detectedSync ?? 0) - event.firstSync + 1);
  const minutes = detected.map((event) => ((event.detectedAt ?? 0) - event.at) / 60_000);
  const summarize = (values: number[]) => ({ p50: percentile(values, 0.5), p95: percentile(values, 0.95), max: Math.max(...values) });
  return { label, count: events.length, syncs: summarize(syncs), minutes: summarize(minutes) };
}

export function latencyRows(result: SimulationResult): LatencyRow[] {
  const events = [...result.truth.events.values()];
  const rows = [latencyRow('all notifiable', events)];
  for (const category of ['viewed', 'paid', 'overdue', 'rejected'] as const) {
    const ofCategory = events.filter((event) => event.category === category && event.type !== CLIENT_MARKED_PAID);
    if (ofCategory.length > 0) rows.push(latencyRow(category, ofCategory));
  }
  // The client's own "I paid" note leaves the status unchanged, so only a detail read can find it.
  const marked = events.filter((event) => event.type === CLIENT_MARKED_PAID);
  if (marked.length > 0) rows.push(latencyRow('client marked as paid', marked));
  rows.push(latencyRow('viewed, sent in last 7 days', events.filter((event) => event.category === 'viewed' && event.recentlySent)));
  rows.push(latencyRow('viewed, older invoices', events.filter((event) => event.category === 'viewed' && !event.recentlySent)));
  return rows;
}

export function format(value: number, digits = 1): string {
  if (!Number.isFinite(value)) return '–';
  return Number.isInteger(value) ? String(value) : value.toFixed(digits);
}

export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
