// The security gate's second thread (bundled next to index.mjs as worker.mjs): normalizes part
// of a big SARIF run while the main thread does the rest (src/gate/ingest/normalize-worker.ts).
import { runNormalizeWorker } from '../../gate/ingest/normalize-worker.js';

await runNormalizeWorker();
