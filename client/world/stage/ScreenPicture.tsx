import { useTexture } from "@react-three/drei";
import { Component, Suspense, useEffect, type ReactNode } from "react";
import { SRGBColorSpace, type Texture } from "three";
import { imageUrl } from "../../../shared/protocol/companies.ts";

/** The largest size of a picture's aspect that fits `w` × `h`. */
export function fitInto(texture: Texture, w: number, h: number): [number, number] {
  const img = texture.image as { width?: number; height?: number } | undefined;
  const aspect = img?.width && img.height ? img.width / img.height : w / h;
  return aspect >= w / h ? [w, w / aspect] : [h * aspect, h];
}

function Picture({ imageId, w, h, preload, onShown }: { imageId: string; w: number; h: number; preload: string | null; onShown?: (id: string) => void }) {
  const texture = useTexture(imageUrl(imageId));
  texture.colorSpace = SRGBColorSpace;
  texture.anisotropy = 4;
  const [pw, ph] = fitInto(texture, w, h);
  useEffect(() => onShown?.(imageId), [imageId, onShown]);
  // The next page loads while this one shows, so turning the page is instant for the whole hall.
  useEffect(() => {
    if (preload) useTexture.preload(imageUrl(preload));
  }, [preload]);
  return (
    <mesh>
      <planeGeometry args={[pw, ph]} />
      <meshBasicMaterial map={texture} toneMapped={false} />
    </mesh>
  );
}

/** A picture that cannot be loaded leaves its place dark instead of taking the hall down. */
class PictureFailed extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }
  override componentDidCatch(error: unknown): void {
    console.warn("a picture could not be shown", error);
  }
  override render(): ReactNode {
    return this.state.failed ? null : this.props.children;
  }
}

/** An uploaded picture (/api/images/<id>) fitted into `w` × `h`, loading without blocking the rest of the hall. */
export function ScreenPicture(props: { imageId: string; w: number; h: number; preload?: string | null; onShown?: (id: string) => void }) {
  return (
    <PictureFailed key={props.imageId}>
      <Suspense fallback={null}>
        <Picture imageId={props.imageId} w={props.w} h={props.h} preload={props.preload ?? null} onShown={props.onShown} />
      </Suspense>
    </PictureFailed>
  );
}
