import { resolve } from 'node:path'
import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'electron-vite'

export default defineConfig({
  main: {
    build: {
      // worker: the core's heavy jobs run on a worker thread from this file (electron/core/worker/run.ts).
      rollupOptions: { input: { index: resolve(__dirname, 'electron/main/index.ts'), worker: resolve(__dirname, 'electron/core/worker/entry.ts') }, external: ['better-sqlite3'] },
    },
  },
  preload: {
    build: {
      rollupOptions: { input: { index: resolve(__dirname, 'electron/preload/index.ts') } },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src'),
    plugins: [vue()],
    build: {
      rollupOptions: { input: { index: resolve(__dirname, 'src/index.html') } },
    },
  },
})
