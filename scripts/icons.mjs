// Generates the extension's icons from the SVGs below (an open book: an outline marker on the left page,
// text lines on the right) and rasterizes them with headless Chromium (puppeteer-core, no download).
//   node scripts/icons.mjs            writes icons/*.svg and icons/*.png
// Outputs: icon-{16,32,48,128}.png (colour, for Chrome and stores) and toolbar-{light,dark}-{16,32}.png
// (monochrome glyphs for Firefox's action.theme_icons: "light" is drawn for dark toolbars and vice versa).
import { mkdirSync, writeFileSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';

const OUT = 'icons';
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** The colour icon: teal tile, cream book, amber outline marks. Small sizes drop the finest lines. */
function colourIcon(size) {
  const small = size <= 16;
  const mid = size <= 32;
  const lines = small ? [50, 72] : mid ? [48, 60, 72] : [46, 57, 68, 79];
  const bar = small ? 11 : 5;
  const tone = small ? 1 : 0.55;
  const right = lines
    .map((y, i) => `<rect x="${small ? 72 : 71}" y="${y}" width="${i === lines.length - 1 && !small ? 18 : small ? 30 : 28}" height="${bar}" rx="${bar / 2}" fill="#2c6e6f" opacity="${tone}"/>`)
    .join('');
  const marks = lines
    .map(
      (y, i) =>
        `<rect x="${i === 1 && !small ? 36 : small ? 26 : 30}" y="${y}" width="${small ? 30 : i === 1 ? 20 : 26}" height="${bar}" rx="${bar / 2}" fill="${i === 0 ? '#e9a23b' : '#2c6e6f'}" opacity="${i === 0 ? 1 : tone}"/>`,
    )
    .join('');
  const dot = small ? '' : '<circle cx="24" cy="48.5" r="3.6" fill="#e9a23b"/>';
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 128 128">
  <defs>
    <linearGradient id="tile" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#35807f"/><stop offset="1" stop-color="#1f5556"/>
    </linearGradient>
  </defs>
  <rect x="${small ? 0 : 4}" y="${small ? 0 : 4}" width="${small ? 128 : 120}" height="${small ? 128 : 120}" rx="${small ? 24 : 28}" fill="url(#tile)"/>
  ${
    small
      ? '<path d="M10 30 C30 24 48 25 61 32 V104 C48 97 30 96 10 102 Z M118 30 C98 24 80 25 67 32 V104 C80 97 98 96 118 102 Z" fill="#fffdf7"/>'
      : '<path d="M14 34 C32 27 50 28 63 36 V100 C50 92 32 91 14 98 Z" fill="#fbf6ea"/><path d="M114 34 C96 27 78 28 65 36 V100 C78 92 96 91 114 98 Z" fill="#fffdf7"/>'
  }
  ${small ? '' : '<path d="M63 36 V100 M65 36 V100" stroke="#1f5556" stroke-width="2" opacity=".35"/>'}
  ${dot}${marks}${right}
</svg>`;
}

/** Monochrome toolbar glyph (no tile): book outline, outline marks left, lines right. */
function glyph(size, colour) {
  const small = size <= 16;
  const w = small ? 11 : 7;
  const marks = small
    ? 'M28 54 H50 M28 78 H50 M78 54 H100 M78 78 H100'
    : 'M38 47 H50 M30 66 H50 M30 84 H46 M78 47 H104 M78 66 H104 M78 84 H96';
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 128 128" fill="none">
  <path d="M8 26 C30 16 50 18 64 30 C78 18 98 16 120 26 V106 C98 96 78 98 64 110 C50 98 30 96 8 106 Z"
        stroke="${colour}" stroke-width="${w}" stroke-linejoin="round"/>
  <path d="M64 30 V108" stroke="${colour}" stroke-width="${w}"/>
  ${small ? '' : `<circle cx="24" cy="47" r="6" fill="${colour}"/>`}
  <path d="${marks}" stroke="${colour}" stroke-width="${w}" stroke-linecap="round"/>
</svg>`;
}

const jobs = [
  ...[16, 32, 48, 128].map((s) => ({ name: `icon-${s}`, size: s, svg: colourIcon(s) })),
  ...[16, 32].flatMap((s) => [
    { name: `toolbar-light-${s}`, size: s, svg: glyph(s, '#fbfbfe') },
    { name: `toolbar-dark-${s}`, size: s, svg: glyph(s, '#2b2a33') },
  ]),
];

mkdirSync(OUT, { recursive: true });
writeFileSync(join(OUT, 'icon.svg'), colourIcon(128));
writeFileSync(join(OUT, 'toolbar.svg'), glyph(128, '#2b2a33'));

const userDataDir = mkdtempSync(join(tmpdir(), 'ro-icons-'));
const browser = await puppeteer.launch({
  executablePath: CHROMIUM,
  headless: true,
  pipe: true,
  userDataDir,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
try {
  const page = await browser.newPage();
  for (const job of jobs) {
    await page.setViewport({ width: job.size, height: job.size, deviceScaleFactor: 1 });
    await page.setContent(`<!doctype html><style>html,body{margin:0;background:transparent}svg{display:block}</style>${job.svg}`);
    const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: job.size, height: job.size } });
    writeFileSync(join(OUT, `${job.name}.png`), png);
    console.log(`icons/${job.name}.png`);
  }
} finally {
  await browser.close();
  rmSync(userDataDir, { recursive: true, force: true });
}
