/**
 * Owns one landscape canvas outside React: its size and pixel ratio, the cached heatmap
 * image, each ball's displayed position, and the animation frames. React hands it a new
 * scene when props change; balls then glide (or replay) at the display's frame rate without
 * re-rendering anything. What does not move (heatmap, contours, axes, marks) is drawn once
 * into a backdrop image, so a frame of a six-ball race only copies it and draws the paths.
 */
import type { ContourLine } from './contours';
import {
  type AxisStyle,
  drawAxes,
  drawBall,
  drawContours,
  drawCrosshair,
  drawHeatmap,
  drawMark,
  drawPath,
  heatmapImage,
} from './draw';
import { plotLayout, type PlotLayout, type Ranges } from './layout';
import type { MarkerShape } from './markers';
import { glide, lastIndex, pointAlong, replayIndex } from './motion';
import type { ValueScale } from './scale';

export interface ScenePath {
  readonly id: string;
  readonly color: string;
  readonly marker: MarkerShape;
  readonly points: Float64Array;
  /** Where the ball should be (a point index), or null for no ball (the whole path is drawn). */
  readonly ballAt: number | null;
}

export interface Scene {
  readonly grid: Float64Array;
  readonly resolution: number;
  readonly ranges: Ranges;
  readonly scale: ValueScale;
  readonly contours: readonly ContourLine[];
  readonly paths: readonly ScenePath[];
  readonly marks: readonly (readonly [number, number])[];
  readonly cursor: readonly [number, number] | null;
  readonly axisLabels: readonly [string, string];
  readonly reducedMotion: boolean;
  /** A new key restarts every ball from its path's start, reaching its target in `durationMs`. */
  readonly replay: { readonly key: string | number; readonly durationMs: number } | null;
}

export class LandscapePainter {
  private readonly canvas: HTMLCanvasElement;
  private readonly context: CanvasRenderingContext2D | null;
  private scene: Scene | null = null;
  private width = 0;
  private height = 0;
  private ratio = 1;
  /** The axis text's size as a multiple of the learner's 12 px. */
  private textScale = 1;
  private heatmap: { grid: Float64Array; scale: ValueScale; image: HTMLCanvasElement } | null =
    null;
  private backdrop: { key: readonly unknown[]; image: HTMLCanvasElement } | null = null;
  private readonly shown = new Map<string, number>();
  private replayKey: string | number | null = null;
  private replayStart = 0;
  private frame = 0;
  private lastTime: number | null = null;

  constructor(canvas: HTMLCanvasElement) {
    this.canvas = canvas;
    // jsdom (and a browser out of canvas memory) has no 2-D context: keep the text parts working.
    this.context = contextOf(canvas);
  }

  setScene(scene: Scene): void {
    const replay = scene.replay;
    if (replay !== null && replay.key !== this.replayKey) {
      this.replayKey = replay.key;
      this.replayStart = now();
      this.shown.clear();
    }
    this.scene = scene;
    this.request();
  }

  resize(width: number, height: number, ratio: number, textScale = 1): void {
    if (
      width === this.width &&
      height === this.height &&
      ratio === this.ratio &&
      textScale === this.textScale
    )
      return;
    this.width = width;
    this.height = height;
    this.ratio = ratio;
    this.textScale = textScale;
    this.canvas.width = Math.max(1, Math.round(width * ratio));
    this.canvas.height = Math.max(1, Math.round(height * ratio));
    this.request();
  }

  layout(): PlotLayout | null {
    return this.scene === null || this.width === 0
      ? null
      : plotLayout(this.width, this.height, this.scene.ranges, this.textScale);
  }

  dispose(): void {
    if (this.frame !== 0) cancelAnimationFrame(this.frame);
    this.frame = 0;
  }

  private request(): void {
    if (this.frame !== 0 || typeof requestAnimationFrame !== 'function') return;
    this.frame = requestAnimationFrame((time) => {
      this.frame = 0;
      this.draw(time);
    });
  }

  private draw(time: number): void {
    const scene = this.scene;
    if (scene === null) return;
    const elapsed = this.lastTime === null ? 16 : Math.min(100, time - this.lastTime);
    const moving = this.advance(scene, elapsed);
    this.lastTime = moving ? time : null;
    this.exposeBalls(scene);
    this.render(scene);
    if (moving) this.request();
  }

  /** Moves each ball for this frame; returns whether any is still on its way. */
  private advance(scene: Scene, elapsed: number): boolean {
    let moving = false;
    const sinceReplay = now() - this.replayStart;
    for (const path of scene.paths) {
      if (path.ballAt === null) continue;
      const target = Math.min(path.ballAt, lastIndex(path.points));
      const previous = this.shown.get(path.id);
      let next: number;
      if (scene.reducedMotion) next = target;
      else if (scene.replay !== null && sinceReplay < scene.replay.durationMs) {
        next = replayIndex(target, sinceReplay, scene.replay.durationMs);
      } else if (previous === undefined) next = scene.replay !== null ? 0 : target;
      else next = glide(previous, target, elapsed);
      this.shown.set(path.id, next);
      if (next !== target) moving = true;
    }
    return moving;
  }

  /** The balls' drawn positions as data attributes, for tests and for anyone inspecting. */
  private exposeBalls(scene: Scene): void {
    const positions = scene.paths.flatMap((path) => {
      const at =
        path.ballAt === null ? null : pointAlong(path.points, this.shown.get(path.id) ?? 0);
      return at === null ? [] : [`${path.id}:${at[0].toFixed(4)},${at[1].toFixed(4)}`];
    });
    const first = positions[0];
    this.canvas.dataset.ball = first === undefined ? '' : first.slice(first.indexOf(':') + 1);
    this.canvas.dataset.balls = positions.join(' ');
  }

  private render(scene: Scene): void {
    const context = this.context;
    const layout = this.layout();
    if (context === null || layout === null) return;
    const style = getComputedStyle(this.canvas);
    const ink = { ink: style.color, font: `${12 * this.textScale}px ${style.fontFamily}` };
    const backdrop = this.backdropFor(scene, layout, ink);
    context.setTransform(1, 0, 0, 1, 0, 0);
    context.clearRect(0, 0, this.canvas.width, this.canvas.height);
    if (backdrop !== null) context.drawImage(backdrop, 0, 0);
    context.setTransform(this.ratio, 0, 0, this.ratio, 0, 0);
    if (backdrop === null) this.drawStill(context, scene, layout, ink);
    // Earlier paths are drawn wider and their balls larger, so paths that run together and
    // balls that end in the same spot still show as nested lines and rings.
    const extra = (k: number) => scene.paths.length - 1 - k;
    scene.paths.forEach((path, k) => {
      const until = path.ballAt === null ? lastIndex(path.points) : (this.shown.get(path.id) ?? 0);
      const color = resolveColor(style, path.color);
      drawPath(context, layout, path.points, until, color, 2 + 1.5 * extra(k));
    });
    scene.paths.forEach((path, k) => {
      if (path.ballAt === null) return;
      const at = pointAlong(path.points, this.shown.get(path.id) ?? 0);
      const color = resolveColor(style, path.color);
      if (at !== null) drawBall(context, layout, at, color, path.marker, 9 + 2 * extra(k));
    });
    if (scene.cursor !== null) drawCrosshair(context, layout, scene.cursor);
    this.canvas.dataset.drawn = String(scene.resolution);
  }

  /** The layers that stay put while balls move, drawn at the canvas' pixel size. */
  private backdropFor(scene: Scene, layout: PlotLayout, ink: AxisStyle): HTMLCanvasElement | null {
    const key = [
      scene.grid,
      scene.ranges,
      scene.scale,
      scene.contours,
      scene.marks,
      scene.axisLabels[0],
      scene.axisLabels[1],
      this.canvas.width,
      this.canvas.height,
      this.ratio,
      ink.ink,
      ink.font,
    ];
    const cached = this.backdrop;
    if (cached !== null && key.every((part, i) => Object.is(part, cached.key[i]))) {
      return cached.image;
    }
    const image = document.createElement('canvas');
    image.width = this.canvas.width;
    image.height = this.canvas.height;
    const context = contextOf(image);
    if (context === null) {
      this.backdrop = null;
      return null;
    }
    context.setTransform(this.ratio, 0, 0, this.ratio, 0, 0);
    this.drawStill(context, scene, layout, ink);
    this.backdrop = { key, image };
    return image;
  }

  private drawStill(
    context: CanvasRenderingContext2D,
    scene: Scene,
    layout: PlotLayout,
    ink: AxisStyle,
  ): void {
    const image = this.heatmapFor(scene);
    if (image !== null) drawHeatmap(context, layout, image, scene.resolution);
    drawContours(context, layout, scene.contours, scene.resolution, scene.scale);
    drawAxes(context, layout, scene.axisLabels, ink);
    for (const mark of scene.marks) drawMark(context, layout, mark);
  }

  private heatmapFor(scene: Scene): HTMLCanvasElement | null {
    const cached = this.heatmap;
    if (cached !== null && cached.grid === scene.grid && cached.scale === scene.scale) {
      return cached.image;
    }
    const image = heatmapImage(scene.grid, scene.resolution, scene.scale);
    this.heatmap = image === null ? null : { grid: scene.grid, scale: scene.scale, image };
    return image;
  }
}

function contextOf(canvas: HTMLCanvasElement): CanvasRenderingContext2D | null {
  try {
    return canvas.getContext('2d');
  } catch {
    return null;
  }
}

function now(): number {
  return typeof performance === 'undefined' ? Date.now() : performance.now();
}

/** Canvas cannot read CSS variables: `var(--series-1)` is looked up on the canvas element. */
function resolveColor(style: CSSStyleDeclaration, color: string): string {
  const match = /^var\((--[\w-]+)\)$/.exec(color.trim());
  if (match === null) return color;
  return style.getPropertyValue(match[1] as string).trim() || '#ffffff';
}
