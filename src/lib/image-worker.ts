/**
 * The worker thread that draws a production build's images (started by src/lib/images.ts). Node runs this file and
 * src/lib/image-draw.ts as they are, stripping their types: they import packages and each other only.
 */
import { parentPort } from 'node:worker_threads';
import { draw, type DrawJob } from './image-draw.ts';

parentPort!.on('message', ({ id, job }: { id: number; job: DrawJob }) => {
  draw(job).then(
    (png) => parentPort!.postMessage({ id, png }),
    (e: unknown) => parentPort!.postMessage({ id, error: e instanceof Error ? (e.stack ?? e.message) : String(e) }),
  );
});
