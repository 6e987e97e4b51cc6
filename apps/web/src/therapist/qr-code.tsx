// A QR code drawn as SVG rectangles from uqr's module matrix (no canvas, no data URL, nothing the
// CSP has to allow). The same value is always offered as text beside it.
import { encode } from "uqr";

export function QrCode(props: { value: string; label: string; className?: string }) {
  const { data } = encode(props.value, { border: 2, ecc: "M" });
  const size = data.length;
  const cells: { x: number; y: number }[] = [];
  data.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (dark) cells.push({ x, y });
    }),
  );
  return (
    <svg className={props.className} viewBox={`0 0 ${size} ${size}`} role="img" aria-label={props.label} shapeRendering="crispEdges">
      {cells.map((cell) => (
        <rect key={`${cell.x}-${cell.y}`} x={cell.x} y={cell.y} width={1} height={1} />
      ))}
    </svg>
  );
}
