// The store's web page: filters (kept in the URL), a live feed of events (GET /events, then
// GET /events/stream), overviews (GET /events/aggregate), an export link and the event view.

import { clear, debounce, h } from './dom.js';
import { FILTER_NAMES, STATUSES, TYPES, getJson, params } from './api.js';
import { drawLegend, drawMap, drawNetwork, drawTimeline, loadLand } from './views.js';
import { actorLabel, renderEvent, typeBadge } from './event-view.js';

/** The feed keeps this many events; older ones drop off the bottom as live ones arrive. */
const FEED_LIMIT = 500;

const $ = (id) => document.getElementById(id);
const form = $('filters');
const feed = $('feed');

const state = {
  filters: {},
  events: [], // newest first, as shown
  ids: new Set(),
  generation: 0, // bumps on every filter change; late answers of an older one are dropped
  source: null,
  loading: false, // until the first page of a new filter arrives, the old list shows, dimmed
  aggregate: [],
  world: false, // the map shows the whole world instead of fitting the events
};

// ---- filters ------------------------------------------------------------------------------

function readForm() {
  const f = {};
  for (const name of FILTER_NAMES) f[name] = (form.elements[name].value || '').trim();
  if (f.country) f.country = f.country.toUpperCase();
  return f;
}

function writeForm(f) {
  for (const name of FILTER_NAMES) form.elements[name].value = f[name] || '';
}

function filtersFromUrl() {
  const q = new URLSearchParams(location.search);
  const f = {};
  for (const name of FILTER_NAMES) f[name] = q.get(name) || '';
  return f;
}

function updateExport() {
  const format = $('export-format').value;
  const p = params(state.filters, { format });
  $('export').href = 'events/export?' + p;
  $('export').setAttribute('download', 'events.' + (format === 'plover' ? 'json' : format));
}

/** Every filter name with a string value: equal filters compare equal. */
function normalise(f) {
  const out = {};
  for (const name of FILTER_NAMES) out[name] = String((f && f[name]) || '').trim();
  out.country = out.country.toUpperCase();
  return out;
}

function apply(f) {
  f = normalise(f);
  state.filters = f;
  writeForm(f);
  const qs = params(f).toString();
  history.replaceState(null, '', (qs ? '?' + qs : location.pathname) + location.hash);
  updateExport();
  showMessage(null);
  startFeed();
  refreshViews();
}

function showMessage(text) {
  const m = $('message');
  m.hidden = !text;
  m.textContent = text || '';
}

// ---- feed -----------------------------------------------------------------------------------

function feedItem(e, fresh) {
  const li = h('li', { className: fresh ? 'ev fresh' : 'ev', tabindex: 0, role: 'button',
    dataset: { id: e.id, type: e.type, status: e.status || '', source: e.source?.country || '',
      target: e.target?.country || '' },
    onclick: () => openEvent(e.id), onkeydown: (ev) => { if (ev.key === 'Enter') openEvent(e.id); } },
  h('div', { className: 'ev-head' },
    typeBadge(e.type),
    e.cameo ? h('span', { className: 'cameo', text: e.cameo }) : null,
    h('span', { className: 'date', text: e.date || 'undated' }),
    e.status && e.status !== 'occurred' ? h('span', { className: 'status s-' + e.status, text: e.status }) : null,
    (e.mentions || 1) > 1 ? h('span', { className: 'mentions', title: 'reports merged into this event',
      text: '×' + e.mentions }) : null),
  h('div', { className: 'ev-actors', text: `${actorLabel(e.source)} → ${actorLabel(e.target)}` }),
  h('div', { className: 'ev-evidence', text: e.evidence ? e.evidence.text : '' }),
  h('div', { className: 'ev-meta', text: [e.outlet, e.location ? e.location.name || e.location.text : null]
    .filter(Boolean).join(' · ') }));
  return li;
}

function renderFeed() {
  clear(feed);
  feed.classList.remove('stale');
  for (const e of state.events) feed.append(feedItem(e, false));
  updateCount();
}

function updateCount() {
  const n = state.events.length;
  $('feed-count').textContent = n >= FEED_LIMIT ? `latest ${n}` : `${n}`;
  $('feed-empty').hidden = n > 0;
}

function addLive(e) {
  if (state.ids.has(e.id)) return;
  state.ids.add(e.id);
  state.events.unshift(e);
  if (state.loading) return; // shown with the first page
  feed.prepend(feedItem(e, true));
  while (state.events.length > FEED_LIMIT) {
    state.ids.delete(state.events.pop().id);
    feed.lastElementChild.remove();
  }
  updateCount();
  drawMapView();
  refreshViewsSoon();
}

function setLive(status, text) {
  $('live').dataset.state = status;
  $('live-text').textContent = text;
}

/**
 * Subscribes to the stream first, then loads the newest stored events: an event stored in
 * between arrives by both ways and is shown once (by id), so nothing falls in the gap.
 */
function startFeed() {
  const gen = ++state.generation;
  if (state.source) state.source.close();
  state.events = [];
  state.ids = new Set();
  state.loading = true;
  feed.classList.add('stale');
  const qs = params(state.filters).toString();
  const source = new EventSource('events/stream' + (qs ? '?' + qs : ''));
  state.source = source;
  setLive('connecting', 'connecting…');
  let loaded = false;
  const loadOnce = () => {
    if (!loaded) {
      loaded = true;
      loadInitial(gen);
    }
  };
  source.addEventListener('open', () => {
    setLive('live', 'live');
    loadOnce();
  });
  source.addEventListener('event', (m) => {
    if (gen !== state.generation) return;
    try {
      addLive(JSON.parse(m.data));
    } catch (err) {
      console.warn('unreadable stream event', err);
    }
  });
  source.addEventListener('error', () => {
    if (gen !== state.generation) return;
    // the browser reconnects by itself (sending Last-Event-ID) unless the server refused
    setLive(source.readyState === EventSource.CLOSED ? 'closed' : 'connecting',
      source.readyState === EventSource.CLOSED ? 'stream closed' : 'reconnecting…');
    loadOnce();
  });
  // a proxy that buffers the stream delays `open`; do not let the list wait for it
  setTimeout(loadOnce, 3000);
}

async function loadInitial(gen) {
  try {
    const page = await getJson('events?' + params(state.filters, { limit: FEED_LIMIT }));
    if (gen !== state.generation) return;
    // live events that came first are newer than the page: keep them on top
    const live = state.events;
    const seen = new Set(live.map((e) => e.id));
    state.events = live.concat(page.items.filter((e) => !seen.has(e.id)));
    state.ids = new Set(state.events.map((e) => e.id));
    state.loading = false;
    renderFeed();
    drawMapView();
  } catch (err) {
    if (gen !== state.generation) return;
    state.loading = false;
    renderFeed();
    $('feed-empty').hidden = true;
    showMessage('Could not load events: ' + err.message);
  }
}

// ---- overviews --------------------------------------------------------------------------------

let viewsGeneration = 0;

async function refreshViews() {
  const gen = ++viewsGeneration;
  try {
    const rows = await getJson('events/aggregate?' + params(state.filters));
    if (gen !== viewsGeneration) return;
    state.aggregate = rows;
    drawAggregates();
    fillCountries(rows);
  } catch (err) {
    if (gen !== viewsGeneration) return;
    showMessage('Could not load the overview: ' + err.message);
  }
  drawMapView();
}

const refreshViewsSoon = debounce(refreshViews, 1500);

function drawAggregates() {
  const rows = state.aggregate;
  const types = drawTimeline($('timeline'), rows, $('timeline-note'));
  drawLegend($('legend'), types, (type) => apply({ ...state.filters, type }));
  drawNetwork($('network'), rows, $('network-note'), (country) => apply({ ...state.filters, country }));
}

function drawMapView() {
  drawMap($('map'), state.events, $('map-note'), (id) => openEvent(id), state.world);
  $('map-world').textContent = state.world ? 'fit events' : 'whole world';
  $('map-world').setAttribute('aria-pressed', String(state.world));
}

function fillCountries(rows) {
  const list = $('countries');
  const codes = new Set();
  for (const r of rows) {
    if (r.sourceCountry) codes.add(r.sourceCountry);
    if (r.targetCountry) codes.add(r.targetCountry);
  }
  clear(list);
  for (const c of [...codes].sort()) list.append(h('option', { value: c }));
}

// ---- event view -------------------------------------------------------------------------------

let opened = 0;

async function openEvent(id, articleId) {
  const n = ++opened;
  const panel = $('detail');
  const body = $('detail-body');
  panel.hidden = false;
  document.body.classList.add('detail-open');
  for (const li of feed.querySelectorAll('li.selected')) li.classList.remove('selected');
  for (const li of feed.children) if (li.dataset.id === id) li.classList.add('selected');
  history.replaceState(null, '', location.pathname + location.search + '#event=' + encodeURIComponent(id));
  try {
    await renderEvent(body, id, { articleId }, (eventId, reportArticle) => openEvent(eventId, reportArticle));
    if (n === opened) panel.focus({ preventScroll: true });
  } catch (err) {
    if (n !== opened) return;
    clear(body);
    body.append(h('p', { className: 'warning', text: `Event ${id}: ${err.message}` }));
  }
}

function closeEvent() {
  opened++;
  $('detail').hidden = true;
  document.body.classList.remove('detail-open');
  for (const li of feed.querySelectorAll('li.selected')) li.classList.remove('selected');
  history.replaceState(null, '', location.pathname + location.search);
}

// ---- start ------------------------------------------------------------------------------------

function init() {
  const type = $('f-type');
  for (const t of TYPES) type.append(h('option', { value: t, text: t }));
  const status = $('f-status');
  for (const s of STATUSES) status.append(h('option', { value: s, text: s }));

  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    apply(readForm());
  });
  for (const name of ['type', 'status', 'from', 'to']) {
    form.elements[name].addEventListener('change', () => apply(readForm()));
  }
  const typed = debounce(() => {
    const f = readForm();
    if (f.q !== state.filters.q || f.country !== state.filters.country) apply(f);
  }, 500);
  form.elements.q.addEventListener('input', typed);
  form.elements.country.addEventListener('input', () => {
    const v = form.elements.country.value.trim();
    if (v.length === 0 || v.length === 3) typed();
  });
  $('reset').addEventListener('click', () => apply({}));
  $('export-format').addEventListener('change', updateExport);
  $('detail-close').addEventListener('click', closeEvent);
  $('map-world').addEventListener('click', () => {
    state.world = !state.world;
    drawMapView();
  });
  // the charts are drawn at their pixel width
  window.addEventListener('resize', debounce(() => {
    drawAggregates();
    drawMapView();
  }, 200));
  document.addEventListener('keydown', (ev) => {
    if (ev.key === 'Escape' && !$('detail').hidden) closeEvent();
  });

  loadLand().then(drawMapView);
  apply(filtersFromUrl());
  const m = /^#event=(.+)$/.exec(location.hash);
  if (m) openEvent(decodeURIComponent(m[1]));
}

init();
