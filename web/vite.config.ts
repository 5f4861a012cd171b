import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const webRoot = fileURLToPath(new URL('.', import.meta.url));
const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const apiTarget = process.env.SETARA_API_URL ?? 'http://localhost:3000';

export default defineConfig({
  root: webRoot,
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // antd alone is larger than Vite's default warning threshold; the bundle is split below.
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'antd', test: /node_modules[\\/](antd|@ant-design|@rc-component|rc-[\w-]+)[\\/]/ },
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/ },
          ],
        },
      },
    },
  },
  server: {
    // The shared pure modules in ../domain are imported by the web code.
    fs: { allow: [repoRoot] },
    proxy: {
      // The certificate verification page is rendered by the server (server/modules/training/public.ts).
      '/sertifikat': { target: apiTarget, changeOrigin: true },
      // The public sign-in page (/hadir/:token) is rendered by the server, not the web app.
      '/hadir': { target: apiTarget, changeOrigin: true },
      '/api': {
        target: apiTarget,
        changeOrigin: true,
        // The API refuses writes whose Origin is not its own (CSRF guard); in development the
        // browser's origin is the Vite server, so present the API's origin instead.
        configure: (proxy) => {
          proxy.on('proxyReq', (proxyReq) => {
            if (proxyReq.getHeader('origin')) proxyReq.setHeader('origin', apiTarget);
          });
        },
      },
    },
  },
});
