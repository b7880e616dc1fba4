import type { BrowserContext } from 'playwright-core';

/**
 * Goods pictures for the browser tests. The API takes only https picture URLs (a `data:` or `javascript:`
 * URL must never reach an `<img>` or a WebView), and the test machine has no network, so the pictures
 * live on a made-up https host that each browser context answers itself with a flat-coloured SVG.
 */
const HOST = 'https://pictures.e2e.livemall.test';

export function svgPicture(fill: string, width = 300, height = 300): string {
  return `${HOST}/${width}x${height}/${encodeURIComponent(fill.replace(/^#/, ''))}.svg`;
}

export async function servePictures(context: BrowserContext): Promise<void> {
  await context.route(`${HOST}/**`, (route) => {
    const match = /\/(\d+)x(\d+)\/([0-9a-zA-Z]+)\.svg/.exec(new URL(route.request().url()).pathname);
    const [width, height, fill] = match ? [match[1], match[2], `#${match[3]}`] : ['300', '300', '#cccccc'];
    const svg = `<svg xmlns='http://www.w3.org/2000/svg' width='${width}' height='${height}'><rect width='100%' height='100%' fill='${fill}'/></svg>`;
    return route.fulfill({ status: 200, contentType: 'image/svg+xml', body: svg, headers: { 'cache-control': 'max-age=3600' } });
  });
}
