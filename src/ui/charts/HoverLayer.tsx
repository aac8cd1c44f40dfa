/**
 * A transparent layer over the plot area that turns the pointer's position into an epoch (the chart snaps it to the nearest one), so
 * hovering gives the same read-out as the keyboard. It lives inside the recharts chart to use
 * the chart's own x scale.
 */
import type { MouseEvent } from 'react';
import { usePlotArea, useXAxisInverseScale } from 'recharts';

export function HoverLayer(props: { onPick(epoch: number | null): void }) {
  const plot = usePlotArea();
  const invert = useXAxisInverseScale();
  if (plot === undefined || invert === undefined) return null;

  function onMove(event: MouseEvent<SVGRectElement>) {
    if (plot === undefined || invert === undefined) return;
    const box = event.currentTarget.getBoundingClientRect();
    const scale = box.width > 0 ? plot.width / box.width : 1;
    const value = Number(invert(plot.x + (event.clientX - box.left) * scale));
    if (Number.isFinite(value)) props.onPick(value);
  }

  return (
    <rect
      x={plot.x}
      y={plot.y}
      width={Math.max(0, plot.width)}
      height={Math.max(0, plot.height)}
      fill="transparent"
      onMouseMove={onMove}
      onMouseLeave={() => props.onPick(null)}
    />
  );
}
