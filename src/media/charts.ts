/** Node's chart pictures: the SVG of charts.ts through resvg, both remembered by their data. */
import { progressChartSvg, type ProgressChartData } from "../core/charts/charts.js";
import { createPngRenderer } from "./png.js";

export type ChartPng = (data: ProgressChartData) => Uint8Array;

const SVG_CACHE_MAX = 256;

export function createChartPng(): ChartPng {
  const toPng = createPngRenderer();
  const svgs = new Map<string, string>();
  return (data) => {
    const key = JSON.stringify(data);
    let svg = svgs.get(key);
    if (!svg) {
      svg = progressChartSvg(data);
      if (svgs.size >= SVG_CACHE_MAX) svgs.delete(svgs.keys().next().value!);
      svgs.set(key, svg);
    }
    return toPng(svg);
  };
}
