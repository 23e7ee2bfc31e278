import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bakedPositions, validateGraphData } from '../../src/model';
import { computeLayout } from '../../src/model/layout';

const SHIPPED = ['graph-data/tiny-pretty-things-s1.json', 'graph-data/hamlet.json'];

describe('baked positions', () => {
  it('are used only when every character has one', () => {
    expect(bakedPositions([{ id: 'a', position: { x: 1, y: 2 } }])).toEqual(
      new Map([['a', { x: 1, y: 2 }]]),
    );
    expect(bakedPositions([{ id: 'a', position: { x: 1, y: 2 } }, { id: 'b' }])).toBeUndefined();
  });

  it.each(SHIPPED)(
    '%s is baked, and its positions are what `npm run layout` computes from scratch',
    (file) => {
      const raw = JSON.parse(readFileSync(file, 'utf8')) as {
        characters: { position?: unknown }[];
      };
      const result = validateGraphData(raw);
      if (!result.ok) throw new Error(`${file} does not validate`);
      const baked = bakedPositions(result.dataset.characters);
      expect(baked).toBeDefined();
      // Stale positions after a layout change would silently keep the old picture.
      for (const character of raw.characters) delete character.position;
      const unbaked = validateGraphData(raw);
      if (!unbaked.ok) throw new Error('unbaked copy does not validate');
      const fresh = computeLayout(unbaked.dataset);
      expect(baked).toEqual(fresh);
    },
  );
});
