import { describe, expect, it } from 'vitest';
import { distanceM, distanceToPlace, insidePolygon } from './geo.ts';

// A village office in 兴义 (Qianxinan): about 111 m a thousandth of a degree of latitude.
const office = { lat: 25.092, lng: 104.895 };
const north = (m: number) => ({ lat: office.lat + m / 111_195, lng: office.lng });

describe('geofence', () => {
  it('measures distance on the sphere', () => {
    expect(distanceM(office, north(1000))).toBeCloseTo(1000, 0);
    expect(distanceM(office, office)).toBe(0);
  });

  it('judges a circle at the edge of its radius', () => {
    const shape = { kind: 'circle' as const, ...office, radiusM: 200 };
    expect(distanceToPlace(north(199), shape)).toBe(0);
    expect(distanceToPlace(north(200), shape)).toBe(0);
    expect(distanceToPlace(north(201), shape)).toBeCloseTo(1, 0);
    expect(distanceToPlace(north(500), shape)).toBeCloseTo(300, 0);
  });

  it('judges inside and outside a polygon, also a concave one', () => {
    // An L-shaped village: the square 0..400 m minus its north-east quarter.
    const at = (eastM: number, northM: number) => ({
      lat: office.lat + northM / 111_195,
      lng: office.lng + eastM / (111_195 * Math.cos((office.lat * Math.PI) / 180)),
    });
    const pts = [at(0, 0), at(400, 0), at(400, 200), at(200, 200), at(200, 400), at(0, 400)].map(
      (p) => [p.lat, p.lng] as [number, number],
    );
    const shape = { kind: 'polygon' as const, points: pts };
    expect(insidePolygon(at(100, 100), pts)).toBe(true);
    expect(insidePolygon(at(100, 300), pts)).toBe(true);
    expect(insidePolygon(at(300, 300), pts)).toBe(false); // the missing quarter
    expect(distanceToPlace(at(300, 300), shape)).toBeCloseTo(100, 0);
    expect(distanceToPlace(at(300, 100), shape)).toBe(0);
    expect(distanceToPlace(at(-50, 100), shape)).toBeCloseTo(50, 0);
    expect(distanceToPlace(at(399, 1), shape)).toBe(0);
    expect(distanceToPlace(at(401, 1), shape)).toBeCloseTo(1, 0);
  });
});
