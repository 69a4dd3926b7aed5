// Turns Natural Earth 1:110m land (world-atlas@2.0.2 land-110m.json, TopoJSON) into the
// SVG path the web page draws under its map: equirectangular, x = lon + 180, y = 90 - lat
// (viewBox 0 0 360 180), coordinates rounded to 0.1 degree, rings with under 4 points dropped.
//
//   npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
//   node land-outline.mjs package/land-110m.json > ../../main/resources/META-INF/resources/app/land-110m.json
//
// Natural Earth data is in the public domain; world-atlas is ISC-licensed (Michael Bostock).
import { readFileSync } from 'node:fs';

const topo = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const [sx, sy] = topo.transform.scale;
const [tx, ty] = topo.transform.translate;
// delta-decode and dequantise every arc once
const arcs = topo.arcs.map((arc) => {
  let x = 0, y = 0;
  return arc.map(([dx, dy]) => { x += dx; y += dy; return [x * sx + tx, y * sy + ty]; });
});
const arc = (i) => (i >= 0 ? arcs[i] : arcs[~i].slice().reverse());
const ring = (indexes) => {
  const out = [];
  indexes.forEach((i, k) => { const pts = arc(i); out.push(...(k === 0 ? pts : pts.slice(1))); });
  return out;
};
const polygons = [];
const visit = (g) => {
  if (g.type === 'GeometryCollection') g.geometries.forEach(visit);
  else if (g.type === 'Polygon') polygons.push(g.arcs);
  else if (g.type === 'MultiPolygon') polygons.push(...g.arcs);
};
visit(topo.objects.land);
const r1 = (v) => Math.round(v * 10) / 10;
let d = '';
for (const poly of polygons) {
  for (const rg of poly) {
    const pts = [];
    for (const [lon, lat] of ring(rg)) {
      const p = [r1(lon + 180), r1(90 - lat)];
      const last = pts[pts.length - 1];
      if (!last || last[0] !== p[0] || last[1] !== p[1]) pts.push(p);
    }
    if (pts.length < 4) continue;
    d += 'M' + pts.map((p) => p[0] + ' ' + p[1]).join('L') + 'Z';
  }
}
process.stdout.write(JSON.stringify({
  source: 'Natural Earth 1:110m land (public domain, naturalearthdata.com), via world-atlas 2.0.2'
    + ' (ISC licence, Copyright 2013-2019 Michael Bostock)',
  viewBox: '0 0 360 180',
  d,
}) + '\n');
