/** Web worker: runs noverlap off the main thread (it takes seconds on 10k nodes) on plain arrays of positions and sizes. */
import Graph from 'graphology';
import noverlap from 'graphology-layout-noverlap';

export interface NoverlapRequest {
  /** x0, y0, x1, y1, … */
  xy: Float64Array;
  sizes: Float64Array;
  maxIterations: number;
}

self.onmessage = (event: MessageEvent<NoverlapRequest>) => {
  const { xy, sizes, maxIterations } = event.data;
  const g = new Graph();
  for (let i = 0; i < sizes.length; i++) g.addNode(i, { x: xy[2 * i], y: xy[2 * i + 1], size: sizes[i] });
  noverlap.assign(g, { maxIterations, settings: { ratio: 1.2, margin: 2 } });
  g.forEachNode((key, a) => {
    const i = Number(key);
    xy[2 * i] = a.x as number;
    xy[2 * i + 1] = a.y as number;
  });
  self.postMessage(xy, { transfer: [xy.buffer] });
};
