// The store's JSON API, as the page uses it. URLs are relative, so the page also works behind a
// proxy that mounts store-service under a path prefix.

export const TYPES = ['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT'];

export const STATUSES = ['occurred', 'ongoing', 'planned', 'hypothetical', 'negated'];

/** Cooperation in greens and blues, conflict in ambers and reds (PLOVER's rough ordering). */
export const TYPE_COLOURS = {
  AGREE: '#2e7d32', CONSULT: '#1e88e5', SUPPORT: '#43a047', CONCEDE: '#9ccc65', COOPERATE: '#00897b',
  AID: '#4db6ac', RETREAT: '#afb42b', REQUEST: '#5c6bc0', ACCUSE: '#fbc02d', REJECT: '#fb8c00',
  THREATEN: '#f4511e', PROTEST: '#8e24aa', SANCTION: '#795548', MOBILIZE: '#d81b60', COERCE: '#e53935',
  ASSAULT: '#b71c1c',
};

export function colour(type) {
  return TYPE_COLOURS[type] || '#757575';
}

/** The filter names the page offers, in the order of the form; all are GET /events filters. */
export const FILTER_NAMES = ['type', 'country', 'status', 'from', 'to', 'q'];

/** URLSearchParams of the non-empty filters plus extra parameters. */
export function params(filters, extra = {}) {
  const p = new URLSearchParams();
  for (const name of FILTER_NAMES) {
    const v = (filters[name] || '').trim();
    if (v) p.set(name, v);
  }
  for (const [k, v] of Object.entries(extra)) {
    if (v !== null && v !== undefined && v !== '') p.set(k, String(v));
  }
  return p;
}

export class ApiError extends Error {
  constructor(status, detail) {
    super(detail);
    this.status = status;
  }
}

/** GETs JSON; a problem body (RFC 9457) becomes an ApiError carrying its detail. */
export async function getJson(path, signal) {
  const res = await fetch(path, { headers: { Accept: 'application/json' }, signal });
  if (!res.ok) {
    let detail = `${res.status} ${res.statusText}`;
    try {
      const problem = await res.json();
      detail = problem.detail || problem.title || detail;
    } catch {
      // not JSON: keep the status line
    }
    throw new ApiError(res.status, detail);
  }
  return res.json();
}

export function segment(id) {
  return encodeURIComponent(id);
}
