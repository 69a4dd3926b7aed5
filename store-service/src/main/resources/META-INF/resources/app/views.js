// The three overviews, drawn as plain SVG: a timeline of counts by type and a country-pair
// network (both from GET /events/aggregate) and a map of located events (from the events the
// feed holds). Each function empties its container and draws again; none keeps state.

import { clear, h, svg } from './dom.js';
import { TYPES, colour } from './api.js';

const DAY = 86400000;

function parseDay(s) {
  const t = Date.parse(s + 'T00:00:00Z');
  return Number.isNaN(t) ? null : t;
}

function isoDay(t) {
  return new Date(t).toISOString().slice(0, 10);
}

/** Buckets fine enough to see a week, coarse enough to stay under ~90 bars. */
function bucketing(minT, maxT) {
  const days = Math.round((maxT - minT) / DAY) + 1;
  if (days <= 90) {
    return { unit: 'day', key: (t) => isoDay(t), next: (t) => t + DAY, start: minT };
  }
  const monthStart = (t) => { const d = new Date(t); return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1); };
  if (days <= 366 * 7) {
    return {
      unit: 'month', key: (t) => isoDay(monthStart(t)).slice(0, 7),
      next: (t) => { const d = new Date(t); return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1); },
      start: monthStart(minT),
    };
  }
  return {
    unit: 'year', key: (t) => String(new Date(t).getUTCFullYear()),
    next: (t) => Date.UTC(new Date(t).getUTCFullYear() + 1, 0, 1),
    start: Date.UTC(new Date(minT).getUTCFullYear(), 0, 1),
  };
}

function niceMax(v) {
  if (v <= 5) return Math.max(1, Math.ceil(v));
  const p = 10 ** Math.floor(Math.log10(v));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * p >= v) return m * p;
  return 10 * p;
}

/**
 * Stacked bars of event counts per day (or month, or year) and PLOVER type.
 * @returns the types present, for the legend
 */
export function drawTimeline(container, rows, note) {
  clear(container);
  const dated = rows.filter((r) => r.day && parseDay(r.day) !== null);
  const undated = rows.filter((r) => !r.day || parseDay(r.day) === null).reduce((a, r) => a + r.events, 0);
  if (dated.length === 0) {
    container.append(h('p', { className: 'empty', text: 'No dated events.' }));
    note.textContent = undated ? `${undated} undated` : '';
    return [];
  }
  const times = dated.map((r) => parseDay(r.day));
  const b = bucketing(Math.min(...times), Math.max(...times));
  const keys = [];
  const index = new Map();
  for (let t = b.start, last = Math.max(...times); t <= last; t = b.next(t)) {
    index.set(b.key(t), keys.length);
    keys.push(b.key(t));
  }
  const counts = keys.map(() => ({}));
  const present = new Set();
  for (const r of dated) {
    const i = index.get(b.key(parseDay(r.day)));
    counts[i][r.type] = (counts[i][r.type] || 0) + r.events;
    present.add(r.type);
  }
  const totals = counts.map((c) => Object.values(c).reduce((a, n) => a + n, 0));
  const max = niceMax(Math.max(...totals));

  // drawn at the container's own pixel width, so labels keep their size at any width
  const W = Math.max(300, Math.round(container.clientWidth || 640)), H = 250, L = 34, R = 8, T = 10, B = 26;
  const plotW = W - L - R, plotH = H - T - B;
  const slot = plotW / keys.length;
  const barW = Math.max(1, Math.min(28, slot * 0.8));
  const y = (v) => T + plotH - (v / max) * plotH;
  const root = svg('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': 'Events per ' + b.unit + ' by type',
    className: 'timeline-svg' });

  for (let k = 0; k <= 4; k++) {
    const v = (max * k) / 4;
    if (k > 0 && !Number.isInteger(v) && max <= 4) continue;
    root.append(svg('line', { x1: L, x2: W - R, y1: y(v), y2: y(v), className: k === 0 ? 'axis' : 'grid' }));
    root.append(svg('text', { x: L - 5, y: y(v) + 3.5, className: 'tick', 'text-anchor': 'end',
      text: Number.isInteger(v) ? v : v.toFixed(1) }));
  }
  const order = TYPES.filter((t) => present.has(t)).concat([...present].filter((t) => !TYPES.includes(t)));
  keys.forEach((key, i) => {
    const x = L + i * slot + (slot - barW) / 2;
    let acc = 0;
    for (const type of order) {
      const n = counts[i][type];
      if (!n) continue;
      root.append(svg('rect', { x, y: y(acc + n), width: barW, height: Math.max(0.5, y(acc) - y(acc + n)),
        fill: colour(type), className: 'bar', dataset: { type, bucket: key } },
        svg('title', { text: `${key} · ${type}: ${n}` })));
      acc += n;
    }
  });
  // x labels: one per bar when they fit, else evenly spaced
  const every = Math.max(1, Math.ceil(keys.length / Math.max(1, Math.floor(plotW / 46))));
  keys.forEach((key, i) => {
    if (i % every !== 0) return;
    root.append(svg('text', { x: L + i * slot + slot / 2, y: H - B + 15, className: 'tick', 'text-anchor': 'middle',
      text: b.unit === 'day' ? key.slice(5) : key }));
  });
  const year = b.unit === 'day' ? keys[0].slice(0, 4) + (keys[0].slice(0, 4) !== keys[keys.length - 1].slice(0, 4)
    ? '–' + keys[keys.length - 1].slice(0, 4) : '') : '';
  note.textContent = `per ${b.unit}${year ? ', ' + year : ''}` + (undated ? ` · ${undated} undated not shown` : '');
  container.append(root);
  return order;
}

/** Legend entries double as type filters. */
export function drawLegend(list, types, onPick) {
  clear(list);
  for (const type of types) {
    const sw = h('span', { className: 'swatch' });
    sw.style.backgroundColor = colour(type);
    list.append(h('li', {}, h('button', { type: 'button', className: 'legend-item', title: 'Show only ' + type,
      dataset: { type }, onclick: () => onPick(type) }, sw, type)));
  }
}

/**
 * Countries on a circle, sized by their events; an edge per (source, target) pair, as wide as
 * its event count and coloured by its commonest type. Domestic pairs count toward the node.
 */
export function drawNetwork(container, rows, note, onPickCountry) {
  clear(container);
  const nodes = new Map();
  const edges = new Map();
  const node = (c) => {
    if (!nodes.has(c)) nodes.set(c, { id: c, total: 0, domestic: 0 });
    return nodes.get(c);
  };
  for (const r of rows) {
    const s = r.sourceCountry, t = r.targetCountry;
    if (!s && !t) continue;
    if (s) node(s).total += r.events;
    if (t && t !== s) node(t).total += r.events;
    if (!s || !t) continue;
    if (s === t) {
      node(s).domestic += r.events;
      continue;
    }
    const key = s + '>' + t;
    const e = edges.get(key) || { s, t, n: 0, types: {} };
    e.n += r.events;
    e.types[r.type] = (e.types[r.type] || 0) + r.events;
    edges.set(key, e);
  }
  if (nodes.size === 0) {
    container.append(h('p', { className: 'empty', text: 'No events with coded countries.' }));
    note.textContent = '';
    return;
  }
  const MAX_NODES = 24;
  const shown = [...nodes.values()].sort((a, b) => b.total - a.total || a.id.localeCompare(b.id)).slice(0, MAX_NODES);
  const keep = new Set(shown.map((n) => n.id));
  const shownEdges = [...edges.values()].filter((e) => keep.has(e.s) && keep.has(e.t));
  note.textContent = `${nodes.size} countries, ${edges.size} pairs` + (nodes.size > MAX_NODES ? ` (top ${MAX_NODES})` : '');

  const W = Math.max(300, Math.round(container.clientWidth || 420)), H = Math.min(360, Math.max(260, W * 0.75));
  const cx = W / 2, cy = H / 2 + 4, radius = Math.min(W, H) / 2 - 46;
  // strongest node on top, the others clockwise: neighbours in the ranking sit close
  const pos = new Map();
  shown.forEach((n, i) => {
    const a = -Math.PI / 2 + (2 * Math.PI * i) / shown.length;
    pos.set(n.id, { x: cx + radius * Math.cos(a), y: cy + radius * Math.sin(a), a });
  });
  const maxNode = Math.max(...shown.map((n) => n.total));
  const maxEdge = Math.max(1, ...shownEdges.map((e) => e.n));
  const r = (n) => 5 + 11 * Math.sqrt(n.total / maxNode);
  const root = svg('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': 'Country-pair network',
    className: 'network-svg' });
  root.append(svg('defs', {}, svg('marker', { id: 'arrow', viewBox: '0 0 10 10', refX: 9, refY: 5,
    markerUnits: 'userSpaceOnUse', markerWidth: 9, markerHeight: 9, orient: 'auto' },
  svg('path', { d: 'M0 0L10 5L0 10Z', fill: '#78909c' }))));

  const edgeLayer = svg('g', { className: 'edges' });
  for (const e of shownEdges.sort((a, b) => a.n - b.n)) {
    const p = pos.get(e.s), q = pos.get(e.t);
    const target = shown.find((n) => n.id === e.t);
    // bend each direction to its own side, so A→B and B→A stay apart
    const mx = (p.x + q.x) / 2, my = (p.y + q.y) / 2;
    const dx = q.x - p.x, dy = q.y - p.y, len = Math.hypot(dx, dy) || 1;
    const bend = 0.12 * len;
    const c1 = { x: mx - (dy / len) * bend, y: my + (dx / len) * bend };
    // stop at the target circle's rim so the arrow shows
    const ex = q.x - c1.x, ey = q.y - c1.y, el = Math.hypot(ex, ey) || 1;
    const end = { x: q.x - (ex / el) * (r(target) + 2), y: q.y - (ey / el) * (r(target) + 2) };
    const top = Object.entries(e.types).sort((a, b) => b[1] - a[1])[0][0];
    const kinds = Object.entries(e.types).sort((a, b) => b[1] - a[1]).map(([t, n]) => `${t} ${n}`).join(', ');
    edgeLayer.append(svg('path', { d: `M${p.x.toFixed(1)} ${p.y.toFixed(1)}Q${c1.x.toFixed(1)} ${c1.y.toFixed(1)} `
      + `${end.x.toFixed(1)} ${end.y.toFixed(1)}`, stroke: colour(top), 'stroke-width': (1 + 6 * Math.sqrt(e.n / maxEdge)).toFixed(2),
    fill: 'none', className: 'edge', 'marker-end': 'url(#arrow)', dataset: { source: e.s, target: e.t, events: e.n } },
    svg('title', { text: `${e.s} → ${e.t}: ${e.n} event${e.n === 1 ? '' : 's'} (${kinds})` })));
  }
  root.append(edgeLayer);

  const nodeLayer = svg('g', { className: 'nodes' });
  for (const n of shown) {
    const p = pos.get(n.id);
    const g = svg('g', { className: 'node', tabindex: 0, role: 'button', dataset: { country: n.id },
      onclick: () => onPickCountry(n.id), onkeydown: (ev) => { if (ev.key === 'Enter') onPickCountry(n.id); } },
    svg('title', { text: `${n.id}: ${n.total} event${n.total === 1 ? '' : 's'}`
      + (n.domestic ? `, ${n.domestic} domestic` : '') + ' — click to filter' }));
    if (n.domestic) g.append(svg('circle', { cx: p.x, cy: p.y, r: r(n) + 3, className: 'domestic' }));
    g.append(svg('circle', { cx: p.x, cy: p.y, r: r(n), className: 'node-dot' }));
    const lx = p.x + Math.cos(p.a) * (r(n) + 6), ly = p.y + Math.sin(p.a) * (r(n) + 6) + 4;
    const anchor = Math.abs(Math.cos(p.a)) < 0.3 ? 'middle' : Math.cos(p.a) > 0 ? 'start' : 'end';
    g.append(svg('text', { x: lx, y: ly + (Math.sin(p.a) > 0.7 ? 6 : Math.sin(p.a) < -0.7 ? -4 : 0),
      'text-anchor': anchor, className: 'node-label', text: n.id }));
    nodeLayer.append(g);
  }
  root.append(nodeLayer);
  container.append(root);
}

let landPath = null;

/** Loads the land outline once; the map draws a graticule alone until (or if never) it arrives. */
export async function loadLand() {
  if (landPath !== null) return landPath;
  try {
    const res = await fetch('app/land-110m.json');
    landPath = res.ok ? (await res.json()).d : '';
  } catch {
    landPath = '';
  }
  return landPath;
}

/**
 * The part of the 360 × 180 plane to show: the located events with a margin, at least 48° wide,
 * kept at 2:1 so the projection is not distorted; the whole world when asked or when empty.
 */
function mapBox(points, world) {
  const whole = { x: 0, y: 0, w: 360, h: 180 };
  if (world || points.length === 0) return whole;
  const xs = points.map((p) => p[0]), ys = points.map((p) => p[1]);
  const minX = Math.min(...xs), maxX = Math.max(...xs), minY = Math.min(...ys), maxY = Math.max(...ys);
  let w = Math.max(48, (maxX - minX) * 1.3 + 12);
  let h = Math.max(24, (maxY - minY) * 1.3 + 12);
  if (w < 2 * h) w = 2 * h; else h = w / 2;
  if (w >= 360) return whole;
  const clamp = (v, lo, hi) => Math.min(Math.max(v, lo), hi);
  return { x: clamp((minX + maxX) / 2 - w / 2, 0, 360 - w), y: clamp((minY + maxY) / 2 - h / 2, 0, 180 - h), w, h };
}

/** Equirectangular: x = lon + 180, y = 90 - lat, in a 360 × 180 plane. */
export function drawMap(container, events, note, onPickEvent, world = false) {
  clear(container);
  const located = events.filter((e) => e.location && Number.isFinite(e.location.lat) && Number.isFinite(e.location.lon)
    && Math.abs(e.location.lat) <= 90 && Math.abs(e.location.lon) <= 180);
  const box = mapBox(located.map((e) => [e.location.lon + 180, 90 - e.location.lat]), world);
  const k = box.w / Math.max(200, container.clientWidth || 800); // user units per pixel: sizes below are in pixels
  const root = svg('svg', { viewBox: `${box.x.toFixed(2)} ${box.y.toFixed(2)} ${box.w.toFixed(2)} ${box.h.toFixed(2)}`,
    role: 'img', 'aria-label': 'Map of located events', className: 'map-svg', preserveAspectRatio: 'xMidYMid meet' });
  root.append(svg('rect', { x: 0, y: 0, width: 360, height: 180, className: 'ocean' }));
  if (landPath) root.append(svg('path', { d: landPath, className: 'land' }));
  const grid = svg('g', { className: 'graticule' });
  const step = box.w > 150 ? 30 : box.w > 60 ? 10 : 5;
  for (let lon = -180 + step; lon < 180; lon += step) {
    grid.append(svg('line', { x1: lon + 180, x2: lon + 180, y1: 0, y2: 180, className: lon === 0 ? 'meridian' : null }));
  }
  for (let lat = -90 + step; lat < 90; lat += step) {
    grid.append(svg('line', { x1: 0, x2: 360, y1: 90 - lat, y2: 90 - lat, className: lat === 0 ? 'equator' : null }));
  }
  root.append(grid);
  // graticule labels along the top and left edges of the view
  const labels = svg('g', { className: 'graticule-labels' });
  const fs = 10 * k;
  for (let lon = -180 + step; lon < 180; lon += step) {
    const x = lon + 180;
    if (x <= box.x + 2 * fs || x >= box.x + box.w - fs) continue;
    labels.append(svg('text', { x: x + 0.3 * fs, y: box.y + 1.1 * fs, 'font-size': fs.toFixed(2),
      text: `${Math.abs(lon)}°${lon < 0 ? 'W' : lon > 0 ? 'E' : ''}` }));
  }
  for (let lat = -90 + step; lat < 90; lat += step) {
    const y = 90 - lat;
    if (y <= box.y + 2 * fs || y >= box.y + box.h - 0.5 * fs) continue;
    labels.append(svg('text', { x: box.x + 0.3 * fs, y: y - 0.3 * fs, 'font-size': fs.toFixed(2),
      text: `${Math.abs(lat)}°${lat < 0 ? 'S' : lat > 0 ? 'N' : ''}` }));
  }
  root.append(labels);

  const points = svg('g', { className: 'points' });
  // larger (more mentioned) first, so small points stay clickable on top
  for (const e of [...located].sort((a, b) => (b.mentions || 1) - (a.mentions || 1))) {
    const place = e.location.name || e.location.text || '';
    points.append(svg('circle', { cx: (e.location.lon + 180).toFixed(3), cy: (90 - e.location.lat).toFixed(3),
      r: ((4.5 + 1.5 * Math.sqrt(e.mentions || 1)) * k).toFixed(3), fill: colour(e.type), className: 'point',
      tabindex: 0, role: 'button', dataset: { id: e.id, type: e.type },
      onclick: () => onPickEvent(e.id), onkeydown: (ev) => { if (ev.key === 'Enter') onPickEvent(e.id); } },
    svg('title', { text: `${e.type} · ${place}${e.location.country ? ' (' + e.location.country + ')' : ''}`
      + (e.date ? ' · ' + e.date : '') + ' — click to open' })));
  }
  root.append(points);
  container.append(root);
  note.textContent = `${located.length} of ${events.length} loaded events located`;
}
