import type { ReactionKind } from "../../../shared/protocol/stageMessages.ts";

/**
 * The reaction and hand icons, drawn as SVG: emoji depend on the viewer's system fonts (an intranet
 * machine or a headless browser may have none), these look the same everywhere.
 */
export function ReactionIcon({ kind, size = 26 }: { kind: ReactionKind; size?: number }) {
  switch (kind) {
    case "heart":
      return (
        <svg width={size} height={size} viewBox="0 0 24 24" aria-hidden="true">
          <path d="M12 21s-7.6-4.7-9.7-9.3C.8 8.2 3 4.4 6.6 4.4c2.1 0 3.6 1.2 4.4 2.6h2c.8-1.4 2.3-2.6 4.4-2.6 3.6 0 5.8 3.8 4.3 7.3C19.6 16.3 12 21 12 21z" fill="#ff4f72" />
          <path d="M6.4 7.4c-1.4.2-2.3 1.5-2.1 3" stroke="#ffd0db" strokeWidth="1.4" fill="none" strokeLinecap="round" />
        </svg>
      );
    case "fire":
      return (
        <svg width={size} height={size} viewBox="0 0 24 24" aria-hidden="true">
          <path d="M12.5 1.8c.9 3.6-1.2 5.6-2.8 7.6C8.2 11.3 6.8 13 6.8 15.6a5.2 5.2 0 0 0 10.4 0c0-2.6-1.3-4.4-2.3-5.8.1 1.7-.4 2.9-1.4 3.5.4-4-.6-8.2-1-11.5z" fill="#ff7a1a" />
          <path d="M12.2 11.5c.4 1.8-.6 2.8-1.4 3.8-.5.7-.9 1.3-.9 2.2a2.2 2.2 0 0 0 4.4 0c0-1.1-.6-1.9-1.1-2.6 0 .7-.2 1.2-.6 1.5.1-1.8-.2-3.5-.4-4.9z" fill="#ffd24a" />
        </svg>
      );
    case "applause":
      return (
        <svg width={size} height={size} viewBox="0 0 24 24" aria-hidden="true">
          <g transform="rotate(-18 10 14)"><rect x="5" y="8" width="8" height="12" rx="4" fill="#f4c27a" /><rect x="5" y="5" width="2.4" height="7" rx="1.2" fill="#f4c27a" /><rect x="8" y="4" width="2.4" height="7" rx="1.2" fill="#f4c27a" /><rect x="10.8" y="5" width="2.2" height="7" rx="1.1" fill="#f4c27a" /></g>
          <g transform="rotate(16 15 14)"><rect x="11" y="9" width="8" height="12" rx="4" fill="#e8a95a" /><rect x="11" y="6" width="2.4" height="7" rx="1.2" fill="#e8a95a" /><rect x="14" y="5" width="2.4" height="7" rx="1.2" fill="#e8a95a" /><rect x="16.8" y="6" width="2.2" height="7" rx="1.1" fill="#e8a95a" /></g>
          <path d="M3 4l1.6 1.6M6.5 1.5l.4 2.2M1.5 8l2.2.3M20 2.5l-1 1.8M22.5 6l-2 .6" stroke="#ffd24a" strokeWidth="1.4" strokeLinecap="round" />
        </svg>
      );
  }
}

export function HandIcon({ size = 18 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 24 24" aria-hidden="true" className="stage-hand-icon">
      <rect x="6" y="10" width="12" height="12" rx="5" fill="currentColor" />
      <rect x="6.2" y="5" width="2.6" height="9" rx="1.3" fill="currentColor" />
      <rect x="9.4" y="2.5" width="2.6" height="10" rx="1.3" fill="currentColor" />
      <rect x="12.6" y="3" width="2.6" height="10" rx="1.3" fill="currentColor" />
      <rect x="15.7" y="5" width="2.4" height="9" rx="1.2" fill="currentColor" />
      <rect x="2.5" y="11" width="2.6" height="7.5" rx="1.3" fill="currentColor" transform="rotate(-35 3.8 14.7)" />
    </svg>
  );
}
