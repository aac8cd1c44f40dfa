/**
 * Contour lines by marching squares. Each grid cell whose corners straddle the level gets one
 * segment (two at a saddle, split by the cell's centre value); segments meet on grid edges,
 * so they are joined into polylines by the id of the edge they share, which is exact.
 *
 * Grid layout as the engine sends it: index row·resolution + column, column along x, row
 * along y. Points come back in grid units: x = column, y = row (fractions between nodes).
 */

export interface ContourLine {
  readonly level: number;
  /** x0, y0, x1, y1, … in grid units. A closed line does not repeat its first point. */
  readonly points: Float64Array;
  readonly closed: boolean;
}

// Cell sides, counter-clockwise from the bottom (row r) side.
const BOTTOM = 0;
const RIGHT = 1;
const TOP = 2;
const LEFT = 3;

/** Edge ids: 2·node for the edge going +x from that node, 2·node + 1 for the one going +y. */
function sideEdge(resolution: number, row: number, column: number, side: number): number {
  switch (side) {
    case BOTTOM:
      return 2 * (row * resolution + column);
    case RIGHT:
      return 2 * (row * resolution + column + 1) + 1;
    case TOP:
      return 2 * ((row + 1) * resolution + column);
    default:
      return 2 * (row * resolution + column) + 1;
  }
}

/** Every contour line of `grid` at `level`. Cells with a non-finite corner are skipped. */
export function contourLines(grid: Float64Array, resolution: number, level: number): ContourLine[] {
  const links = linkEdges(grid, resolution, level);
  return chainEdges(links, (edge) => edgePoint(grid, resolution, level, edge)).map((line) => ({
    level,
    ...line,
  }));
}

/** For each edge, the (up to two) edges it is joined to by a segment; -1 when none. */
interface EdgeLinks {
  readonly first: Int32Array;
  readonly second: Int32Array;
  readonly used: number[];
}

function linkEdges(grid: Float64Array, resolution: number, level: number): EdgeLinks {
  const size = 2 * resolution * resolution;
  const links: EdgeLinks = {
    first: new Int32Array(size).fill(-1),
    second: new Int32Array(size).fill(-1),
    used: [],
  };
  const join = (a: number, b: number) => {
    for (const [from, to] of [
      [a, b],
      [b, a],
    ] as const) {
      if (links.first[from] === -1) {
        links.first[from] = to;
        links.used.push(from);
      } else links.second[from] = to;
    }
  };
  for (let row = 0; row + 1 < resolution; row++) {
    for (let column = 0; column + 1 < resolution; column++) {
      const i = row * resolution + column;
      const corners = [
        grid[i] as number,
        grid[i + 1] as number,
        grid[i + resolution + 1] as number,
        grid[i + resolution] as number,
      ];
      if (!corners.every(Number.isFinite)) continue;
      const inside = corners.map((v) => v >= level);
      // Side s runs from corner s to corner s + 1 (bottom-left, bottom-right, top-right, top-left).
      const crossed = [BOTTOM, RIGHT, TOP, LEFT].filter((s) => inside[s] !== inside[(s + 1) % 4]);
      const edge = (side: number) => sideEdge(resolution, row, column, side);
      if (crossed.length === 2) {
        join(edge(crossed[0] as number), edge(crossed[1] as number));
      } else if (crossed.length === 4) {
        const centreInside = corners.reduce((sum, v) => sum + v, 0) / 4 >= level;
        // Cut off the two corners that the centre does not connect.
        if (inside[0] === centreInside) {
          join(edge(BOTTOM), edge(RIGHT));
          join(edge(TOP), edge(LEFT));
        } else {
          join(edge(LEFT), edge(BOTTOM));
          join(edge(RIGHT), edge(TOP));
        }
      }
    }
  }
  return links;
}

/** Where the level crosses an edge, by linear interpolation between its two nodes. */
function edgePoint(
  grid: Float64Array,
  resolution: number,
  level: number,
  edge: number,
): [number, number] {
  const node = edge >> 1;
  const row = Math.floor(node / resolution);
  const column = node - row * resolution;
  const alongY = (edge & 1) === 1;
  const a = grid[node] as number;
  const b = grid[node + (alongY ? resolution : 1)] as number;
  const t = a === b ? 0.5 : (level - a) / (b - a);
  return alongY ? [column, row + t] : [column + t, row];
}

/** Walks the linked edges into polylines: open ones from their loose ends first, then loops. */
function chainEdges(
  links: EdgeLinks,
  point: (edge: number) => [number, number],
): { points: Float64Array; closed: boolean }[] {
  const visited = new Set<number>();
  const lines: { points: Float64Array; closed: boolean }[] = [];
  const walk = (start: number) => {
    const coords: number[] = [];
    let previous = -1;
    let current = start;
    while (current !== -1 && !visited.has(current)) {
      visited.add(current);
      coords.push(...point(current));
      const a = links.first[current] as number;
      const b = links.second[current] as number;
      const next = a !== previous ? a : b;
      previous = current;
      current = next;
    }
    // A loop ends back at its start, which is already visited.
    const closed = current === start && coords.length >= 6;
    lines.push({ points: Float64Array.from(coords), closed });
  };
  for (const edge of links.used) {
    if (!visited.has(edge) && links.second[edge] === -1) walk(edge);
  }
  for (const edge of links.used) if (!visited.has(edge)) walk(edge);
  return lines;
}
