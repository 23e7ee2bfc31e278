// Takes a V8 heap snapshot of a page through the DevTools protocol (after a full collection)
// and sums it by type and constructor, so two snapshots can be compared: what is still alive
// after N steps, not what the last paint left for the collector.
import type { CDPSession } from '@playwright/test';

export type HeapSummary = Map<string, { count: number; size: number }>;

interface RawSnapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
  nodes: number[];
  strings: string[];
}

export async function heapSummary(cdp: CDPSession): Promise<HeapSummary> {
  const chunks: string[] = [];
  const onChunk = (event: { chunk: string }) => chunks.push(event.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  const raw = JSON.parse(chunks.join('')) as RawSnapshot;
  const fields = raw.snapshot.meta.node_fields;
  const types = raw.snapshot.meta.node_types[0];
  const width = fields.length;
  const at = {
    type: fields.indexOf('type'),
    name: fields.indexOf('name'),
    size: fields.indexOf('self_size'),
  };
  const summary: HeapSummary = new Map();
  for (let i = 0; i < raw.nodes.length; i += width) {
    const type = types[raw.nodes[i + at.type] ?? 0] ?? '?';
    // Strings and code are counted as one kind each: their "names" are their contents.
    const name = /string|code/.test(type) ? '' : (raw.strings[raw.nodes[i + at.name] ?? 0] ?? '');
    const key = `${type} ${name.slice(0, 60)}`.trim();
    const entry = summary.get(key) ?? { count: 0, size: 0 };
    entry.count++;
    entry.size += raw.nodes[i + at.size] ?? 0;
    summary.set(key, entry);
  }
  return summary;
}

export const heapTotal = (summary: HeapSummary) =>
  [...summary.values()].reduce((total, entry) => total + entry.size, 0);

/** The kinds that grew most from `before` to `after`, largest first. */
export function heapGrowth(before: HeapSummary, after: HeapSummary, top = 5) {
  return [...after]
    .map(([kind, entry]) => ({
      kind,
      bytes: entry.size - (before.get(kind)?.size ?? 0),
      count: entry.count - (before.get(kind)?.count ?? 0),
    }))
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, top);
}
