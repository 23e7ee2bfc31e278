// "Export animation" in the built app: frames come from a real, off-screen graph view and
// become a GIF (gifenc) or a WebM video (MediaRecorder). The files are checked byte by byte
// and one GIF frame is decoded and looked at; Cancel must leave nothing to download.
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { SHOW, openExplorer } from './helpers';

interface GifInfo {
  width: number;
  height: number;
  frames: { width: number; height: number }[];
}

/** Walks a GIF's blocks: the screen size and every image descriptor's size. */
function parseGif(bytes: Buffer): GifInfo {
  const u16 = (at: number) => bytes.readUInt16LE(at);
  const info: GifInfo = { width: u16(6), height: u16(8), frames: [] };
  const flags = bytes[10] ?? 0;
  let at = 13 + (flags & 0x80 ? 3 * 2 ** ((flags & 7) + 1) : 0);
  const skipSubBlocks = () => {
    while ((bytes[at] ?? 0) !== 0) at += (bytes[at] ?? 0) + 1;
    at += 1;
  };
  while (at < bytes.length) {
    const block = bytes[at];
    if (block === 0x3b) return info;
    if (block === 0x21) {
      at += 2;
      skipSubBlocks();
    } else if (block === 0x2c) {
      info.frames.push({ width: u16(at + 5), height: u16(at + 7) });
      const local = bytes[at + 9] ?? 0;
      at += 10 + (local & 0x80 ? 3 * 2 ** ((local & 7) + 1) : 0) + 1;
      skipSubBlocks();
    } else {
      throw new Error(`unexpected GIF block 0x${block?.toString(16)} at ${at}`);
    }
  }
  throw new Error('GIF has no trailer');
}

async function openExport(page: Page, query = `?show=${SHOW}`): Promise<Locator> {
  await openExplorer(page, query);
  await page.getByRole('button', { name: 'Export animation' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export animation' });
  await expect(dialog).toBeVisible();
  return dialog;
}

/** Picks an episode by its id: the option reads "S1E3" or "S1E3 — its title". */
async function pickEpisode(select: Locator, id: string) {
  const option = select.locator('option', { hasText: new RegExp(`^${id}( — |$)`) });
  await select.selectOption((await option.getAttribute('value')) ?? '');
}

async function choose(dialog: Locator, from: string, to: string, format: string) {
  await pickEpisode(dialog.getByLabel('From'), from);
  await pickEpisode(dialog.getByLabel('To'), to);
  await dialog.getByLabel('Size').selectOption({ label: '640 × 360' });
  await dialog.getByRole('radio', { name: format }).check();
}

async function download(page: Page, dialog: Locator, name: string): Promise<Buffer> {
  const link = dialog.getByRole('link', { name: `Download ${name}` });
  await expect(link).toBeVisible({ timeout: 60_000 });
  const [file] = await Promise.all([page.waitForEvent('download'), link.click()]);
  expect(file.suggestedFilename()).toBe(name);
  const stream = await file.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * Decodes a GIF frame in the page (WebCodecs' ImageDecoder) and counts its pixels: in the
 * header band, text darker than the light background; below it, coloured edges and nodes.
 */
function framePixels(page: Page, gif: Buffer, frameIndex: number) {
  return page.evaluate(
    async ({ bytes, frameIndex }) => {
      const decoder = new ImageDecoder({ data: new Uint8Array(bytes), type: 'image/gif' });
      const { image } = await decoder.decode({ frameIndex });
      const canvas = document.createElement('canvas');
      canvas.width = image.displayWidth;
      canvas.height = image.displayHeight;
      const context = canvas.getContext('2d');
      if (!context) throw new Error('no canvas');
      context.drawImage(image, 0, 0);
      image.close();
      const band = Math.round(canvas.height / 8);
      const count = (
        y0: number,
        y1: number,
        test: (r: number, g: number, b: number) => boolean,
      ) => {
        const { data } = context.getImageData(0, y0, canvas.width, y1 - y0);
        let n = 0;
        for (let i = 0; i < data.length; i += 4) {
          if (test(data[i] ?? 0, data[i + 1] ?? 0, data[i + 2] ?? 0)) n++;
        }
        return n;
      };
      return {
        headerInk: count(0, band - 2, (r, g, b) => r + g + b < 200),
        graphInk: count(band, canvas.height, (r, g, b) => r + g + b < 600),
        graphColour: count(
          band,
          canvas.height,
          (r, g, b) => Math.max(r, g, b) - Math.min(r, g, b) > 60,
        ),
      };
    },
    { bytes: [...gif], frameIndex },
  );
}

test('exports S1E1 to S1E3 as a GIF of the chosen size, drawn from the graph', async ({
  page,
  pageErrors,
}) => {
  // A ceiling, not a budget: encoding 45 frames takes about 23 s alone here, and with the
  // other specs on two cores it passed the default 30 s.
  test.setTimeout(90_000);
  const dialog = await openExport(page);
  await choose(dialog, 'S1E1', 'S1E3', 'Animated GIF');
  await dialog.getByLabel('Theme').selectOption('light');
  await dialog.getByRole('button', { name: 'Start' }).click();
  await expect(
    dialog.getByRole('progressbar', { name: /^Rendering frame \d+ of 45$/ }),
  ).toBeVisible();

  const gif = await download(page, dialog, `${SHOW}-S1E1-S1E3.gif`);
  await expect(dialog.getByRole('progressbar')).toHaveAccessibleName('Done: 45 frames');
  expect(gif.subarray(0, 6).toString('latin1')).toBe('GIF89a');
  const info = parseGif(gif);
  expect({ width: info.width, height: info.height }).toEqual({ width: 640, height: 360 });
  expect(info.frames).toHaveLength(45);
  expect(info.frames.every((frame) => frame.width === 640 && frame.height === 360)).toBe(true);

  // The first frame already holds S1E1 whole: the title, the episode and the graph.
  const pixels = await framePixels(page, gif, 0);
  expect(pixels.headerInk).toBeGreaterThan(300);
  expect(pixels.graphInk).toBeGreaterThan(2000);
  expect(pixels.graphColour).toBeGreaterThan(100);
  // The last frame, to look at: title band, the legend under it, then the graph.
  const last = await page.evaluate(
    async (bytes) => {
      const decoder = new ImageDecoder({ data: new Uint8Array(bytes), type: 'image/gif' });
      const { image } = await decoder.decode({ frameIndex: 44 });
      const canvas = document.createElement('canvas');
      [canvas.width, canvas.height] = [image.displayWidth, image.displayHeight];
      canvas.getContext('2d')?.drawImage(image, 0, 0);
      return canvas.toDataURL('image/png').split(',')[1] ?? '';
    },
    [...gif],
  );
  mkdirSync('test-results/screens', { recursive: true });
  writeFileSync('test-results/screens/export-gif-S1E3.png', Buffer.from(last, 'base64'));
  await expect(
    dialog.getByRole('img', { name: 'Preview of the exported animation' }),
  ).toBeVisible();
  expect(pageErrors).toEqual([]);
});

test('exports a WebM video', async ({ page, pageErrors }) => {
  const dialog = await openExport(page);
  const webm = dialog.getByRole('radio', { name: 'WebM video' });
  await expect(webm).toBeEnabled();
  await choose(dialog, 'S1E1', 'S1E2', 'WebM video');
  await dialog.getByLabel('Seconds per episode').selectOption({ label: '0.5 s' });
  await dialog.getByRole('button', { name: 'Start' }).click();
  const video = await download(page, dialog, `${SHOW}-S1E1-S1E2.webm`);
  expect(video.length).toBeGreaterThan(1000);
  expect([...video.subarray(0, 4)]).toEqual([0x1a, 0x45, 0xdf, 0xa3]);
  expect(pageErrors).toEqual([]);
});

test('Cancel stops the export: no download offered, progress reset', async ({
  page,
  pageErrors,
}) => {
  const dialog = await openExport(page);
  await choose(dialog, 'S1E1', 'S1E10', 'Animated GIF');
  await dialog.getByLabel('Seconds per episode').selectOption({ label: '3 s' });
  await dialog.getByRole('button', { name: 'Start' }).click();
  await expect(
    dialog.getByRole('progressbar', { name: /^Rendering frame [1-9]\d* of 300$/ }),
  ).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  const progress = dialog.getByRole('progressbar');
  await expect(progress).toHaveAccessibleName('Not started: 300 frames');
  await expect(progress).toHaveAttribute('value', '0');
  await expect(dialog.getByRole('button', { name: 'Start' })).toBeEnabled();
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeDisabled();
  // Long enough for a render that kept going to finish a few more frames.
  await page.waitForTimeout(500);
  await expect(dialog.getByRole('link', { name: /^Download/ })).toHaveCount(0);
  await expect(progress).toHaveAttribute('value', '0');
  await expect(page.getByTestId('export-offscreen')).toHaveCount(0);
  expect(pageErrors).toEqual([]);
});

test('offers no episode past the spoiler cap', async ({ page, pageErrors }) => {
  const dialog = await openExport(page, `?show=${SHOW}&cap=S1E3`);
  for (const label of ['From', 'To']) {
    await expect(dialog.getByLabel(label).locator('option')).toHaveText([
      /^S1E1( — |$)/,
      /^S1E2( — |$)/,
      /^S1E3( — |$)/,
    ]);
  }
  expect(pageErrors).toEqual([]);
});
