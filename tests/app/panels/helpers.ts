// Datasets and timelines for the panel tests.
import {
  buildTimeline,
  validateGraphData,
  type GraphData,
  type Timeline,
} from '../../../src/model';
import { minimalData, shippedDataset } from '../../fixtures/data';

export function timelineOf(data: unknown = minimalData()): Timeline {
  const result = validateGraphData(data);
  if (!result.ok) {
    throw new Error(`invalid fixture: ${result.problems.map((p) => JSON.stringify(p)).join('; ')}`);
  }
  return buildTimeline(result.dataset);
}

export function shippedTimeline(): Timeline {
  return timelineOf(shippedDataset());
}

/** 0-based position of an episode id ("S1E10" → 9). */
export function episodeAt(timeline: Timeline, id: string): number {
  const episode = timeline.dataset.episodes.find((entry) => entry.id === id);
  if (!episode) throw new Error(`no episode ${id}`);
  return episode.position;
}

export type { GraphData };
