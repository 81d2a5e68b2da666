// Draws the demo companies' logos and catalogue pictures (assets/demo/images) as SVG and renders
// them in headless Chromium: `node scripts/renderDemoImages.ts`. Nothing is fetched from the
// network; the Chinese font comes from node_modules (@fontsource/noto-sans-sc).
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { DEMO_IMAGES_DIR, readDemoFile } from "../server/services/demoDataFile.ts";
import { seededRandom as random } from "../server/services/demoDataRandom.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const FONT_DIR = path.join(ROOT, "node_modules/@fontsource/noto-sans-sc");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const W = 640;
const H = 400;

// ---- colour ------------------------------------------------------------------------------------

const rgb = (hex: string): [number, number, number] => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
const hex = (c: readonly number[]): string => "#" + c.map((v) => Math.round(Math.max(0, Math.min(255, v))).toString(16).padStart(2, "0")).join("");
const mix = (a: string, b: string, t: number): string => {
  const [x, y] = [rgb(a), rgb(b)];
  return hex(x.map((v, i) => v + (y[i]! - v) * t));
};
const tint = (c: string, t: number): string => mix(c, "#ffffff", t);
const shade = (c: string, t: number): string => mix(c, "#101418", t);

const f = (n: number): string => (Math.round(n * 10) / 10).toString();
const pts = (p: readonly (readonly [number, number])[]): string => p.map(([x, y]) => `${f(x)},${f(y)}`).join(" ");

// ---- shared pieces -----------------------------------------------------------------------------

let uid = 0;
/** A gradient id unique within the picture, with its definition. */
function linear(stops: readonly string[], x1 = 0, y1 = 0, x2 = 0, y2 = 1): { id: string; def: string } {
  const id = `g${uid++}`;
  const s = stops.map((c, i) => `<stop offset="${i / Math.max(1, stops.length - 1)}" stop-color="${c}"/>`).join("");
  return { id, def: `<linearGradient id="${id}" x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}">${s}</linearGradient>` };
}
function radial(stops: readonly string[], opacities?: readonly number[]): { id: string; def: string } {
  const id = `g${uid++}`;
  const s = stops.map((c, i) => `<stop offset="${i / Math.max(1, stops.length - 1)}" stop-color="${c}" stop-opacity="${opacities?.[i] ?? 1}"/>`).join("");
  return { id, def: `<radialGradient id="${id}">${s}</radialGradient>` };
}

/** A soft contact shadow on the floor. */
function shadow(cx: number, cy: number, rx: number, ry: number, strength = 0.22): string {
  const g = radial(["#1b2330", "#1b2330"], [strength, 0]);
  return `<defs>${g.def}</defs><ellipse cx="${f(cx)}" cy="${f(cy)}" rx="${f(rx)}" ry="${f(ry)}" fill="url(#${g.id})"/>`;
}

/** Brushed steel, lit from the top left. */
const steel = (dir: "v" | "h" = "v") =>
  dir === "v" ? linear(["#eef1f4", "#c3cad2", "#8e98a3", "#b9c1ca", "#6f7985"]) : linear(["#eef1f4", "#c3cad2", "#8e98a3", "#b9c1ca", "#6f7985"], 0, 0, 1, 0);

/** The studio backdrop of a product picture: a soft wash of the company colour and a floor line. */
function studio(colour: string, brand: string, body: string, defs = ""): string {
  const bg = linear([tint(colour, 0.93), tint(colour, 0.84)], 0, 0, 0.4, 1);
  const floor = linear([tint(colour, 0.8), tint(colour, 0.9)]);
  const glow = radial(["#ffffff", "#ffffff"], [0.75, 0]);
  return `<defs>${bg.def}${floor.def}${glow.def}${defs}</defs>
    <rect width="${W}" height="${H}" fill="url(#${bg.id})"/>
    <rect y="300" width="${W}" height="100" fill="url(#${floor.id})"/>
    <ellipse cx="320" cy="190" rx="300" ry="170" fill="url(#${glow.id})"/>
    ${body}
    ${brandTag(colour, brand)}`;
}

function brandTag(colour: string, brand: string): string {
  return `<g font-family="'Noto Sans SC', sans-serif">
    <rect x="20" y="18" width="${f(40 + brand.length * 14.5)}" height="28" rx="14" fill="#ffffff" fill-opacity="0.82"/>
    <circle cx="35" cy="32" r="6" fill="${colour}"/>
    <text x="48" y="37.5" font-size="14" font-weight="500" fill="#3a4452">${brand}</text></g>`;
}

// ---- isometric boxes, for racks, containers, cabinets and scenes ----------------------------------

const COS30 = Math.cos(Math.PI / 6);
interface Iso { x: number; y: number; s: number }
const isoPt = (o: Iso, x: number, y: number, z: number): [number, number] => [o.x + (x - z) * COS30 * o.s, o.y + ((x + z) * 0.5 - y) * o.s];

/** A box from (x,y,z) with size (w,h,d): its top and the two faces that look at the viewer. */
function box(o: Iso, x: number, y: number, z: number, w: number, h: number, d: number, colour: string, opts: { top?: string; left?: string; right?: string; stroke?: string } = {}): string {
  const p = (a: number, b: number, c: number) => isoPt(o, a, b, c);
  const top = [p(x, y + h, z), p(x + w, y + h, z), p(x + w, y + h, z + d), p(x, y + h, z + d)] as const;
  const left = [p(x, y, z + d), p(x + w, y, z + d), p(x + w, y + h, z + d), p(x, y + h, z + d)] as const;
  const right = [p(x + w, y, z), p(x + w, y, z + d), p(x + w, y + h, z + d), p(x + w, y + h, z)] as const;
  const stroke = opts.stroke ? ` stroke="${opts.stroke}" stroke-width="0.8" stroke-linejoin="round"` : "";
  return `<polygon points="${pts(left)}" fill="${opts.left ?? colour}"${stroke}/>` +
    `<polygon points="${pts(right)}" fill="${opts.right ?? shade(colour, 0.22)}"${stroke}/>` +
    `<polygon points="${pts(top)}" fill="${opts.top ?? tint(colour, 0.28)}"${stroke}/>`;
}

/** A transform that draws 2D content (u right, v down, in box units) onto the face of a box that
 * looks at the viewer on the left (the face at z+d, running along x). */
const leftFace = (o: Iso, x: number, yTop: number, z: number): string => {
  const [e, fy] = isoPt(o, x, yTop, z);
  return `matrix(${(COS30 * o.s).toFixed(4)} ${0.5 * o.s} 0 ${o.s} ${f(e)} ${f(fy)})`;
};
/** The same for the face at x+w, running along z towards the viewer on the right. */
const rightFace = (o: Iso, x: number, yTop: number, z: number): string => {
  const [e, fy] = isoPt(o, x, yTop, z);
  return `matrix(${(COS30 * o.s).toFixed(4)} ${-0.5 * o.s} 0 ${o.s} ${f(e)} ${f(fy)})`;
};

// ---- drawn objects, reused by several pictures ---------------------------------------------------

function gearPath(cx: number, cy: number, teeth: number, outer: number, root: number, rotate = 0): string {
  const out: string[] = [];
  const step = (Math.PI * 2) / teeth;
  for (let i = 0; i < teeth; i++) {
    const a = i * step + rotate;
    const corners: [number, number][] = [[a - step * 0.25, root], [a - step * 0.13, outer], [a + step * 0.13, outer], [a + step * 0.25, root]];
    for (const [ang, r] of corners) out.push(`${f(cx + Math.cos(ang) * r)},${f(cy + Math.sin(ang) * r)}`);
  }
  return `M${out.join("L")}Z`;
}

function gear(cx: number, cy: number, teeth: number, outer: number, colourBand: string, rotate = 0): string {
  const root = outer - Math.max(8, outer * 0.09);
  const body = radial(["#f4f6f8", "#c9d0d7", "#97a1ac"]);
  const face = linear(["#e9edf1", "#aab3bd"], 0, 0, 1, 1);
  const holes = [0, 1, 2, 3, 4].map((i) => {
    const a = (i / 5) * Math.PI * 2 + rotate;
    const r = outer * 0.52;
    return `<circle cx="${f(cx + Math.cos(a) * r)}" cy="${f(cy + Math.sin(a) * r)}" r="${f(outer * 0.14)}" fill="${shade("#8c96a1", 0.1)}"/>`;
  }).join("");
  return `<defs>${body.def}${face.def}</defs>
    <path d="${gearPath(cx + 4, cy + 6, teeth, outer, root, rotate)}" fill="#5d6773"/>
    <path d="${gearPath(cx, cy, teeth, outer, root, rotate)}" fill="url(#${face.id})" stroke="#7c8692" stroke-width="1"/>
    <circle cx="${cx}" cy="${cy}" r="${f(root * 0.86)}" fill="url(#${body.id})"/>
    <circle cx="${cx}" cy="${cy}" r="${f(root * 0.86)}" fill="none" stroke="#8a949f" stroke-width="1.5"/>
    ${holes}
    <circle cx="${cx}" cy="${cy}" r="${f(outer * 0.3)}" fill="#dfe4e9" stroke="${colourBand}" stroke-width="${f(outer * 0.06)}"/>
    <circle cx="${cx}" cy="${cy}" r="${f(outer * 0.13)}" fill="#4f5864"/>
    <rect x="${f(cx - outer * 0.04)}" y="${f(cy - outer * 0.17)}" width="${f(outer * 0.08)}" height="${f(outer * 0.06)}" fill="#4f5864"/>`;
}

interface Pose { shoulder: number; elbow: number; wrist: number }

/** A six-axis robot arm in profile, standing at (x, y) (the foot of its base); angles in degrees. */
function robotArm(x: number, y: number, s: number, colour: string, pose: Pose = { shoulder: -28, elbow: 100, wrist: 40 }): string {
  const arm = linear([tint(colour, 0.2), colour, shade(colour, 0.15)], 0, 0, 1, 1);
  const joint = radial(["#7b8591", "#4a525c"]);
  const t = (n: number) => f(n * s);
  return `<defs>${arm.def}${joint.def}</defs><g transform="translate(${f(x)} ${f(y)})">
    <rect x="${t(-52)}" y="${t(-22)}" width="${t(104)}" height="${t(22)}" rx="${t(4)}" fill="#4a525c"/>
    <rect x="${t(-40)}" y="${t(-58)}" width="${t(80)}" height="${t(40)}" rx="${t(10)}" fill="url(#${arm.id})"/>
    <g transform="translate(0 ${t(-70)}) rotate(${pose.shoulder})">
      <rect x="${t(-20)}" y="${t(-170)}" width="${t(40)}" height="${t(180)}" rx="${t(20)}" fill="url(#${arm.id})"/>
      <circle cx="0" cy="0" r="${t(26)}" fill="url(#${joint.id})"/><circle cx="0" cy="0" r="${t(10)}" fill="${tint(colour, 0.5)}"/>
      <g transform="translate(0 ${t(-160)}) rotate(${pose.elbow})">
        <rect x="${t(-16)}" y="${t(-150)}" width="${t(32)}" height="${t(160)}" rx="${t(16)}" fill="url(#${arm.id})"/>
        <circle cx="0" cy="0" r="${t(22)}" fill="url(#${joint.id})"/><circle cx="0" cy="0" r="${t(8)}" fill="${tint(colour, 0.5)}"/>
        <g transform="translate(0 ${t(-150)}) rotate(${pose.wrist})">
          <circle cx="0" cy="0" r="${t(16)}" fill="url(#${joint.id})"/>
          <rect x="${t(-12)}" y="${t(-44)}" width="${t(24)}" height="${t(40)}" rx="${t(6)}" fill="${shade(colour, 0.1)}"/>
          <rect x="${t(-20)}" y="${t(-56)}" width="${t(40)}" height="${t(12)}" rx="${t(3)}" fill="#5a636e"/>
          <rect x="${t(-20)}" y="${t(-80)}" width="${t(9)}" height="${t(26)}" rx="${t(2)}" fill="#7b8591"/>
          <rect x="${t(11)}" y="${t(-80)}" width="${t(9)}" height="${t(26)}" rx="${t(2)}" fill="#7b8591"/>
        </g>
      </g>
    </g></g>`;
}

/** A carton on a pallet, as iso boxes. */
function palletLoad(o: Iso, x: number, y: number, z: number, w: number, d: number, h: number): string {
  return box(o, x, y, z, w, 1.4, d, "#b88a55", { top: "#d8b07c", left: "#b88a55", right: "#94683a" }) +
    box(o, x + 0.3, y + 1.4, z + 0.3, w - 0.6, h, d - 0.6, "#d9b17a", { top: "#ecd2a8", left: "#d4a86c", right: "#b88a55" });
}

function palletRack(o: Iso, x0: number, z0: number, upright: string, beam: string, bays: number, levels: number): string {
  const bayW = 12;
  const levelH = 9;
  const depth = 9;
  const loads: string[] = [];
  for (let l = 0; l < levels; l++) {
    for (let b = 0; b < bays; b++) {
      const x = x0 + b * bayW;
      const base = l === 0 ? 0 : l * levelH;
      loads.push(palletLoad(o, x + 0.9, base, z0 + 1, 4.8, depth - 2, 4.5 + ((b * 3 + l) % 3) * 0.8));
      loads.push(palletLoad(o, x + 6.3, base, z0 + 1, 4.8, depth - 2, 4.5 + ((b + l * 2) % 3) * 0.8));
    }
  }
  const uprights: string[] = [];
  for (let b = 0; b <= bays; b++) {
    const x = x0 + b * bayW - 0.4;
    uprights.push(box(o, x, 0, z0, 0.8, levels * levelH + 1, 0.8, upright));
    uprights.push(box(o, x, 0, z0 + depth - 0.8, 0.8, levels * levelH + 1, 0.8, upright));
  }
  const beams: string[] = [];
  for (let l = 1; l <= levels; l++) {
    for (let b = 0; b < bays; b++) {
      const x = x0 + b * bayW;
      beams.push(box(o, x, l * levelH - 1.2, z0 + depth - 0.7, bayW, 1.2, 0.5, beam));
    }
  }
  // Back uprights first, then the loads, then the front beams and uprights in front of them.
  return uprights.filter((_, i) => i % 2 === 0).join("") + loads.join("") + uprights.filter((_, i) => i % 2 === 1).join("") + beams.join("");
}

function container(o: Iso, x: number, y: number, z: number, colour: string, long = true): string {
  const w = long ? 24 : 12;
  const h = 5.2;
  const d = 5;
  const ribs = Array.from({ length: Math.round(w / 1.2) }, (_, i) => `<rect x="${f(0.6 + i * 1.2)}" y="0.5" width="0.5" height="${h - 1}" fill="#000" fill-opacity="0.1"/>`).join("");
  const endRibs = Array.from({ length: 4 }, (_, i) => `<rect x="${f(0.6 + i * 1.1)}" y="0.5" width="0.3" height="${h - 1}" fill="#000" fill-opacity="0.12"/>`).join("");
  return box(o, x, y, z, w, h, d, colour) +
    `<g transform="${leftFace(o, x, y + h, z + d)}">${ribs}<rect x="0" y="0" width="${w}" height="0.35" fill="#fff" fill-opacity="0.25"/></g>` +
    `<g transform="${rightFace(o, x + w, y + h, z + d)}">${endRibs}<rect x="0.3" y="0.3" width="${d - 0.6}" height="${h - 0.6}" fill="none" stroke="#000" stroke-opacity="0.18" stroke-width="0.15"/></g>`;
}

// ---- the pictures --------------------------------------------------------------------------------

type Draw = (colour: string, brand: string) => string;

function fabricRoll(x: number, y: number, len: number, r: number, colour: string): string {
  const body = linear([tint(colour, 0.35), colour, shade(colour, 0.25)]);
  const rings = [0.85, 0.7, 0.55, 0.42].map((k) => `<ellipse cx="${f(x + len)}" cy="${f(y)}" rx="${f(r * 0.32 * k)}" ry="${f(r * k)}" fill="none" stroke="${shade(colour, 0.3)}" stroke-opacity="0.35" stroke-width="1.2"/>`).join("");
  return `<defs>${body.def}</defs>
    <rect x="${f(x)}" y="${f(y - r)}" width="${f(len)}" height="${f(2 * r)}" fill="url(#${body.id})"/>
    <ellipse cx="${f(x)}" cy="${f(y)}" rx="${f(r * 0.32)}" ry="${f(r)}" fill="${shade(colour, 0.12)}"/>
    <ellipse cx="${f(x + len)}" cy="${f(y)}" rx="${f(r * 0.32)}" ry="${f(r)}" fill="${tint(colour, 0.12)}"/>
    ${rings}
    <ellipse cx="${f(x + len)}" cy="${f(y)}" rx="${f(r * 0.1)}" ry="${f(r * 0.3)}" fill="#efe6d4" stroke="#b9a57f" stroke-width="2"/>
    <ellipse cx="${f(x + len)}" cy="${f(y)}" rx="${f(r * 0.05)}" ry="${f(r * 0.16)}" fill="#6b5a3d"/>`;
}

const fabric: Draw = (c, brand) => {
  const drape = linear([tint(c, 0.55), tint(c, 0.3)], 0, 0, 1, 0);
  const body = `${shadow(320, 330, 250, 26)}
    ${fabricRoll(120, 268, 300, 56, shade(c, 0.05))}
    ${fabricRoll(190, 268, 300, 56, "#d6c3a1")}
    ${fabricRoll(150, 166, 300, 56, tint(c, 0.35))}
    <defs>${drape.def}</defs>
    <path d="M 130 322 C 200 300, 260 338, 330 318 C 400 298, 450 334, 520 316 L 540 352 C 470 366, 410 342, 340 360 C 270 378, 210 344, 140 362 Z" fill="url(#${drape.id})"/>
    <path d="M 140 362 C 210 344, 270 378, 340 360 C 410 342, 470 366, 540 352" fill="none" stroke="${shade(c, 0.1)}" stroke-opacity="0.35" stroke-width="2"/>`;
  return studio(c, brand, body);
};

const jacket: Draw = (c, brand) => {
  const puff = linear([tint(c, 0.35), c, shade(c, 0.28)]);
  const sleevePuff = linear([tint(c, 0.25), shade(c, 0.05), shade(c, 0.32)]);
  const defs = `${puff.def}${sleevePuff.def}
    <pattern id="baffle" width="${W}" height="30" patternUnits="userSpaceOnUse"><rect width="${W}" height="30" fill="url(#${puff.id})"/></pattern>
    <pattern id="sbaffle" width="${W}" height="26" patternUnits="userSpaceOnUse"><rect width="${W}" height="26" fill="url(#${sleevePuff.id})"/></pattern>`;
  const body = `${shadow(320, 352, 190, 18)}
    <polygon points="222,118 166,156 136,306 174,314 206,204" fill="url(#sbaffle)"/>
    <polygon points="418,118 474,156 504,306 466,314 434,204" fill="url(#sbaffle)"/>
    <polygon points="136,306 174,314 171,330 133,322" fill="${shade(c, 0.45)}"/>
    <polygon points="504,306 466,314 469,330 507,322" fill="${shade(c, 0.45)}"/>
    <path d="M 222 114 Q 262 98 290 100 L 350 100 Q 378 98 418 114 L 438 204 L 432 334 Q 320 348 208 334 L 202 204 Z" fill="url(#baffle)"/>
    <path d="M 208 334 Q 320 348 432 334 L 432 322 Q 320 336 208 322 Z" fill="${shade(c, 0.4)}"/>
    <path d="M 286 84 L 354 84 L 360 110 Q 320 122 280 110 Z" fill="${shade(c, 0.3)}"/>
    <path d="M 286 84 L 354 84 L 352 92 Q 320 98 288 92 Z" fill="${shade(c, 0.45)}"/>
    <line x1="320" y1="104" x2="320" y2="340" stroke="#2a2f36" stroke-width="4"/>
    <line x1="320" y1="104" x2="320" y2="340" stroke="#c8ced6" stroke-width="1.2" stroke-dasharray="2 3"/>
    <rect x="315" y="140" width="10" height="20" rx="3" fill="#c8ced6" stroke="#2a2f36" stroke-width="1.5"/>
    <path d="M 240 250 L 262 292" stroke="${shade(c, 0.5)}" stroke-width="3" stroke-linecap="round"/>
    <path d="M 400 250 L 378 292" stroke="${shade(c, 0.5)}" stroke-width="3" stroke-linecap="round"/>
    <path d="M 222 114 Q 262 98 290 100 L 350 100 Q 378 98 418 114" fill="none" stroke="${shade(c, 0.35)}" stroke-width="2"/>`;
  return studio(c, brand, body, defs);
};

function yarnCone(x: number, base: number, colour: string, seed: string): string {
  const rnd = random(seed);
  const body = linear([shade(colour, 0.2), tint(colour, 0.3), colour, shade(colour, 0.3)], 0, 0, 1, 0);
  const wraps = Array.from({ length: 26 }, (_, i) => {
    const y = base - 8 - i * 6.2;
    const k = (base - y) / 170;
    const half = 55 - 36 * k;
    return `<path d="M ${f(x - half)} ${f(y + 3)} L ${f(x + half)} ${f(y - 3 + rnd() * 2)}" stroke="#fff" stroke-opacity="${f(0.1 + rnd() * 0.12)}" stroke-width="1.4"/>`;
  }).join("");
  return `<defs>${body.def}</defs>
    <polygon points="${pts([[x - 16, base - 190], [x + 16, base - 190], [x + 20, base - 160], [x - 20, base - 160]])}" fill="#e9dcc1"/>
    <ellipse cx="${x}" cy="${base - 190}" rx="16" ry="5" fill="#cdbb96"/><ellipse cx="${x}" cy="${base - 190}" rx="8" ry="2.5" fill="#7d6a48"/>
    <path d="M ${x - 20} ${base - 165} L ${x - 55} ${base - 6} Q ${x} ${base + 12} ${x + 55} ${base - 6} L ${x + 20} ${base - 165} Q ${x} ${base - 158} ${x - 20} ${base - 165} Z" fill="url(#${body.id})"/>
    ${wraps}
    <ellipse cx="${x}" cy="${base - 165}" rx="20" ry="5" fill="${tint(colour, 0.2)}"/>`;
}

const yarn: Draw = (c, brand) => {
  const body = `${shadow(320, 322, 260, 22)}
    ${yarnCone(175, 318, "#d8c49c", "yarn-1")}${yarnCone(272, 322, c, "yarn-2")}${yarnCone(368, 322, tint(c, 0.45), "yarn-3")}${yarnCone(465, 318, "#9aa4ae", "yarn-4")}`;
  return studio(c, brand, body);
};

function loom(x: number, y: number, s: number, c: string): string {
  const t = (n: number) => f(n * s);
  const threads = Array.from({ length: 34 }, (_, i) => {
    const u = -88 + i * (176 / 33);
    return `<line x1="${t(u * 0.9)}" y1="${t(-150)}" x2="${t(u)}" y2="${t(-48)}" stroke="${i % 2 ? tint(c, 0.5) : "#f4efe4"}" stroke-width="${t(1.1)}"/>`;
  }).join("");
  return `<g transform="translate(${f(x)} ${f(y)})">
    <rect x="${t(-110)}" y="${t(-190)}" width="${t(14)}" height="${t(190)}" fill="#5e6b78"/>
    <rect x="${t(96)}" y="${t(-190)}" width="${t(14)}" height="${t(190)}" fill="#4e5a66"/>
    <rect x="${t(-112)}" y="${t(-196)}" width="${t(224)}" height="${t(14)}" rx="${t(3)}" fill="#6e7b88"/>
    <rect x="${t(-96)}" y="${t(-160)}" width="${t(192)}" height="${t(16)}" rx="${t(8)}" fill="#d9ccb0"/>
    ${threads}
    <rect x="${t(-100)}" y="${t(-104)}" width="${t(200)}" height="${t(8)}" fill="#8b97a3"/>
    <rect x="${t(-92)}" y="${t(-50)}" width="${t(184)}" height="${t(22)}" fill="${c}"/>
    <rect x="${t(-96)}" y="${t(-30)}" width="${t(192)}" height="${t(18)}" rx="${t(9)}" fill="${shade(c, 0.25)}"/>
    <rect x="${t(-118)}" y="${t(-12)}" width="${t(236)}" height="${t(12)}" fill="#3e4852"/>
    <rect x="${t(112)}" y="${t(-120)}" width="${t(34)}" height="${t(46)}" rx="${t(4)}" fill="#e7ebef" stroke="#9aa4ae" stroke-width="${t(1.5)}"/>
    <rect x="${t(118)}" y="${t(-114)}" width="${t(22)}" height="${t(14)}" fill="${tint(c, 0.3)}"/>
    <circle cx="${t(123)}" cy="${t(-88)}" r="${t(3)}" fill="#3bb273"/><circle cx="${t(135)}" cy="${t(-88)}" r="${t(3)}" fill="#e4a23b"/>
  </g>`;
}

/** An industrial hall seen from inside: a wall with tall windows, sawtooth roof light and a floor. */
function hall(c: string, wall = "#e9ecef"): string {
  const floor = linear(["#c9ced4", "#aeb5bd"]);
  const light = linear(["#ffffff", "#dfe8f0"]);
  const windows = Array.from({ length: 6 }, (_, i) => `<rect x="${30 + i * 102}" y="40" width="72" height="120" fill="url(#${light.id})" stroke="#b7c0c9" stroke-width="3"/>` +
    `<line x1="${66 + i * 102}" y1="40" x2="${66 + i * 102}" y2="160" stroke="#b7c0c9" stroke-width="2"/>`).join("");
  return `<defs>${floor.def}${light.def}</defs>
    <rect width="${W}" height="${H}" fill="${wall}"/>
    <rect y="0" width="${W}" height="22" fill="${shade(wall, 0.12)}"/>
    ${windows}
    <rect y="196" width="${W}" height="12" fill="${c}" fill-opacity="0.85"/>
    <rect y="208" width="${W}" height="192" fill="url(#${floor.id})"/>
    <polygon points="0,330 640,300 640,306 0,338" fill="#e8c547" fill-opacity="0.8"/>`;
}

const looms: Draw = (c, brand) => {
  const body = `${hall(c)}
    ${loom(150, 268, 0.62, tint(c, 0.25))}${loom(490, 268, 0.62, "#c9b48a")}
    ${shadow(320, 376, 210, 16, 0.25)}${loom(320, 372, 1, c)}`;
  return body + brandTag(c, brand);
};

const swatches: Draw = (c, brand) => {
  const colours = [shade(c, 0.35), c, tint(c, 0.3), tint(c, 0.55), "#c9b48a", "#8f9aa6", "#e6dccb", "#b8503e"];
  const cards = colours.map((col, i) => {
    const angle = -56 + i * 16;
    const pattern = i % 3 === 1
      ? Array.from({ length: 8 }, (_, k) => `<rect x="6" y="${18 + k * 22}" width="76" height="7" fill="#fff" fill-opacity="0.22"/>`).join("")
      : i % 3 === 2
        ? Array.from({ length: 5 }, (_, k) => `<rect x="${10 + k * 16}" y="6" width="5" height="180" fill="#000" fill-opacity="0.1"/>`).join("")
        : "";
    return `<g transform="rotate(${angle} 320 336)">
      <rect x="276" y="96" width="88" height="250" rx="6" fill="#000" fill-opacity="0.1" transform="translate(3 3)"/>
      <rect x="276" y="96" width="88" height="250" rx="6" fill="#fbfaf7" stroke="#e1ddd4"/>
      <svg x="276" y="96" width="88" height="190"><rect x="6" y="6" width="76" height="184" rx="3" fill="${col}"/>${pattern}</svg>
      <rect x="284" y="294" width="50" height="5" rx="2.5" fill="#c5cbd2"/>
      <rect x="284" y="304" width="32" height="4" rx="2" fill="#dde1e6"/>
    </g>`;
  }).join("");
  const body = `${shadow(320, 350, 230, 18)}${cards}
    <circle cx="320" cy="336" r="9" fill="#cfd5db" stroke="#8f99a4" stroke-width="3"/>`;
  return studio(c, brand, body);
};

const brakeDisc: Draw = (c, brand) => {
  const ring = radial(["#d5dbe1", "#c1c8cf", "#9aa3ad", "#b7bec6"]);
  const hat = radial(["#7f8893", "#5d6670"]);
  const cal = linear([tint(c, 0.25), c, shade(c, 0.3)], 0, 0, 1, 1);
  const cx = 290;
  const cy = 196;
  const holes = Array.from({ length: 36 }, (_, i) => {
    const a = (i / 36) * Math.PI * 2;
    const r = 96 + (i % 3) * 18;
    return `<circle cx="${f(cx + Math.cos(a) * r)}" cy="${f(cy + Math.sin(a) * r)}" r="4.2" fill="#4b535c"/>`;
  }).join("");
  const grooves = [100, 118, 136].map((r) => `<circle cx="${cx}" cy="${cy}" r="${r}" fill="none" stroke="#ffffff" stroke-opacity="0.25" stroke-width="1"/>`).join("");
  const bolts = Array.from({ length: 5 }, (_, i) => {
    const a = (i / 5) * Math.PI * 2 - Math.PI / 2;
    return `<circle cx="${f(cx + Math.cos(a) * 40)}" cy="${f(cy + Math.sin(a) * 40)}" r="8" fill="#2f353c"/>`;
  }).join("");
  const body = `<defs>${ring.def}${hat.def}${cal.def}</defs>
    ${shadow(300, 352, 190, 18)}
    <circle cx="${cx + 6}" cy="${cy + 8}" r="152" fill="#59626c"/>
    <circle cx="${cx}" cy="${cy}" r="152" fill="url(#${ring.id})"/>
    <circle cx="${cx}" cy="${cy}" r="152" fill="none" stroke="#6d7681" stroke-width="3"/>
    ${grooves}${holes}
    <circle cx="${cx}" cy="${cy}" r="80" fill="#6e7782"/>
    <circle cx="${cx}" cy="${cy}" r="72" fill="url(#${hat.id})"/>
    ${bolts}
    <circle cx="${cx}" cy="${cy}" r="22" fill="#2a2f35" stroke="#8d96a0" stroke-width="3"/>
    <path d="M 400 68 Q 478 110 480 196 Q 478 282 400 324 L 380 290 Q 436 252 438 196 Q 436 140 380 102 Z" fill="#3a4048" transform="translate(6 8)" opacity="0.5"/>
    <path d="M 400 68 Q 478 110 480 196 Q 478 282 400 324 L 380 290 Q 436 252 438 196 Q 436 140 380 102 Z" fill="url(#${cal.id})"/>
    <path d="M 412 100 Q 458 136 460 196 Q 458 256 412 292" fill="none" stroke="#ffffff" stroke-opacity="0.35" stroke-width="3"/>
    <circle cx="420" cy="118" r="7" fill="#c0c7cf"/><circle cx="420" cy="274" r="7" fill="#c0c7cf"/>`;
  return studio(c, brand, body);
};

const hubBearing: Draw = (c, brand) => {
  const met = radial(["#eef1f4", "#c5ccd3", "#8f99a4"]);
  const cyl = linear(["#9aa3ad", "#e6eaee", "#b4bcc5", "#7a848f"]);
  const cx = 300;
  const cy = 200;
  const lobes = Array.from({ length: 5 }, (_, i) => {
    const a = (i / 5) * Math.PI * 2 - Math.PI / 2;
    return `<circle cx="${f(cx + Math.cos(a) * 92)}" cy="${f(cy + Math.sin(a) * 92)}" r="38" fill="url(#${met.id})" stroke="#7f8994" stroke-width="2"/>`;
  }).join("");
  const studs = Array.from({ length: 5 }, (_, i) => {
    const a = (i / 5) * Math.PI * 2 - Math.PI / 2;
    const x = cx + Math.cos(a) * 98;
    const y = cy + Math.sin(a) * 98;
    return `<circle cx="${f(x)}" cy="${f(y)}" r="15" fill="#4e5660"/><circle cx="${f(x)}" cy="${f(y)}" r="11" fill="#d4b45a"/><circle cx="${f(x - 3)}" cy="${f(y - 3)}" r="4" fill="#f4e3a6"/>`;
  }).join("");
  const body = `<defs>${met.def}${cyl.def}</defs>
    ${shadow(330, 350, 200, 18)}
    <rect x="360" y="150" width="130" height="100" fill="url(#${cyl.id})"/>
    <ellipse cx="490" cy="200" rx="22" ry="50" fill="#8d97a2"/>
    <ellipse cx="490" cy="200" rx="12" ry="28" fill="#4e5660"/>
    <rect x="420" y="150" width="22" height="100" fill="${c}"/>
    <rect x="420" y="150" width="22" height="100" fill="#fff" fill-opacity="0.2"/>
    <rect x="448" y="124" width="34" height="30" rx="4" fill="#2f353c"/>
    <rect x="456" y="106" width="18" height="22" rx="3" fill="#4e5660"/>
    ${lobes}
    <circle cx="${cx}" cy="${cy}" r="104" fill="url(#${met.id})" stroke="#7f8994" stroke-width="2"/>
    ${studs}
    <circle cx="${cx}" cy="${cy}" r="54" fill="#b6bec7" stroke="#6d7782" stroke-width="3"/>
    <circle cx="${cx}" cy="${cy}" r="38" fill="#8b95a0"/>
    <circle cx="${cx}" cy="${cy}" r="22" fill="#3b424a"/>
    <circle cx="${cx}" cy="${cy}" r="22" fill="none" stroke="#cfd5db" stroke-width="2" stroke-dasharray="3 3"/>`;
  return studio(c, brand, body);
};

const controlArm: Draw = (c, brand) => {
  const met = linear(["#e4e8ec", "#b3bbc4", "#8e98a3"], 0, 0, 0.4, 1);
  const body = `<defs>${met.def}</defs>
    ${shadow(320, 340, 230, 20)}
    <path d="M 150 120 L 470 210 L 150 290" fill="none" stroke="#4f5862" stroke-width="52" stroke-linejoin="round" stroke-linecap="round" transform="translate(5 7)" opacity="0.45"/>
    <path d="M 150 120 L 470 210 L 150 290" fill="none" stroke="url(#${met.id})" stroke-width="48" stroke-linejoin="round" stroke-linecap="round"/>
    <path d="M 150 120 L 470 210 L 150 290" fill="none" stroke="#ffffff" stroke-opacity="0.35" stroke-width="6" stroke-linejoin="round" transform="translate(-4 -8)"/>
    <path d="M 200 150 L 380 206 L 200 262 Z" fill="#9ba4ae" stroke="#7f8994" stroke-width="3"/>
    <path d="M 228 170 L 340 206 L 228 242 Z" fill="${tint(c, 0.85)}"/>
    ${[[150, 120], [150, 290]].map(([x, y]) => `<circle cx="${x}" cy="${y}" r="40" fill="#9aa3ad" stroke="#6f7984" stroke-width="3"/><circle cx="${x}" cy="${y}" r="30" fill="#25292e"/><circle cx="${x}" cy="${y}" r="14" fill="#c3cad1" stroke="#6f7984" stroke-width="2"/>`).join("")}
    <circle cx="480" cy="212" r="36" fill="#2a2f35"/>
    <path d="M 456 190 Q 480 160 504 190 Q 520 212 504 234 Q 480 264 456 234 Z" fill="#1d2125"/>
    <rect x="470" y="150" width="20" height="44" rx="4" fill="#b3bbc4"/>
    <rect x="300" y="170" width="46" height="16" rx="3" fill="${c}" transform="rotate(16 323 178)"/>`;
  return studio(c, brand, body);
};

const productionLine: Draw = (c, brand) => {
  const belt = linear(["#454c55", "#2c3238"]);
  const discs = Array.from({ length: 5 }, (_, i) => {
    const x = 70 + i * 128;
    return `<ellipse cx="${x}" cy="300" rx="40" ry="12" fill="#8b95a0"/><ellipse cx="${x}" cy="296" rx="40" ry="12" fill="#c6cdd4"/><ellipse cx="${x}" cy="296" rx="14" ry="4" fill="#5a636d"/>`;
  }).join("");
  const body = `<defs>${belt.def}</defs>${hall(c, "#e4e8ec")}
    ${robotArm(150, 290, 0.62, c, { shoulder: 20, elbow: 128, wrist: 32 })}
    ${robotArm(420, 290, 0.62, c, { shoulder: 20, elbow: 128, wrist: 32 })}
    <rect x="0" y="296" width="${W}" height="34" fill="url(#${belt.id})"/>
    <rect x="0" y="330" width="${W}" height="10" fill="#8d97a2"/>
    ${Array.from({ length: 9 }, (_, i) => `<rect x="${20 + i * 76}" y="340" width="10" height="50" fill="#6b7580"/>`).join("")}
    ${discs}
    <rect x="560" y="150" width="60" height="110" rx="4" fill="#dfe4e9" stroke="#9aa4ae" stroke-width="2"/>
    <rect x="568" y="160" width="44" height="30" fill="${shade(c, 0.3)}"/>
    <rect x="572" y="166" width="20" height="4" fill="#8ff0b0"/>
    <circle cx="578" cy="210" r="5" fill="#3bb273"/><circle cx="594" cy="210" r="5" fill="#e4a23b"/>`;
  return body + brandTag(c, brand);
};

const gears: Draw = (c, brand) => {
  const body = `${shadow(300, 340, 220, 20)}
    ${gear(430, 140, 16, 80, c, 0.1)}
    ${gear(262, 214, 28, 134, c)}`;
  return studio(c, brand, body);
};

const shaft: Draw = (c, brand) => {
  const seg = linear(["#f2f4f6", "#c7ced5", "#8e98a3", "#aab2bb", "#6c7682"]);
  const cy = 210;
  const segments: [number, number, number][] = [[96, 44, 22], [140, 96, 34], [236, 70, 46], [306, 120, 40], [426, 70, 30], [496, 52, 24]];
  const parts = segments.map(([x, w, r]) => `<rect x="${x}" y="${cy - r}" width="${w}" height="${2 * r}" fill="url(#${seg.id})"/>` +
    `<line x1="${x}" y1="${cy - r}" x2="${x}" y2="${cy + r}" stroke="#6f7984" stroke-width="1.5"/>`).join("");
  const thread = Array.from({ length: 14 }, (_, i) => `<line x1="${500 + i * 3.5}" y1="${cy - 24}" x2="${503 + i * 3.5}" y2="${cy + 24}" stroke="#5f6974" stroke-width="1"/>`).join("");
  const dim = (x1: number, x2: number, y: number, label: string) =>
    `<line x1="${x1}" y1="${y}" x2="${x2}" y2="${y}" stroke="${shade(c, 0.2)}" stroke-width="1.2" marker-start="url(#arrow)" marker-end="url(#arrow)"/>` +
    `<line x1="${x1}" y1="${y - 8}" x2="${x1}" y2="${y + 30}" stroke="${shade(c, 0.2)}" stroke-width="0.8" stroke-dasharray="3 3"/>` +
    `<line x1="${x2}" y1="${y - 8}" x2="${x2}" y2="${y + 30}" stroke="${shade(c, 0.2)}" stroke-width="0.8" stroke-dasharray="3 3"/>` +
    `<text x="${(x1 + x2) / 2}" y="${y - 6}" font-size="13" text-anchor="middle" fill="${shade(c, 0.2)}" font-family="'Noto Sans SC', sans-serif">${label}</text>`;
  const defs = `${seg.def}<marker id="arrow" viewBox="0 0 10 10" refX="5" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${shade(c, 0.2)}"/></marker>`;
  const body = `${shadow(320, 300, 250, 14)}
    ${parts}${thread}
    <rect x="330" y="${cy - 22}" width="70" height="12" rx="6" fill="#59636e"/>
    <line x1="70" y1="${cy}" x2="570" y2="${cy}" stroke="${c}" stroke-width="1" stroke-dasharray="14 4 3 4"/>
    ${dim(236, 306, 138, "Ø92 h6")}
    ${dim(306, 426, 150, "Ø80 k5")}
    <text x="110" y="290" font-size="13" fill="${shade(c, 0.2)}" font-family="'Noto Sans SC', sans-serif">同轴度 ⌀0.003  ·  Ra 0.4</text>`;
  return studio(c, brand, body, defs);
};

const impeller: Draw = (c, brand) => {
  const disc = radial(["#f1f3f5", "#c9d0d7", "#98a2ad"]);
  const blade = linear(["#ffffff", "#c2c9d1", "#8892a0"], 0, 0, 1, 1);
  const cx = 320;
  const cy = 196;
  const blades = Array.from({ length: 9 }, (_, i) => {
    const a = (i / 9) * 360;
    return `<path d="M 0 -34 C 40 -60, 70 -100, 60 -150 L 46 -150 C 52 -104, 24 -66, -8 -40 Z" fill="url(#${blade.id})" stroke="#7b8591" stroke-width="1.2" transform="translate(${cx} ${cy}) rotate(${a}) scale(1 0.92)"/>`;
  }).join("");
  const body = `<defs>${disc.def}${blade.def}</defs>
    ${shadow(320, 346, 180, 18)}
    <ellipse cx="${cx + 5}" cy="${cy + 9}" rx="160" ry="150" fill="#606a75"/>
    <ellipse cx="${cx}" cy="${cy}" rx="160" ry="150" fill="url(#${disc.id})"/>
    ${blades}
    <circle cx="${cx}" cy="${cy}" r="40" fill="#b9c1c9" stroke="#7b8591" stroke-width="2"/>
    <circle cx="${cx}" cy="${cy}" r="26" fill="#dfe4e9"/>
    <circle cx="${cx}" cy="${cy}" r="12" fill="#4d5660"/>
    <circle cx="${cx}" cy="${cy}" r="34" fill="none" stroke="${c}" stroke-width="4"/>`;
  return studio(c, brand, body);
};

const cnc: Draw = (c, brand) => {
  const cab = linear(["#f6f7f9", "#dfe3e8"]);
  const glass = linear(["#c8dbe6", "#8fb0c2", "#6f93a8"], 0, 0, 1, 1);
  const body = `<defs>${cab.def}${glass.def}</defs>${hall(c)}
    ${shadow(320, 372, 250, 18, 0.3)}
    <rect x="100" y="96" width="380" height="272" rx="10" fill="url(#${cab.id})" stroke="#b4bdc6" stroke-width="2"/>
    <rect x="100" y="96" width="380" height="30" rx="10" fill="${c}"/>
    <rect x="100" y="116" width="380" height="10" fill="${c}"/>
    <text x="118" y="117" font-size="16" font-weight="700" fill="#fff" font-family="'Noto Sans SC', sans-serif">QC-5X 650</text>
    <rect x="126" y="144" width="240" height="180" rx="6" fill="url(#${glass.id})" stroke="#8995a1" stroke-width="6"/>
    <rect x="226" y="144" width="40" height="80" fill="#5b6672"/>
    <rect x="236" y="224" width="20" height="30" fill="#9aa4ae"/>
    <polygon points="242,254 250,254 246,270" fill="#d8dde2"/>
    <rect x="180" y="280" width="140" height="24" fill="#47525d"/>
    <rect x="222" y="262" width="56" height="18" fill="#c6cdd4"/>
    <path d="M 140 150 L 200 150 L 150 300 Z" fill="#fff" fill-opacity="0.18"/>
    <rect x="378" y="144" width="86" height="150" rx="6" fill="#3b444e"/>
    <rect x="388" y="154" width="66" height="48" fill="${tint(c, 0.2)}"/>
    <rect x="394" y="162" width="40" height="5" fill="#fff" fill-opacity="0.8"/><rect x="394" y="172" width="52" height="5" fill="#fff" fill-opacity="0.5"/><rect x="394" y="182" width="30" height="5" fill="#fff" fill-opacity="0.5"/>
    ${Array.from({ length: 12 }, (_, i) => `<rect x="${390 + (i % 4) * 16}" y="${212 + Math.floor(i / 4) * 16}" width="12" height="12" rx="2" fill="#7b8591"/>`).join("")}
    <circle cx="421" cy="276" r="11" fill="#d6453c" stroke="#f1c24a" stroke-width="3"/>
    <rect x="446" y="70" width="8" height="26" fill="#6b7580"/>
    <rect x="442" y="34" width="16" height="12" rx="2" fill="#d6453c"/><rect x="442" y="46" width="16" height="12" fill="#f1c24a"/><rect x="442" y="58" width="16" height="12" rx="2" fill="#3bb273"/>
    <rect x="100" y="340" width="380" height="28" rx="4" fill="#4b5560"/>`;
  return body + brandTag(c, brand);
};

const cmm: Draw = (c, brand) => {
  const granite = linear(["#5a6068", "#3c4148"]);
  const body = `<defs>${granite.def}</defs>${hall(c, "#eef0f2")}
    ${shadow(320, 372, 260, 16, 0.3)}
    <polygon points="90,300 550,300 600,340 40,340" fill="#6c737b"/>
    <polygon points="40,340 600,340 600,364 40,364" fill="url(#${granite.id})"/>
    <rect x="120" y="130" width="26" height="180" fill="#e9ecef" stroke="#aeb6bf" stroke-width="2"/>
    <rect x="494" y="130" width="26" height="180" fill="#dfe3e7" stroke="#aeb6bf" stroke-width="2"/>
    <rect x="108" y="110" width="424" height="30" rx="4" fill="#f4f6f8" stroke="#aeb6bf" stroke-width="2"/>
    <rect x="108" y="134" width="424" height="6" fill="${c}"/>
    <rect x="300" y="96" width="64" height="80" rx="4" fill="#f4f6f8" stroke="#aeb6bf" stroke-width="2"/>
    <rect x="320" y="176" width="24" height="70" fill="#c9d0d7" stroke="#98a2ad" stroke-width="1.5"/>
    <rect x="316" y="246" width="32" height="14" rx="3" fill="#4d5660"/>
    <line x1="332" y1="260" x2="332" y2="280" stroke="#9aa4ae" stroke-width="3"/>
    <circle cx="332" cy="283" r="5" fill="#d6453c"/>
    <polygon points="260,288 420,288 440,304 240,304" fill="#d8dde2"/>
    <polygon points="240,304 440,304 440,318 240,318" fill="#a3acb6"/>
    <ellipse cx="300" cy="295" rx="12" ry="4" fill="#6f7984"/><ellipse cx="380" cy="295" rx="12" ry="4" fill="#6f7984"/>
    <rect x="560" y="200" width="66" height="50" rx="4" fill="#2f363e"/>
    <rect x="565" y="205" width="56" height="40" fill="${tint(c, 0.15)}"/>
    <polyline points="569,236 580,226 590,230 602,214 616,218" fill="none" stroke="#fff" stroke-width="2"/>`;
  return body + brandTag(c, brand);
};

const servo: Draw = (c, brand) => {
  // The motor's shaft points at the viewer on the left (+z); its length runs back along -z.
  const o: Iso = { x: 206, y: 262, s: 6.2 };
  const [sx, sy] = isoPt(o, 7, 7, 2.6);
  const [ex, ey] = isoPt(o, 7, 7, 9);
  const [cx1, cy1] = isoPt(o, 7, 15.5, -22);
  const fins = Array.from({ length: 9 }, (_, i) => `<rect x="${f(3 + i * 2.6)}" y="1.2" width="0.9" height="11.6" fill="#000" fill-opacity="0.22"/>`).join("");
  const holes = [[2, 2], [14, 2], [2, 14], [14, 14]].map(([u, v]) => `<circle cx="${u}" cy="${v}" r="1.1" fill="#1d2125"/>`).join("");
  const body = `${shadow(330, 330, 230, 22)}
    ${box(o, 0, 0, -34, 14, 14, 5, c)}
    ${box(o, 0, 0, -29, 14, 14, 29, "#3d444c", { top: "#5b636c", left: "#3d444c", right: "#30363d" })}
    <g transform="${rightFace(o, 14, 14, 0)}">${fins}
      <rect x="5" y="3" width="12" height="5.5" rx="0.5" fill="#eef1f4"/><rect x="5.8" y="3.8" width="5" height="1.1" fill="${c}"/><rect x="5.8" y="5.8" width="9" height="0.7" fill="#9aa4ae"/></g>
    ${box(o, 3, 14, -25, 5, 3, 6, "#23282d", { top: "#3a4047" })}
    ${box(o, 3, 14, -16, 4, 2.4, 4, "#23282d", { top: "#3a4047" })}
    ${box(o, -1, -1, 0, 16, 16, 2.6, "#58616b", { top: "#86909a", left: "#66707a", right: "#4a525b" })}
    <g transform="${leftFace(o, -1, 15, 2.6)}">${holes}<circle cx="8" cy="8" r="4.6" fill="#4a525b"/></g>
    <path d="M ${f(sx)} ${f(sy)} L ${f(ex)} ${f(ey)}" stroke="#aeb6bf" stroke-width="22" stroke-linecap="round"/>
    <path d="M ${f(sx)} ${f(sy - 5)} L ${f(ex)} ${f(ey - 5)}" stroke="#eef1f4" stroke-width="5" stroke-linecap="round"/>
    <path d="M ${f(cx1)} ${f(cy1)} C ${f(cx1 + 10)} ${f(cy1 - 70)}, ${f(cx1 + 120)} ${f(cy1 - 80)}, 600 ${f(cy1 - 30)}" fill="none" stroke="#1f2328" stroke-width="8" stroke-linecap="round"/>`;
  return studio(c, brand, body);
};

const camera: Draw = (c, brand) => {
  const bodyGrad = linear(["#4a525c", "#2c3238"], 0, 0, 0, 1);
  const glass = radial(["#5a7d96", "#1c2a36", "#0e151c"]);
  const cx = 290;
  const cy = 196;
  const leds = Array.from({ length: 12 }, (_, i) => {
    const a = (i / 12) * Math.PI * 2;
    return `<circle cx="${f(cx + Math.cos(a) * 74)}" cy="${f(cy + Math.sin(a) * 74)}" r="5" fill="#f5f7fa" stroke="#c9d0d7" stroke-width="1.5"/>`;
  }).join("");
  const body = `<defs>${bodyGrad.def}${glass.def}</defs>
    ${shadow(320, 336, 200, 20)}
    <polygon points="410,90 460,70 460,290 410,310" fill="#23282d"/>
    <polygon points="170,90 410,90 460,70 220,70" fill="#5d666f"/>
    <rect x="170" y="90" width="240" height="220" rx="14" fill="url(#${bodyGrad.id})"/>
    <rect x="170" y="90" width="240" height="18" rx="8" fill="${c}"/>
    <circle cx="${cx}" cy="${cy}" r="90" fill="#1d2227"/>
    ${leds}
    <circle cx="${cx}" cy="${cy}" r="58" fill="#8b95a0"/>
    <circle cx="${cx}" cy="${cy}" r="50" fill="url(#${glass.id})"/>
    <circle cx="${cx}" cy="${cy}" r="30" fill="none" stroke="#3b5568" stroke-width="3"/>
    <ellipse cx="${cx - 18}" cy="${cy - 20}" rx="14" ry="8" fill="#fff" fill-opacity="0.55" transform="rotate(-35 ${cx - 18} ${cy - 20})"/>
    <circle cx="392" cy="292" r="4" fill="#3bd37a"/><circle cx="378" cy="292" r="4" fill="${c}"/>
    <rect x="428" y="206" width="24" height="30" rx="4" fill="#8b95a0"/>
    <path d="M 452 222 C 500 226, 520 260, 560 300" fill="none" stroke="#1f2328" stroke-width="9" stroke-linecap="round"/>`;
  return studio(c, brand, body);
};

const robot: Draw = (c, brand) => studio(c, brand, `${shadow(330, 334, 220, 18)}
  <rect x="392" y="262" width="150" height="68" rx="4" fill="#dfe4e9" stroke="#9aa4ae" stroke-width="2"/>
  <rect x="392" y="262" width="150" height="10" fill="#b7c0c9"/>
  <rect x="412" y="240" width="44" height="22" rx="2" fill="${tint(c, 0.4)}"/><rect x="470" y="246" width="50" height="16" rx="2" fill="#c6cdd4"/>
  ${robotArm(250, 330, 0.92, c, { shoulder: -18, elbow: 118, wrist: 62 })}`);

const robotCell: Draw = (c, brand) => {
  const mesh = `<pattern id="mesh" width="12" height="12" patternUnits="userSpaceOnUse"><path d="M0 0 L12 12 M12 0 L0 12" stroke="#5f6974" stroke-width="1" stroke-opacity="0.55"/></pattern>`;
  const body = `<defs>${mesh}</defs>${hall(c, "#e6e9ed")}
    ${shadow(300, 360, 250, 16, 0.3)}
    ${robotArm(250, 330, 0.85, c, { shoulder: -14, elbow: 112, wrist: 70 })}
    <rect x="380" y="270" width="220" height="36" fill="#3a4148"/>
    <rect x="380" y="306" width="220" height="8" fill="#8d97a2"/>
    ${[410, 470, 530].map((x) => `<rect x="${x}" y="250" width="40" height="22" rx="2" fill="#d9b17a" stroke="#b88a55" stroke-width="2"/>`).join("")}
    <rect x="20" y="170" width="600" height="200" fill="url(#mesh)"/>
    ${[20, 170, 320, 470, 616].map((x) => `<rect x="${x}" y="162" width="8" height="214" fill="#e8c547"/>`).join("")}
    <rect x="20" y="162" width="604" height="8" fill="#e8c547"/>
    <rect x="536" y="196" width="54" height="80" rx="4" fill="#39414a"/>
    <rect x="543" y="204" width="40" height="26" fill="${tint(c, 0.25)}"/>
    <circle cx="563" cy="254" r="9" fill="#d6453c" stroke="#f1c24a" stroke-width="3"/>`;
  return body + brandTag(c, brand);
};

const carbon: Draw = (c, brand) => {
  const tile = `<pattern id="twill" width="16" height="16" patternUnits="userSpaceOnUse">
      <rect width="16" height="16" fill="#24272c"/>
      ${[0, 1, 2, 3].map((i) => `<rect x="${(i * 4) % 16}" y="${i * 4}" width="8" height="4" fill="url(#wa)"/><rect x="${((i * 4) + 8) % 16}" y="${i * 4}" width="8" height="4" fill="url(#wb)"/>`).join("")}
    </pattern>
    <linearGradient id="wa" x1="0" y1="0" x2="1" y2="0"><stop offset="0" stop-color="#2f3339"/><stop offset="0.5" stop-color="#5a6068"/><stop offset="1" stop-color="#2f3339"/></linearGradient>
    <linearGradient id="wb" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#1b1e22"/><stop offset="0.5" stop-color="#3c4148"/><stop offset="1" stop-color="#1b1e22"/></linearGradient>
    <linearGradient id="gloss" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#fff" stop-opacity="0.32"/><stop offset="0.45" stop-color="#fff" stop-opacity="0.04"/><stop offset="0.6" stop-color="#fff" stop-opacity="0.16"/><stop offset="1" stop-color="#fff" stop-opacity="0"/></linearGradient>`;
  const plate = (dx: number, dy: number) => `
    <polygon points="${pts([[150 + dx, 160 + dy], [470 + dx, 120 + dy], [540 + dx, 220 + dy], [220 + dx, 262 + dy]])}" fill="url(#twill)"/>
    <polygon points="${pts([[220 + dx, 262 + dy], [540 + dx, 220 + dy], [540 + dx, 230 + dy], [220 + dx, 272 + dy]])}" fill="#15171a"/>
    <polygon points="${pts([[150 + dx, 160 + dy], [220 + dx, 262 + dy], [220 + dx, 272 + dy], [150 + dx, 170 + dy]])}" fill="#2b2f34"/>
    <polygon points="${pts([[150 + dx, 160 + dy], [470 + dx, 120 + dy], [540 + dx, 220 + dy], [220 + dx, 262 + dy]])}" fill="url(#gloss)"/>`;
  const body = `${shadow(340, 330, 240, 22)}${plate(-40, 64)}${plate(0, 16)}
    <rect x="404" y="214" width="96" height="30" rx="4" fill="${c}" transform="rotate(-7 452 229)"/>
    <text x="414" y="235" font-size="14" font-weight="700" fill="#fff" transform="rotate(-7 452 229)" font-family="'Noto Sans SC', sans-serif">3K 2×2</text>`;
  return studio(c, brand, body, tile);
};

const pellets: Draw = (c, brand) => {
  const rnd = random("pellets");
  const pellet = (x: number, y: number, col: string) => {
    const a = Math.round(rnd() * 180);
    return `<g transform="translate(${f(x)} ${f(y)}) rotate(${a})"><rect x="-7" y="-4.5" width="14" height="9" rx="4.5" fill="${col}"/><ellipse cx="-2" cy="-1.8" rx="3.5" ry="1.3" fill="#fff" fill-opacity="0.55"/></g>`;
  };
  const heap: string[] = [];
  for (let i = 0; i < 520; i++) {
    const u = rnd() * 2 - 1;
    const height = 120 * (1 - u * u);
    const y = 318 - rnd() * height;
    const x = 330 + u * 170;
    heap.push(pellet(x, y, rnd() < 0.5 ? "#eceef0" : rnd() < 0.5 ? "#d6dadf" : tint(c, 0.75)));
  }
  heap.sort((a, b) => Number(/translate\([\d.]+ ([\d.]+)/.exec(a)?.[1]) - Number(/translate\([\d.]+ ([\d.]+)/.exec(b)?.[1]));
  const spill = Array.from({ length: 14 }, () => pellet(160 + rnd() * 340, 330 + rnd() * 18, "#e3e6e9")).join("");
  const bag = linear(["#e3d2b4", "#c9b38e"], 0, 0, 1, 0);
  const body = `<defs>${bag.def}</defs>${shadow(330, 334, 240, 20)}
    <path d="M 430 90 L 560 96 L 572 320 L 420 322 Z" fill="url(#${bag.id})"/>
    <path d="M 430 90 Q 495 76 560 96 L 556 110 Q 495 94 432 104 Z" fill="#b7a07a"/>
    <rect x="448" y="150" width="104" height="74" rx="3" fill="#fbfaf7"/>
    <rect x="448" y="150" width="104" height="18" fill="${c}"/>
    <text x="456" y="164" font-size="12" font-weight="700" fill="#fff" font-family="'Noto Sans SC', sans-serif">LGF-PP 30</text>
    <rect x="456" y="178" width="80" height="6" rx="3" fill="#c5cbd2"/><rect x="456" y="190" width="60" height="6" rx="3" fill="#dde1e6"/><rect x="456" y="202" width="70" height="6" rx="3" fill="#dde1e6"/>
    ${heap.join("")}${spill}`;
  return studio(c, brand, body);
};

const lab: Draw = (c, brand) => {
  const liquid = tint(c, 0.15);
  const flask = (x: number, base: number, s: number, fill: string) => `<g transform="translate(${x} ${base}) scale(${s})">
    <path d="M -12 -110 L -12 -60 L -50 0 L 50 0 L 12 -60 L 12 -110 Z" fill="#eaf3f8" fill-opacity="0.75" stroke="#9fb3c1" stroke-width="2.5"/>
    <path d="M -29 -34 L -50 0 L 50 0 L 29 -34 Z" fill="${fill}" fill-opacity="0.85"/>
    <rect x="-16" y="-116" width="32" height="8" rx="2" fill="#cfd8df"/></g>`;
  const body = `${hall(c, "#eef1f4")}
    <rect x="30" y="270" width="580" height="20" fill="#e7eaee" stroke="#aab3bd" stroke-width="2"/>
    <rect x="40" y="290" width="560" height="110" fill="#cfd5db"/>
    ${[60, 200, 340, 480].map((x) => `<rect x="${x}" y="300" width="120" height="90" rx="3" fill="#dde2e7" stroke="#aab3bd"/><rect x="${x + 48}" y="316" width="24" height="5" rx="2.5" fill="#8e98a3"/>`).join("")}
    ${flask(120, 270, 0.9, liquid)}${flask(200, 270, 0.7, "#d9b84a")}
    <rect x="250" y="236" width="90" height="34" rx="3" fill="#f2f4f6" stroke="#aab3bd"/>
    ${[0, 1, 2, 3, 4].map((i) => `<rect x="${258 + i * 16}" y="190" width="10" height="64" rx="5" fill="#eaf3f8" stroke="#9fb3c1" stroke-width="1.5"/><rect x="${259 + i * 16}" y="${220 + (i % 3) * 6}" width="8" height="${30 - (i % 3) * 6}" fill="${i % 2 ? liquid : tint(c, 0.5)}"/>`).join("")}
    <rect x="430" y="110" width="14" height="160" fill="#9aa4ae"/><rect x="556" y="110" width="14" height="160" fill="#8e98a3"/>
    <rect x="420" y="100" width="160" height="20" rx="3" fill="${c}"/>
    <rect x="470" y="160" width="60" height="16" fill="#5b6571"/>
    <rect x="494" y="176" width="12" height="30" fill="#b4bcc5"/><rect x="490" y="206" width="20" height="22" fill="#2f353c"/>
    <rect x="488" y="230" width="24" height="14" fill="#dfe4e9"/>
    <rect x="420" y="244" width="160" height="26" fill="#4b5560"/>`;
  return body + brandTag(c, brand);
};

const rack: Draw = (c, brand) => {
  const o: Iso = { x: 300, y: 250, s: 6.6 };
  const body = `${shadow(320, 318, 250, 26, 0.25)}${palletRack(o, 0, 0, c, "#e88a2e", 2, 3)}`;
  return studio(c, brand, body);
};

const containers: Draw = (c, brand) => {
  const o: Iso = { x: 240, y: 272, s: 8 };
  const body = `${shadow(320, 330, 260, 28, 0.25)}
    ${container(o, -6, 0, -16, "#4f7fa8")}${container(o, -6, 5.3, -16, "#d9b17a")}${container(o, -6, 10.6, -16, shade(c, 0.2))}
    ${container(o, -6, 0, -10, c)}${container(o, -6, 5.3, -10, "#8e98a3")}
    ${container(o, -6, 0, -4, "#c0563e")}${container(o, 6, 5.3, -4, tint(c, 0.25), false)}`;
  return studio(c, brand, body);
};

const warehouse: Draw = (c, brand) => {
  const o: Iso = { x: 320, y: 252, s: 3.6 };
  const strip = (z: number) => pts([isoPt(o, -60, 0, z), isoPt(o, 80, 0, z), isoPt(o, 80, 0, z + 0.8), isoPt(o, -60, 0, z + 0.8)]);
  const floorPts = [isoPt(o, -60, 0, -60), isoPt(o, 80, 0, -60), isoPt(o, 80, 0, 80), isoPt(o, -60, 0, 80)];
  const agv = box(o, 24, 0, 0, 10, 1.6, 7, "#f1c24a", { top: "#f6d879", left: "#e8b32a", right: "#c99a1f" }) + palletLoad(o, 25, 1.6, 0.5, 8, 6, 5);
  const [lx, ly] = isoPt(o, 34, 1, 5);
  const body = `<rect width="${W}" height="${H}" fill="${tint(c, 0.88)}"/>
    <polygon points="${pts(floorPts)}" fill="#c9ced4"/>
    <polygon points="${strip(-3)}" fill="#f1c24a"/><polygon points="${strip(9.5)}" fill="#f1c24a"/>
    ${palletRack(o, -30, -16, c, "#e88a2e", 4, 3)}
    ${agv}<circle cx="${f(lx)}" cy="${f(ly)}" r="3" fill="#3bd37a"/>
    ${palletRack(o, -30, 14, c, "#e88a2e", 4, 3)}`;
  return body + brandTag(c, brand);
};

function monitorScreen(c: string, x: number, y: number, w: number, h: number): string {
  const s = w / 400;
  const t = (n: number) => f(n * s);
  const line = [[20, 90], [60, 70], [100, 78], [140, 50], [180, 58], [220, 36], [260, 44]].map(([a, b]) => `${t(a!)},${t(b!)}`).join(" ");
  const bars = [46, 62, 38, 70, 55, 66].map((v, i) => `<rect x="${t(300 + i * 14)}" y="${t(120 - v)}" width="${t(9)}" height="${t(v)}" fill="${i === 3 ? c : tint(c, 0.45)}"/>`).join("");
  const kpi = (i: number, value: string, label: string) => `<g transform="translate(${t(14 + i * 96)} ${t(34)})">
    <rect width="${t(88)}" height="${t(46)}" rx="${t(4)}" fill="#ffffff"/>
    <text x="${t(8)}" y="${t(16)}" font-size="${t(10)}" fill="#6b7580">${label}</text>
    <text x="${t(8)}" y="${t(37)}" font-size="${t(18)}" font-weight="700" fill="${i === 0 ? c : "#2f3a46"}">${value}</text></g>`;
  return `<svg x="${x}" y="${y}" width="${w}" height="${h}" viewBox="0 0 ${t(400)} ${t(250)}" font-family="'Noto Sans SC', sans-serif">
    <rect width="${t(400)}" height="${t(250)}" fill="#eef2f6"/>
    <rect width="${t(400)}" height="${t(24)}" fill="${c}"/>
    <text x="${t(12)}" y="${t(16)}" font-size="${t(11)}" font-weight="700" fill="#fff">生产看板 · 二车间</text>
    <circle cx="${t(384)}" cy="${t(12)}" r="${t(4)}" fill="#8ff0b0"/>
    ${kpi(0, "86.4%", "OEE")}${kpi(1, "1,286", "今日产量")}${kpi(2, "99.2%", "一次合格率")}${kpi(3, "3", "待处理工单")}
    <g transform="translate(${t(14)} ${t(90)})"><rect width="${t(276)}" height="${t(146)}" rx="${t(4)}" fill="#fff"/>
      <g transform="translate(0 ${t(2)})"><polyline points="${line}" fill="none" stroke="${c}" stroke-width="${t(2.5)}"/></g>
      <text x="${t(8)}" y="${t(16)}" font-size="${t(10)}" fill="#6b7580">设备稼动率（近 7 天）</text>
      ${[0, 1, 2, 3].map((i) => `<rect x="${t(8)}" y="${t(96 + i * 11)}" width="${t(260 - i * 40)}" height="${t(5)}" rx="${t(2.5)}" fill="#dfe5ec"/>`).join("")}
    </g>
    <g transform="translate(${t(298)} ${t(90)})"><rect width="${t(88)}" height="${t(146)}" rx="${t(4)}" fill="#fff"/></g>
    <g transform="translate(${t(-8)} ${t(100)})">${bars}</g>
    <text x="${t(306)}" y="${t(106)}" font-size="${t(10)}" fill="#6b7580">班次产量</text>
  </svg>`;
}

const mes: Draw = (c, brand) => {
  const body = `${shadow(320, 346, 200, 18)}
    <rect x="294" y="290" width="52" height="40" fill="#9aa4ae"/>
    <rect x="236" y="326" width="168" height="12" rx="6" fill="#7b8591"/>
    <rect x="106" y="56" width="428" height="254" rx="12" fill="#2a3037"/>
    ${monitorScreen(c, 120, 70, 400, 226)}`;
  return studio(c, brand, body);
};

const gateway: Draw = (c, brand) => {
  const o: Iso = { x: 300, y: 236, s: 7 };
  const ports = `<g transform="${leftFace(o, 0, 20, 10)}">
      ${[0, 1, 2].map((i) => `<rect x="${3 + i * 6}" y="9" width="4.6" height="4" rx="0.4" fill="#2a2f35"/><rect x="${3.6 + i * 6}" y="9.4" width="3.4" height="1" fill="#c9a43a"/>`).join("")}
      <rect x="22" y="9" width="7" height="3.2" rx="0.6" fill="#8b95a0"/>
      <rect x="2" y="2" width="14" height="3.2" rx="0.5" fill="#fbfcfd"/>
      <text x="2.6" y="4.5" font-size="2.3" font-weight="700" fill="${c}" font-family="'Noto Sans SC', sans-serif">SJ-GW200</text>
      ${[0, 1, 2, 3].map((i) => `<circle cx="${22 + i * 2.4}" cy="4" r="0.7" fill="${i < 3 ? "#3bd37a" : "#f1c24a"}"/>`).join("")}
      ${Array.from({ length: 6 }, (_, i) => `<rect x="${2 + i * 2.2}" y="15.5" width="1.4" height="2" fill="#5b6570"/>`).join("")}
    </g>`;
  const body = `${shadow(320, 318, 200, 22)}
    ${box(o, -14, 7, -2, 58, 6, 2, "#b8c0c8")}
    ${box(o, 0, 0, 0, 30, 20, 10, "#e9edf1", { top: "#f7f9fb", left: "#e3e8ed", right: "#c9d0d7" })}
    ${box(o, 0, 20, 0, 30, 1.5, 10, c)}
    ${ports}
    ${(() => { const [x, y] = isoPt(o, 26, 21.5, 4); return `<rect x="${f(x - 3)}" y="${f(y - 92)}" width="6" height="92" rx="3" fill="#2a2f35"/>`; })()}`;
  return studio(c, brand, body);
};

const digitalTwin: Draw = (c, brand) => {
  const o: Iso = { x: 320, y: 210, s: 5.2 };
  const glow = tint(c, 0.35);
  const grid = Array.from({ length: 11 }, (_, i) => {
    const v = -30 + i * 6;
    const [a, b] = [isoPt(o, v, 0, -30), isoPt(o, v, 0, 30)];
    const [d, e] = [isoPt(o, -30, 0, v), isoPt(o, 30, 0, v)];
    return `<line x1="${f(a[0])}" y1="${f(a[1])}" x2="${f(b[0])}" y2="${f(b[1])}" stroke="${glow}" stroke-opacity="0.25"/><line x1="${f(d[0])}" y1="${f(d[1])}" x2="${f(e[0])}" y2="${f(e[1])}" stroke="${glow}" stroke-opacity="0.25"/>`;
  }).join("");
  const machine = (x: number, z: number, h: number, on: boolean) => box(o, x, 0, z, 8, h, 6, on ? c : "#3a4a5e", { top: on ? tint(c, 0.35) : "#4e6178", stroke: glow });
  const label = (x: number, z: number, h: number, name: string, value: string, ok: boolean) => {
    const [px, py] = isoPt(o, x + 4, h, z + 3);
    return `<line x1="${f(px)}" y1="${f(py)}" x2="${f(px)}" y2="${f(py - 36)}" stroke="${glow}" stroke-width="1.2"/>
      <g transform="translate(${f(px - 46)} ${f(py - 70)})"><rect width="92" height="34" rx="5" fill="#0f1c2b" fill-opacity="0.9" stroke="${glow}"/>
      <circle cx="12" cy="12" r="4" fill="${ok ? "#3bd37a" : "#f1c24a"}"/>
      <text x="22" y="16" font-size="11" fill="#dbe7f3" font-family="'Noto Sans SC', sans-serif">${name}</text>
      <text x="10" y="29" font-size="11" font-weight="700" fill="#ffffff" font-family="'Noto Sans SC', sans-serif">${value}</text></g>`;
  };
  const body = `<rect width="${W}" height="${H}" fill="#0b1420"/>
    <rect width="${W}" height="${H}" fill="${c}" fill-opacity="0.08"/>
    ${grid}
    ${machine(-22, -22, 7, true)}${machine(-8, -22, 7, true)}${machine(6, -22, 7, false)}
    ${machine(-22, -6, 9, true)}${machine(6, -6, 6, true)}
    ${box(o, -10, 0, 6, 30, 1.5, 4, "#2a3a4e", { top: "#3e5671", stroke: glow })}
    ${machine(18, 10, 8, true)}
    ${label(-22, -22, 7, "CNC-01", "运行 · 92%", true)}
    ${label(6, -22, 7, "CNC-03", "待料 12 min", false)}
    ${label(18, 10, 8, "装配线", "OEE 87%", true)}`;
  return body + brandTag(c, brand);
};

const sketch: Draw = (c, brand) => {
  const marker = tint(c, 0.35);
  const line = "#2f3640";
  const drill = `
    <path d="M 190 150 L 330 150 Q 352 150 352 172 L 352 196 Q 352 214 332 214 L 270 214 L 252 300 L 206 300 L 222 214 L 200 214 Q 180 214 180 190 L 180 162 Q 180 150 190 150 Z" fill="${marker}" fill-opacity="0.75"/>
    <path d="M 190 150 L 330 150 Q 352 150 352 172 L 352 196 Q 352 214 332 214 L 270 214 L 252 300 L 206 300 L 222 214 L 200 214 Q 180 214 180 190 L 180 162 Q 180 150 190 150 Z" fill="none" stroke="${line}" stroke-width="2.2"/>
    <path d="M 192 152 L 331 152 Q 350 153 350 174" fill="none" stroke="${line}" stroke-width="1" stroke-opacity="0.6"/>
    <rect x="352" y="170" width="40" height="22" rx="3" fill="#d8dde2" stroke="${line}" stroke-width="2"/>
    <path d="M 392 176 L 450 180 L 392 186 Z" fill="#cfd5db" stroke="${line}" stroke-width="1.6"/>
    <rect x="198" y="296" width="62" height="34" rx="6" fill="#3d454e" stroke="${line}" stroke-width="2"/>
    <path d="M 230 218 L 236 236" stroke="${line}" stroke-width="2.5"/>
    <path d="M 200 168 L 320 168" stroke="#fff" stroke-width="5" stroke-opacity="0.7"/>`;
  const construction = `<g stroke="#6a9fd1" stroke-width="1" stroke-opacity="0.7" fill="none">
    <line x1="150" y1="150" x2="480" y2="150"/><line x1="150" y1="214" x2="480" y2="214"/><line x1="230" y1="120" x2="255" y2="340"/>
    <ellipse cx="300" cy="182" rx="50" ry="18"/></g>`;
  const body = `${shadow(320, 348, 230, 16)}
    <g transform="rotate(-4 320 200)">
      <rect x="120" y="66" width="400" height="280" fill="#000" fill-opacity="0.1" transform="translate(4 6)"/>
      <rect x="120" y="66" width="400" height="280" fill="#fdfcf8"/>
      ${construction}${drill}
      <g font-family="'Noto Sans SC', sans-serif" fill="${line}">
        <text x="140" y="96" font-size="15" font-weight="700">方案 B · 握把前移 8 mm</text>
        <text x="400" y="250" font-size="12">软胶包覆</text><line x1="396" y1="246" x2="262" y2="250" stroke="${line}" stroke-width="1"/>
        <text x="400" y="290" font-size="12">电池仓</text><line x1="396" y1="286" x2="262" y2="312" stroke="${line}" stroke-width="1"/>
      </g>
    </g>
    <g transform="rotate(24 520 300)"><rect x="430" y="294" width="170" height="12" rx="2" fill="#e8c547"/><polygon points="600,294 622,300 600,306" fill="#e9d3b0"/><polygon points="614,298 622,300 614,302" fill="#2f3640"/><rect x="420" y="294" width="14" height="12" fill="#d86f6f"/></g>`;
  return studio(c, brand, body);
};

const cmf: Draw = (c, brand) => {
  const chips = [c, shade(c, 0.3), tint(c, 0.4), "#2f3640", "#e5e1d8", "#d2643f", "#5f8f6b", "#c9ced4"];
  const wood = Array.from({ length: 10 }, (_, i) => `<path d="M -10 ${8 + i * 9} q 40 ${i % 2 ? 5 : -5} 80 0 t 90 ${i % 3 ? 3 : -3}" fill="none" stroke="#7a4b22" stroke-opacity="${i % 3 ? 0.25 : 0.45}" stroke-width="${i % 2 ? 1.5 : 2.5}"/>`).join("");
  const brushed = Array.from({ length: 30 }, (_, i) => `<line x1="0" y1="${f(2 + i * 3)}" x2="150" y2="${f(2 + i * 3)}" stroke="#fff" stroke-opacity="${i % 3 ? 0.16 : 0.34}"/>`).join("");
  const body = `${shadow(320, 350, 250, 16)}
    <rect x="96" y="70" width="456" height="270" rx="10" fill="#000" fill-opacity="0.08" transform="translate(4 6)"/>
    <rect x="96" y="70" width="456" height="270" rx="10" fill="#fbfaf7"/>
    ${chips.map((col, i) => `<rect x="${120 + (i % 4) * 62}" y="${96 + Math.floor(i / 4) * 96}" width="50" height="70" rx="8" fill="${col}"/><rect x="${120 + (i % 4) * 62}" y="${172 + Math.floor(i / 4) * 96}" width="36" height="5" rx="2.5" fill="#c5cbd2"/>`).join("")}
    <svg x="380" y="96" width="150" height="96"><rect width="150" height="96" rx="8" fill="#b98250"/>${wood}</svg>
    <svg x="380" y="206" width="150" height="90"><rect width="150" height="90" rx="8" fill="#a7afb8"/>${brushed}</svg>
    <g font-family="'Noto Sans SC', sans-serif" font-size="12" fill="#5b6570"><text x="120" y="316">主色 / 辅色</text><text x="380" y="316">胡桃木 · 拉丝铝</text></g>`;
  return studio(c, brand, body);
};

const designStudio: Draw = (c, brand) => {
  const body = `<rect width="${W}" height="${H}" fill="#f1ede6"/>
    <rect x="0" y="250" width="${W}" height="150" fill="#d9cfbf"/>
    ${[[60, 60, -3], [190, 50, 2], [330, 66, -1], [460, 54, 3]].map(([x, y, r], i) => `<g transform="rotate(${r} ${x! + 50} ${y! + 40})"><rect x="${x}" y="${y}" width="110" height="80" fill="#fdfcf8" stroke="#d8d2c6"/>
      <path d="M ${x! + 16} ${y! + 56} q 24 -34 48 -12 t 34 -16" fill="none" stroke="#2f3640" stroke-width="2"/>
      <rect x="${x! + 16}" y="${y! + 14}" width="${40 + i * 8}" height="8" fill="${i % 2 ? tint(c, 0.3) : "#c9ced4"}"/>
      <circle cx="${x! + 55}" cy="${y! + 6}" r="4" fill="${c}"/></g>`).join("")}
    <rect x="40" y="236" width="560" height="20" rx="4" fill="#a8763e"/>
    <rect x="40" y="236" width="560" height="20" rx="4" fill="${c}" fill-opacity="0.4"/>
    <rect x="60" y="256" width="16" height="140" fill="#6b5033"/><rect x="564" y="256" width="16" height="140" fill="#6b5033"/>
    <rect x="250" y="150" width="150" height="90" rx="6" fill="#2f3640"/>
    <rect x="258" y="158" width="134" height="70" fill="#e9edf1"/>
    <path d="M 270 210 L 300 180 Q 330 170 350 190 L 380 190" fill="none" stroke="${c}" stroke-width="3"/>
    <path d="M 470 236 L 480 176 L 520 150" stroke="#2f3640" stroke-width="5" fill="none" stroke-linecap="round"/>
    <path d="M 508 140 L 546 150 L 528 176 Z" fill="${c}"/>
    <path d="M 120 236 L 128 196 L 186 196 Q 198 196 198 208 L 198 216 Q 198 222 190 222 L 160 222 L 156 236 Z" fill="#8e98a3"/>
    <rect x="198" y="204" width="18" height="10" rx="2" fill="#6b7580"/>
    <ellipse cx="560" cy="232" rx="22" ry="6" fill="#6b5033"/>
    <path d="M 560 228 q -20 -30 -6 -60 M 560 228 q 16 -34 2 -64 M 560 228 q 28 -20 26 -46" stroke="#5f8f6b" stroke-width="6" fill="none" stroke-linecap="round"/>`;
  return body + brandTag(c, brand);
};

// ---- logos ---------------------------------------------------------------------------------------

interface LogoSpec { mark: (c: string) => string; word: string; latin: string }

const LOGOS: Record<string, LogoSpec> = {
  "shanghu-logo.png": {
    word: "尚湖", latin: "SHANGHU TEXTILE",
    mark: (c) => `<circle cx="128" cy="92" r="56" fill="${c}"/>${[0, 1, 2].map((i) => `<path d="M 86 ${78 + i * 16} q 14 -10 28 0 t 28 0 t 28 0" fill="none" stroke="#fff" stroke-width="6" stroke-linecap="round"/>`).join("")}`,
  },
  "fugang-logo.png": {
    word: "福港", latin: "FUGANG AUTO PARTS",
    mark: (c) => `<circle cx="128" cy="92" r="56" fill="${c}"/><circle cx="128" cy="92" r="34" fill="none" stroke="#fff" stroke-width="8"/>${Array.from({ length: 5 }, (_, i) => { const a = (i / 5) * Math.PI * 2 - Math.PI / 2; return `<circle cx="${f(128 + Math.cos(a) * 16)}" cy="${f(92 + Math.sin(a) * 16)}" r="5" fill="#fff"/>`; }).join("")}<path d="M 160 50 A 58 58 0 0 1 184 104" fill="none" stroke="${shade(c, 0.35)}" stroke-width="12" stroke-linecap="round"/>`,
  },
  "qinchuan-logo.png": {
    word: "琴川", latin: "QINCHUAN PRECISION",
    mark: (c) => `<path d="${gearPath(128, 92, 12, 58, 48)}" fill="${c}"/><circle cx="128" cy="92" r="30" fill="#fff"/><path d="M 112 76 L 112 108 M 128 70 L 128 114 M 144 76 L 144 108" stroke="${c}" stroke-width="6" stroke-linecap="round"/>`,
  },
  "yunqi-logo.png": {
    word: "云启", latin: "YUNQI AUTOMATION",
    mark: (c) => `<rect x="72" y="36" width="112" height="112" rx="28" fill="${c}"/><path d="M 96 112 a 18 18 0 0 1 4 -35 a 24 24 0 0 1 46 -6 a 20 20 0 0 1 12 41 Z" fill="#fff"/><path d="M 116 110 L 140 86 M 126 86 L 140 86 L 140 100" fill="none" stroke="${c}" stroke-width="6" stroke-linecap="round" stroke-linejoin="round"/>`,
  },
  "jingcheng-logo.png": {
    word: "晶澄", latin: "JINGCHENG MATERIALS",
    mark: (c) => {
      const hexagon = (cx: number, cy: number, r: number) => pts(Array.from({ length: 6 }, (_, i) => [cx + Math.cos((i / 6) * Math.PI * 2 + Math.PI / 6) * r, cy + Math.sin((i / 6) * Math.PI * 2 + Math.PI / 6) * r] as [number, number]));
      return `<polygon points="${hexagon(128, 92, 60)}" fill="${c}"/>` +
        [[128, 72], [110, 102], [146, 102]].map(([x, y]) => `<polygon points="${hexagon(x!, y!, 17)}" fill="none" stroke="#fff" stroke-width="5"/>`).join("");
    },
  },
  "liantu-logo.png": {
    word: "链途", latin: "LIANTU LOGISTICS",
    mark: (c) => `<rect x="72" y="36" width="112" height="112" rx="56" fill="${c}"/><rect x="88" y="76" width="46" height="30" rx="15" fill="none" stroke="#fff" stroke-width="8"/><rect x="122" y="76" width="46" height="30" rx="15" fill="none" stroke="${tint(c, 0.6)}" stroke-width="8"/>`,
  },
  "shujiang-logo.png": {
    word: "数匠", latin: "SHUJIANG SOFTWARE",
    mark: (c) => `<rect x="72" y="36" width="112" height="112" rx="18" fill="${c}"/><path d="M 108 70 L 90 92 L 108 114 M 148 70 L 166 92 L 148 114" fill="none" stroke="#fff" stroke-width="9" stroke-linecap="round" stroke-linejoin="round"/><rect x="120" y="82" width="16" height="20" rx="3" fill="#fff"/>`,
  },
  "zhuomu-logo.png": {
    word: "拙木", latin: "ZHUOMU DESIGN",
    mark: (c) => `<circle cx="128" cy="92" r="56" fill="${c}"/>${[40, 28, 16].map((r) => `<circle cx="128" cy="92" r="${r}" fill="none" stroke="#fff" stroke-width="4" stroke-dasharray="${r * 5} 14"/>`).join("")}<circle cx="128" cy="92" r="5" fill="#fff"/>`,
  },
};

function logo(spec: LogoSpec, c: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" viewBox="0 0 256 256" font-family="'Noto Sans SC', sans-serif">
    <rect width="256" height="256" fill="#ffffff"/>
    ${spec.mark(c)}
    <text x="128" y="202" font-size="40" font-weight="700" text-anchor="middle" fill="#26303b" letter-spacing="4">${spec.word}</text>
    <text x="128" y="230" font-size="12.5" font-weight="500" text-anchor="middle" fill="${shade(c, 0.15)}" letter-spacing="1.5">${spec.latin}</text>
  </svg>`;
}

const PICTURES: Record<string, Draw> = {
  "shanghu-fabric.jpg": fabric, "shanghu-jacket.jpg": jacket, "shanghu-yarn.jpg": yarn,
  "shanghu-looms.jpg": looms, "shanghu-swatches.jpg": swatches,
  "fugang-disc.jpg": brakeDisc, "fugang-bearing.jpg": hubBearing, "fugang-arm.jpg": controlArm, "fugang-line.jpg": productionLine,
  "qinchuan-gear.jpg": gears, "qinchuan-shaft.jpg": shaft, "qinchuan-impeller.jpg": impeller, "qinchuan-cnc.jpg": cnc, "qinchuan-cmm.jpg": cmm,
  "yunqi-servo.jpg": servo, "yunqi-camera.jpg": camera, "yunqi-robot.jpg": robot, "yunqi-cell.jpg": robotCell,
  "jingcheng-carbon.jpg": carbon, "jingcheng-pellets.jpg": pellets, "jingcheng-lab.jpg": lab,
  "liantu-rack.jpg": rack, "liantu-container.jpg": containers, "liantu-warehouse.jpg": warehouse,
  "shujiang-mes.jpg": mes, "shujiang-gateway.jpg": gateway, "shujiang-twin.jpg": digitalTwin,
  "zhuomu-sketch.jpg": sketch, "zhuomu-cmf.jpg": cmf, "zhuomu-studio.jpg": designStudio,
};

// ---- rendering -----------------------------------------------------------------------------------

interface Job { file: string; svg: string; width: number; height: number }

function jobs(only: ReadonlySet<string>): Job[] {
  const list: Job[] = [];
  for (const company of readDemoFile({ checkPictures: false }).companies) {
    const brand = company.name;
    const c = company.colour;
    const logoSpec = LOGOS[company.logo];
    if (!logoSpec) throw new Error(`no logo drawn for ${company.logo}`);
    list.push({ file: company.logo, svg: logo(logoSpec, c), width: 256, height: 256 });
    for (const file of [...company.products.map((p) => p.picture), ...company.gallery]) {
      const draw = PICTURES[file];
      if (!draw) throw new Error(`no picture drawn for ${file}`);
      uid = 0;
      list.push({ file, svg: `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">${draw(c, brand)}</svg>`, width: W, height: H });
    }
  }
  return only.size ? list.filter((j) => only.has(j.file)) : list;
}

async function render(list: readonly Job[]): Promise<void> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox"] });
  try {
    const page = await browser.newPage({ deviceScaleFactor: 1 });
    // A made-up origin answered from local files: the font's CSS and files load without network.
    await page.route("http://render.local/**", async (route) => {
      const url = new URL(route.request().url());
      if (url.pathname === "/") return route.fulfill({ contentType: "text/html", body: "<!doctype html><html><body></body></html>" });
      const file = path.join(FONT_DIR, decodeURIComponent(url.pathname.replace(/^\/font\//, "")));
      if (!file.startsWith(FONT_DIR) || !fs.existsSync(file)) return route.fulfill({ status: 404, body: "" });
      return route.fulfill({ path: file });
    });
    await page.route(/^(?!http:\/\/render\.local\/|data:|about:)/, (route) => route.abort());
    await page.goto("http://render.local/");
    for (const job of list) {
      await page.setViewportSize({ width: job.width, height: job.height });
      await page.setContent(`<!doctype html><html><head>
        <link rel="stylesheet" href="http://render.local/font/400.css"><link rel="stylesheet" href="http://render.local/font/500.css"><link rel="stylesheet" href="http://render.local/font/700.css">
        <style>html,body{margin:0;background:#fff}svg{display:block}</style></head><body>${job.svg}</body></html>`, { waitUntil: "load" });
      await page.evaluate(async () => { await document.fonts.ready; });
      const jpeg = job.file.endsWith(".jpg");
      const bytes = await page.locator("svg").first().screenshot(jpeg ? { type: "jpeg", quality: 80 } : { type: "png" });
      fs.writeFileSync(path.join(DEMO_IMAGES_DIR, job.file), bytes);
      console.log(`${job.file.padEnd(26)} ${job.width}×${job.height}  ${(bytes.length / 1024).toFixed(1)} KB`);
    }
  } finally {
    await browser.close();
  }
}

fs.mkdirSync(DEMO_IMAGES_DIR, { recursive: true });
await render(jobs(new Set(process.argv.slice(2))));
