// The event view: one stored event (GET /events/{id}) with every report of it, and the article
// that reported it (GET /articles/{id}) with the evidence sentence highlighted in its cleaned
// text by the evidence offsets.

import { clear, h, safeHref } from './dom.js';
import { colour, getJson, segment } from './api.js';

export function actorLabel(a) {
  if (!a) return '—';
  const name = a.name || a.text || a.org || a.country || '?';
  const codes = [a.country, a.sector].filter(Boolean).join(' ');
  const org = a.org && a.org !== name ? ' · ' + a.org : '';
  return codes ? `${name} (${codes}${org})` : name + org;
}

export function typeBadge(type) {
  const b = h('span', { className: 'badge', text: type || '?' });
  b.style.backgroundColor = colour(type);
  return b;
}

/**
 * Where the evidence lies in the text: its offsets when they select the evidence sentence (up to
 * whitespace), else the sentence found by search, else the offsets if at least in range.
 * @returns [start, end] or null
 */
export function evidenceRange(text, evidence) {
  if (!text || !evidence) return null;
  const { start, end } = evidence;
  const inRange = Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start < end && end <= text.length;
  const norm = (s) => s.replace(/\s+/g, ' ').trim();
  if (inRange && (!evidence.text || norm(text.slice(start, end)) === norm(evidence.text))) return [start, end];
  if (evidence.text) {
    const i = text.indexOf(evidence.text);
    if (i >= 0) return [i, i + evidence.text.length];
  }
  return inRange ? [start, end] : null;
}

/** The article text as text nodes, the evidence wrapped in a mark element. */
function articleText(text, range) {
  const div = h('div', { className: 'article-text' });
  if (!range) {
    div.append(text);
    return { div, mark: null };
  }
  const mark = h('mark', { className: 'evidence', id: 'evidence', text: text.slice(range[0], range[1]) });
  div.append(text.slice(0, range[0]), mark, text.slice(range[1]));
  return { div, mark };
}

function field(label, value) {
  if (value === null || value === undefined || value === '') return null;
  return [h('dt', { text: label }), h('dd', {}, value)];
}

function describe(e) {
  const loc = e.location
    ? [e.location.name || e.location.text, e.location.country].filter(Boolean).join(', ')
      + (Number.isFinite(e.location.lat) ? ` (${e.location.lat.toFixed(2)}, ${e.location.lon.toFixed(2)})` : '')
    : null;
  const q = e.quantity ? `${e.quantity.amount} ${e.quantity.unit || ''}`.trim() : null;
  return h('dl', { className: 'facts' },
    field('Source', actorLabel(e.source)),
    field('Target', actorLabel(e.target)),
    field('Date', e.date ? `${e.date}${e.datePrecision && e.datePrecision !== 'day' ? ' (' + e.datePrecision + ')' : ''}` : 'unknown'),
    field('Status', e.status),
    field('Location', loc),
    field('Quantity', q),
    field('Mentions', String(e.mentions ?? 1)),
    field('Confidence', typeof e.confidence === 'number' ? e.confidence.toFixed(2) : null),
    field('Coder', e.coderVersion),
    field('Event id', h('code', { text: e.id })));
}

/**
 * Renders an event into `body`. `open(eventId, articleId, evidence)` lets the reports and the
 * article's other events re-open the view.
 */
export async function renderEvent(body, eventId, options, open) {
  clear(body);
  body.append(h('p', { className: 'loading', text: 'Loading event…' }));
  const detail = await getJson('events/' + segment(eventId));
  const reports = Array.isArray(detail.reports) ? detail.reports : [];
  // a report of the event may be chosen: show that article and that sentence
  const report = options.articleId ? reports.find((r) => r.articleId === options.articleId) : null;
  const articleId = report ? report.articleId : detail.articleId;
  const evidence = report ? report.evidence : detail.evidence;
  let article = null;
  let articleError = null;
  try {
    article = await getJson('articles/' + segment(articleId));
  } catch (err) {
    articleError = err.message;
  }

  clear(body);
  body.dataset.eventId = detail.id;
  body.append(h('header', { className: 'detail-head' },
    typeBadge(detail.type),
    detail.mode ? h('span', { className: 'mode', text: detail.mode }) : null,
    detail.cameo ? h('span', { className: 'cameo', text: 'CAMEO ' + detail.cameo }) : null,
    h('h2', { id: 'detail-title', text: `${actorLabel(detail.source)} → ${actorLabel(detail.target)}` })));
  body.append(describe(detail));

  // the article, evidence highlighted
  const section = h('section', { className: 'article', 'aria-label': 'Article' });
  section.append(h('h3', { text: 'Article' }));
  if (article) {
    const href = safeHref(article.url);
    section.append(h('p', { className: 'article-title', text: article.title || '(untitled)' }));
    section.append(h('p', { className: 'article-meta' },
      [article.outlet, article.publishedAt, article.language].filter(Boolean).join(' · '),
      href ? ' · ' : '', href ? h('a', { href, target: '_blank', rel: 'noopener noreferrer', text: 'original' }) : null,
      ' · ', h('code', { text: article.id })));
  }
  let mark = null;
  if (article && typeof article.text === 'string') {
    const range = evidenceRange(article.text, evidence);
    if (!range) {
      section.append(h('p', { className: 'warning', text: 'The evidence sentence was not found in the stored text:' }),
        h('blockquote', { className: 'evidence-quote', text: evidence.text || '' }));
    }
    const rendered = articleText(article.text, range);
    mark = rendered.mark;
    section.append(rendered.div);
  } else {
    section.append(h('p', { className: 'warning', text: articleError
      ? `Article ${articleId}: ${articleError}`
      : 'The article\u2019s text has not reached the store yet; the evidence sentence:' }),
    h('blockquote', { className: 'evidence-quote', text: evidence ? evidence.text : '' }));
  }
  body.append(section);

  // every report of the event
  const list = h('ol', { className: 'reports' });
  for (const r of reports) {
    const current = r.articleId === articleId;
    list.append(h('li', { className: current ? 'report current' : 'report', dataset: { articleId: r.articleId } },
      h('div', { className: 'report-meta' },
        h('button', { type: 'button', className: 'link', disabled: current,
          title: current ? 'shown above' : 'Show this article',
          onclick: () => open(detail.id, r.articleId) }, r.outlet || r.articleId),
        [r.publishedAt, typeof r.confidence === 'number' ? 'confidence ' + r.confidence.toFixed(2) : null]
          .filter(Boolean).map((s) => ' · ' + s).join('')),
      h('blockquote', { className: 'report-evidence', text: r.evidence ? r.evidence.text : '' })));
  }
  body.append(h('section', { className: 'reports-section' },
    h('h3', { text: `Reports (${reports.length})` }), list));

  // the article's other events
  const others = article && Array.isArray(article.events) ? article.events.filter((e) => e.id !== detail.id) : [];
  if (others.length) {
    const ul = h('ul', { className: 'others' });
    for (const e of others) {
      ul.append(h('li', {}, h('button', { type: 'button', className: 'link', onclick: () => open(e.id) },
        typeBadge(e.type), ' ', `${actorLabel(e.source)} → ${actorLabel(e.target)}`)));
    }
    body.append(h('section', {}, h('h3', { text: `Other events in this article (${others.length})` }), ul));
  }
  if (mark) mark.scrollIntoView({ block: 'center' });
  return detail;
}
