import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The server serves the build under /admin/ next to the H5 app, so the console and the API share one
// origin (no CORS, one URL). In `vite` dev mode the API calls go to the server on :3000.
const apiPaths = ['/auth', '/merchant', '/me', '/rooms', '/red-packets', '/goods', '/orders', '/payments', '/healthz', '/uploads', '/live', '/support', '/contents', '/experiments', '/events', '/lotteries', '/ws'];

export default defineConfig({
  base: '/admin/',
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 2000 },
  server: {
    port: 10087,
    proxy: Object.fromEntries(apiPaths.map((p) => [p, { target: 'http://127.0.0.1:3000', ws: p === '/live' || p === '/ws' }])),
  },
});
