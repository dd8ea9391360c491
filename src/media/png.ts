/**
 * SVG → PNG on Node with resvg, using the system's fonts that carry Vietnamese (Debian's fonts-dejavu and
 * fonts-noto). Node only: the Worker never imports this file (its bundle is checked); entries inject it.
 */
import { existsSync } from "node:fs";
import { Resvg } from "@resvg/resvg-js";

const FONT_FILES = [
  "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
  "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
];
/** Noto Sans where DejaVu is missing. */
const FALLBACK_FILES = ["/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf", "/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf"];

/** Same SVG, same PNG: a digest run over many committees draws each distinct picture once. */
const CACHE_MAX = 256;

export function createPngRenderer(options: { fontFiles?: string[] } = {}) {
  const present = (files: string[]) => files.filter((f) => existsSync(f));
  const fontFiles = options.fontFiles ? present(options.fontFiles) : present(FONT_FILES).length ? present(FONT_FILES) : present(FALLBACK_FILES);
  const family = fontFiles.some((f) => /DejaVu/.test(f)) ? "DejaVu Sans" : "Noto Sans";
  const cache = new Map<string, Uint8Array>();
  return function svgToPng(svg: string): Uint8Array {
    const hit = cache.get(svg);
    if (hit) return hit;
    const png = new Resvg(svg, {
      background: "#ffffff",
      // The named files when the machine has them; otherwise whatever fonts the system has.
      font: fontFiles.length ? { fontFiles, loadSystemFonts: false, defaultFontFamily: family, sansSerifFamily: family } : { loadSystemFonts: true },
    }).render().asPng();
    if (cache.size >= CACHE_MAX) cache.delete(cache.keys().next().value!);
    cache.set(svg, png);
    return png;
  };
}

export type SvgToPng = ReturnType<typeof createPngRenderer>;
