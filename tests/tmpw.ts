import { parentPort } from 'node:worker_threads'
void (async () => {
  const m = await import('../electron/core/reports/chart-images')
  parentPort?.postMessage(Object.keys(m).join(','))
})()
