import { BufferAttribute, BufferGeometry } from "three";

/** A slot's place and turn on the ground (local +z is its front, turned as headings are). */
export interface Placed {
  x: number;
  z: number;
  rotation: number;
}

/** An upright rectangle in a booth's own frame, facing its front (+z): centre and size in metres. */
export interface LocalRect {
  x: number;
  y: number;
  z: number;
  width: number;
  height: number;
}

/** Where one cell of an atlas texture lies, in texture coordinates (v up). */
export interface AtlasCell {
  u0: number;
  v0: number;
  u1: number;
  v1: number;
}

/** Cells of `cols` × `rows` in a texture, numbered row by row from the top left. */
export function gridCell(index: number, cols: number, rows: number): AtlasCell {
  const col = index % cols;
  const row = Math.floor(index / cols);
  return { u0: col / cols, u1: (col + 1) / cols, v1: 1 - row / rows, v0: 1 - (row + 1) / rows };
}

/** The four corners of `rect` on booth `p`, in world metres: bottom left, bottom right, top right, top left. */
export function quadCorners(p: Placed, rect: LocalRect): Array<[number, number, number]> {
  const c = Math.cos(p.rotation);
  const s = Math.sin(p.rotation);
  const hw = rect.width / 2;
  const hh = rect.height / 2;
  // A turn by θ about y takes local (lx, lz) to (lx cos θ + lz sin θ, −lx sin θ + lz cos θ).
  const at = (lx: number, ly: number): [number, number, number] => [p.x + lx * c + rect.z * s, ly, p.z - lx * s + rect.z * c];
  return [at(rect.x - hw, rect.y - hh), at(rect.x + hw, rect.y - hh), at(rect.x + hw, rect.y + hh), at(rect.x - hw, rect.y + hh)];
}

/**
 * One geometry holding a quad per booth, each showing its own atlas cell: every sign (or logo) of
 * a park in a single draw call. Face 2i and 2i+1 belong to `placed[i]`.
 */
export function boothQuads(placed: readonly Placed[], rect: LocalRect, cells: readonly AtlasCell[]): BufferGeometry {
  const positions = new Float32Array(placed.length * 12);
  const uvs = new Float32Array(placed.length * 8);
  const index = new Uint32Array(placed.length * 6);
  placed.forEach((p, i) => {
    quadCorners(p, rect).forEach((corner, k) => positions.set(corner, i * 12 + k * 3));
    const cell = cells[i]!;
    uvs.set([cell.u0, cell.v0, cell.u1, cell.v0, cell.u1, cell.v1, cell.u0, cell.v1], i * 8);
    index.set([0, 1, 2, 0, 2, 3].map((v) => v + i * 4), i * 6);
  });
  const g = new BufferGeometry();
  g.setAttribute("position", new BufferAttribute(positions, 3));
  g.setAttribute("uv", new BufferAttribute(uvs, 2));
  g.setIndex(new BufferAttribute(index, 1));
  g.computeBoundingSphere();
  return g;
}
