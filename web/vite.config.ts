import { createReadStream, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

// `npm run dev`: Vite on 5173 with hot reload, API calls proxied to the platform on API_URL (default :3000).
const api = process.env.API_URL ?? 'http://127.0.0.1:3000';

/**
 * pdf.js's character maps (cmaps/) and standard fonts (standard_fonts/), which a PDF whose fonts are
 * not embedded needs (a Chinese one in STSong-Light renders blank without them), shipped with the
 * build under /assets/pdfjs-<version>/ (the version in the path, so the year-long cache of /assets
 * never serves another release's files) and served from the package by the dev server. The viewer
 * builds the same address from pdf.js's own `version` (web/src/h5/study/PdfViewer.tsx).
 */
function pdfjsAssets(): Plugin {
  const root = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };
  const base = `assets/pdfjs-${version}`;
  const dirs = ['cmaps', 'standard_fonts'];
  return {
    name: 'hongyun-pdfjs-assets',
    configureServer(server) {
      server.middlewares.use(`/${base}/`, (req, res, next) => {
        const m = /^\/(cmaps|standard_fonts)\/([\w-]+(?:\.[\w-]+)*)$/.exec((req.url ?? '').split('?')[0] ?? '');
        const file = m?.[1] && m[2] ? path.join(root, m[1], m[2]) : null;
        if (!file || !existsSync(file) || !statSync(file).isFile()) return next();
        res.setHeader('content-type', 'application/octet-stream');
        createReadStream(file).pipe(res);
      });
    },
    generateBundle() {
      for (const dir of dirs) {
        for (const name of readdirSync(path.join(root, dir))) {
          this.emitFile({
            type: 'asset',
            fileName: `${base}/${dir}/${name}`,
            source: readFileSync(path.join(root, dir, name)),
          });
        }
      }
    },
  };
}

export default defineConfig({
  plugins: [react(), pdfjsAssets()],
  // Some libraries' peer ranges pull an older React into the root node_modules: one React only.
  resolve: { dedupe: ['react', 'react-dom'] },
  server: {
    host: '127.0.0.1',
    port: 5173,
    proxy: { '/api': { target: api, changeOrigin: false } },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 900,
    rolldownOptions: {
      output: {
        // Libraries change less often than screens: keep them in their own long-cached chunks.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/ },
            { name: 'echarts', test: /node_modules[\\/](echarts|zrender)[\\/]/ },
          ],
        },
      },
    },
  },
});
