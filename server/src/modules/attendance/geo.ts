import type { PlaceShape } from '@hongyun/contracts';

// Geofence arithmetic on the WGS-84 sphere, good to a metre at a village's scale: distance by the
// haversine formula, polygons by ray casting on a local flat projection (a place is at most a few
// kilometres across, where the flat error is far below a phone's accuracy).

const EARTH_RADIUS_M = 6_371_008.8;
const rad = (deg: number) => (deg * Math.PI) / 180;

export type LatLng = { lat: number; lng: number };

export function distanceM(a: LatLng, b: LatLng): number {
  const dLat = rad(b.lat - a.lat);
  const dLng = rad(b.lng - a.lng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Metres east and north of `origin` (an equirectangular projection around it). */
function project(origin: LatLng, p: LatLng): [number, number] {
  const x = rad(p.lng - origin.lng) * Math.cos(rad(origin.lat)) * EARTH_RADIUS_M;
  const y = rad(p.lat - origin.lat) * EARTH_RADIUS_M;
  return [x, y];
}

export function insidePolygon(p: LatLng, points: readonly (readonly [number, number])[]): boolean {
  const ring = points.map(([lat, lng]) => project(p, { lat, lng }));
  let inside = false;
  // A ray from the point (the origin of the projection) towards +x crosses the ring an odd number of times.
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    if (yi > 0 !== yj > 0 && 0 < xi + ((0 - yi) * (xj - xi)) / (yj - yi)) inside = !inside;
  }
  return inside;
}

/** Distance from the origin to the segment a–b, in the projected plane. */
function toSegment(a: [number, number], b: [number, number]): number {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, -(a[0] * dx + a[1] * dy) / len2));
  return Math.hypot(a[0] + t * dx, a[1] + t * dy);
}

/** Metres from the point to the place's edge, to the decimetre (a phone's fix is metres at best): 0 inside. */
export function distanceToPlace(p: LatLng, shape: PlaceShape): number {
  return Math.round(rawDistanceToPlace(p, shape) * 10) / 10;
}

function rawDistanceToPlace(p: LatLng, shape: PlaceShape): number {
  if (shape.kind === 'circle') return Math.max(0, distanceM(p, shape) - shape.radiusM);
  if (insidePolygon(p, shape.points)) return 0;
  const ring = shape.points.map(([lat, lng]) => project(p, { lat, lng }));
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < ring.length; i++) {
    best = Math.min(best, toSegment(ring[i] as [number, number], ring[(i + 1) % ring.length] as [number, number]));
  }
  return best;
}
