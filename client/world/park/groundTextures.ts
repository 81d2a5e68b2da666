import { CanvasTexture, RepeatWrapping, SRGBColorSpace, type Texture } from "three";

/** Metres covered by one repeat of the paving texture (four by four slabs of one metre). */
export const PAVING_METRES = 4;
export const LAWN_METRES = 6;

function canvasTexture(size: number, draw: (g: CanvasRenderingContext2D) => void): Texture {
  const canvas = document.createElement("canvas");
  canvas.width = canvas.height = size;
  const g = canvas.getContext("2d");
  if (g) draw(g);
  const texture = new CanvasTexture(canvas);
  texture.wrapS = texture.wrapT = RepeatWrapping;
  texture.colorSpace = SRGBColorSpace;
  texture.anisotropy = 8;
  return texture;
}

/**
 * Ground textures drawn in code, so nothing is downloaded. Near white, they tint whatever colour
 * the material has; the joints between slabs give the eye a sense of scale and of motion.
 */
export function pavingTexture(): Texture {
  return canvasTexture(256, (g) => {
    g.fillStyle = "#ffffff";
    g.fillRect(0, 0, 256, 256);
    // Slight variation between slabs reads as real stone rather than a flat fill.
    for (let row = 0; row < 4; row++) {
      for (let col = 0; col < 4; col++) {
        const shade = 244 + ((row * 7 + col * 13) % 5) * 2;
        g.fillStyle = `rgb(${shade},${shade},${shade})`;
        g.fillRect(col * 64 + 2, row * 64 + 2, 60, 60);
      }
    }
    g.fillStyle = "#d6d6d6";
    for (let i = 0; i <= 4; i++) {
      g.fillRect(i * 64 - 1, 0, 2, 256);
      g.fillRect(0, i * 64 - 1, 256, 2);
    }
  });
}

export function lawnTexture(): Texture {
  return canvasTexture(128, (g) => {
    g.fillStyle = "#ffffff";
    g.fillRect(0, 0, 128, 128);
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    for (let i = 0; i < 900; i++) {
      const v = 225 + Math.floor(random() * 30);
      g.fillStyle = `rgb(${v},${v + 4 > 255 ? 255 : v + 4},${v})`;
      g.fillRect(Math.floor(random() * 128), Math.floor(random() * 128), 2, 2);
    }
  });
}
