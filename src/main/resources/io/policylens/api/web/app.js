// PolicyLens analyst page. Crawled text is hostile: it only ever reaches the page through textContent and
// createElement, never as HTML; the server's Content-Security-Policy forbids inline script as a second guard.
'use strict';

(function () {
  const FACET_LABELS = {
    province: 'Province', city: 'City', organisation: 'Organisation', person: 'Person', kind: 'Indicator kind',
    year: 'Year', site: 'Site', script: 'Script', issuer: 'Issuing body'
  };
  const state = { q: '', sort: 'relevance', page: 1, size: 10, filters: {}, view: 'results' };
  let charts = [];
  let indicatorRows = [];
  let indicatorSort = { key: 'value', dir: -1 };

  const $ = (id) => document.getElementById(id);
  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k === 'class') e.className = v; else if (k === 'text') e.textContent = v; else e.setAttribute(k, v);
    }
    for (const c of children) e.append(c instanceof Node ? c : document.createTextNode(String(c)));
    return e;
  }

  function params(extra) {
    const p = new URLSearchParams();
    if (state.q) p.set('q', state.q);
    for (const [k, v] of Object.entries(state.filters)) p.set(k, v);
    for (const [k, v] of Object.entries(extra || {})) p.set(k, v);
    return p;
  }

  async function getJson(url) {
    const r = await fetch(url, { headers: { Accept: 'application/json' } });
    const body = await r.json();
    if (!r.ok) throw new Error(body.detail || body.title || ('HTTP ' + r.status));
    return body;
  }

  function showError(e) {
    const box = $('error');
    box.textContent = e ? String(e.message || e) : '';
    box.hidden = !e;
  }

  function show(view) {
    state.view = view;
    $('results-view').hidden = view !== 'results';
    $('indicators-view').hidden = view !== 'indicators';
    $('charts-view').hidden = view !== 'charts';
    $('document-view').hidden = view !== 'document';
    for (const [id, v] of [['tab-results', 'results'], ['tab-indicators', 'indicators'], ['tab-charts', 'charts']]) {
      $(id).classList.toggle('active', view === v);
    }
  }

  // Answers can arrive out of order (the first search of a page is slower): only the latest request's is shown.
  let searchSeq = 0;
  let indicatorSeq = 0;

  async function search() {
    showError(null);
    const seq = ++searchSeq;
    let result;
    try {
      const extra = { sort: state.sort, page: state.page, size: state.size };
      if (state.view === 'charts') extra.charts = 'true'; // chart data costs more: only when charts are shown
      result = await getJson('/api/search?' + params(extra));
    } catch (e) {
      if (seq === searchSeq) showError(e);
      return;
    }
    if (seq !== searchSeq) return;
    renderResults(result);
    renderFacets(result.facets || {});
    if (state.view === 'charts') renderCharts(result.charts);
    if (state.view === 'indicators') loadIndicators();
  }

  function snippetNode(snippet) {
    const p = el('p', { class: 'snippet' });
    p.append('… ');
    for (const part of snippet.parts) {
      p.append(part.hit ? el('mark', { text: part.text }) : document.createTextNode(part.text));
    }
    p.append(' …');
    return p;
  }

  function renderResults(r) {
    const shown = r.simplified_query && r.simplified_query !== r.query ? ' (' + r.simplified_query + ')' : '';
    $('summary').textContent = r.total + ' document' + (r.total === 1 ? '' : 's') +
      (r.query ? ' for ' + r.query + shown : '') + ' · ' + r.took_millis + ' ms';
    const list = $('results');
    list.replaceChildren();
    for (const h of r.hits) {
      const link = el('a', { href: '#doc/' + h.id, 'data-id': h.id, class: 'doc-link', text: h.title_original || h.title || h.uri });
      link.addEventListener('click', (ev) => { ev.preventDefault(); openDocument(h.id); });
      const li = el('li', { class: 'hit' }, el('h3', {}, link),
        el('div', { class: 'meta', text: (h.published || 'undated') + ' · ' + h.site + ' · ' + h.uri }));
      for (const s of h.snippets) li.append(snippetNode(s));
      if (h.also_at && h.also_at.length) li.append(el('div', { class: 'meta', text: 'also at ' + h.also_at.join(', ') }));
      list.append(li);
    }
    const pager = $('pager');
    pager.replaceChildren();
    const pages = Math.ceil(Math.min(r.total, 10000) / state.size);
    if (pages > 1) {
      const prev = el('button', { type: 'button', text: '← previous' });
      prev.disabled = state.page <= 1;
      prev.addEventListener('click', () => { state.page--; search(); });
      const next = el('button', { type: 'button', text: 'next →' });
      next.disabled = state.page >= pages;
      next.addEventListener('click', () => { state.page++; search(); });
      pager.append(prev, el('span', { text: 'page ' + state.page + ' of ' + pages }), next);
    }
  }

  function setFilter(name, value) {
    if (name === 'year') {
      state.filters.from = value + '-01-01';
      state.filters.to = value + '-12-31';
    } else {
      state.filters[name] = value;
    }
    state.page = 1;
    search();
  }

  function renderFacets(facets) {
    const active = $('active-filters');
    active.replaceChildren();
    for (const [k, v] of Object.entries(state.filters)) {
      const b = el('button', { type: 'button', class: 'active-filter', 'data-filter': k, text: k + ': ' + v + ' ✕' });
      b.addEventListener('click', () => { delete state.filters[k]; state.page = 1; search(); });
      active.append(b);
    }
    const list = $('facet-list');
    list.replaceChildren();
    for (const [name, buckets] of Object.entries(facets)) {
      if (!buckets.length) continue;
      const ul = el('ul', { 'data-facet': name });
      for (const b of buckets) {
        const btn = el('button', { type: 'button', class: 'facet-value', 'data-facet': name, 'data-value': b.key },
          el('span', { text: b.key }), el('span', { class: 'count', text: b.count }));
        btn.addEventListener('click', () => setFilter(name, b.key));
        ul.append(el('li', {}, btn));
      }
      list.append(el('h4', { text: FACET_LABELS[name] || name }), ul);
    }
  }

  function renderCharts(data) {
    if (!data || typeof Chart === 'undefined') return;
    charts.forEach((c) => c.destroy());
    const bar = (id, points, label) => new Chart($(id), {
      type: 'bar',
      data: { labels: points.map((p) => p.key), datasets: [{ label, data: points.map((p) => p.value / 1e8), backgroundColor: '#0b5cab' }] },
      options: { animation: false, plugins: { legend: { display: false } } }
    });
    charts = [
      bar('chart-year', data.yuan_by_year, '亿元'),
      bar('chart-province', data.yuan_by_province, '亿元'),
      new Chart($('chart-time'), {
        type: 'line',
        data: { labels: data.documents_by_month.map((p) => p.key),
          datasets: [{ label: 'documents', data: data.documents_by_month.map((p) => p.value), borderColor: '#0b5cab' }] },
        options: { animation: false, plugins: { legend: { display: false } } }
      })
    ];
  }

  async function loadIndicators() {
    const p = params({ format: 'json', limit: 2000 });
    $('indicator-csv').setAttribute('href', '/api/indicators?' + params({ format: 'csv' }));
    const seq = ++indicatorSeq;
    let rows;
    try {
      rows = await getJson('/api/indicators?' + p);
    } catch (e) {
      if (seq === indicatorSeq) showError(e);
      return;
    }
    if (seq !== indicatorSeq) return;
    indicatorRows = rows;
    renderIndicators();
  }

  function cell(row, key) {
    if (key === 'region') return row.region ? row.region.name : '';
    const v = row[key];
    return v === null || v === undefined ? '' : v;
  }

  function renderIndicators() {
    const needle = $('indicator-filter').value.trim();
    const rows = indicatorRows.filter((r) => !needle ||
      ['kind', 'unit', 'subject', 'sentence', 'title', 'region'].some((k) => String(cell(r, k)).includes(needle)));
    rows.sort((a, b) => {
      const x = cell(a, indicatorSort.key), y = cell(b, indicatorSort.key);
      return (typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'zh')) * indicatorSort.dir;
    });
    const body = $('indicator-table').tBodies[0];
    body.replaceChildren();
    for (const r of rows) {
      const docLink = el('a', { href: '#doc/' + r.document_id, text: r.title || r.url });
      docLink.addEventListener('click', (ev) => { ev.preventDefault(); openDocument(r.document_id); });
      const value = r.value_max !== null && r.value_max !== undefined ? r.value + ' – ' + r.value_max : r.value;
      body.append(el('tr', { title: r.sentence || '' },
        el('td', { text: r.kind }), el('td', { text: (r.approx ? '≈ ' : '') + value }), el('td', { text: cell(r, 'unit') }),
        el('td', { text: cell(r, 'year') }), el('td', { text: cell(r, 'subject') }), el('td', { text: cell(r, 'region') }),
        el('td', {}, docLink), el('td', { text: cell(r, 'published') })));
    }
    $('indicator-count').textContent = rows.length + ' of ' + indicatorRows.length + ' indicators';
    for (const th of $('indicator-table').tHead.rows[0].cells) {
      th.classList.toggle('sorted-asc', th.dataset.key === indicatorSort.key && indicatorSort.dir === 1);
      th.classList.toggle('sorted-desc', th.dataset.key === indicatorSort.key && indicatorSort.dir === -1);
    }
  }

  // Entities and indicators as non-overlapping marks over the original text (the longest first where they overlap).
  function highlights(doc) {
    const marks = [];
    for (const e of doc.entities || []) {
      for (const s of e.original_spans || []) marks.push({ b: s[0], e: s[1], cls: 'ent-' + e.type, title: e.type + ': ' + e.text });
    }
    for (const i of doc.indicators || []) {
      if (i.original_begin !== undefined) {
        marks.push({ b: i.original_begin, e: i.original_end, cls: 'ind',
          title: i.kind + ' ' + i.value + (i.unit ? ' ' + i.unit : '') + (i.subject ? ' · ' + i.subject : '') + (i.year ? ' · ' + i.year : '') });
      }
    }
    marks.sort((x, y) => x.b - y.b || (y.e - y.b) - (x.e - x.b));
    const kept = [];
    let end = 0;
    for (const m of marks) if (m.b >= end && m.e > m.b) { kept.push(m); end = m.e; }
    return kept;
  }

  async function openDocument(id) {
    showError(null);
    let doc;
    try {
      doc = await getJson('/api/documents/' + encodeURIComponent(id));
    } catch (e) {
      showError(e);
      return;
    }
    $('doc-title').textContent = doc.title_original || doc.title;
    const src = doc.source || {};
    $('doc-meta').textContent = (doc.published || 'undated') + ' · ' + (src.site || '') + ' · ' + (src.uri || '') +
      ' · ' + doc.script + (doc.flags && doc.flags.length ? ' · ' + doc.flags.join(', ') : '');
    renderPolicy(doc.policy);
    const text = doc.text_original || '';
    const box = $('doc-text');
    box.replaceChildren();
    let at = 0;
    for (const m of highlights(doc)) {
      if (m.b > at) box.append(document.createTextNode(text.slice(at, m.b)));
      box.append(el('mark', { class: m.cls, title: m.title, text: text.slice(m.b, m.e) }));
      at = m.e;
    }
    box.append(document.createTextNode(text.slice(at)));
    const list = $('doc-indicators');
    list.replaceChildren();
    for (const i of doc.indicators || []) {
      list.append(el('li', { text: i.kind + ': ' + (i.approx ? '≈ ' : '') + i.value + (i.value_max ? '–' + i.value_max : '') +
        ' ' + (i.unit || '') + (i.year ? ' (' + i.year + ')' : '') + (i.subject ? ' — ' + i.subject : '') }));
    }
    show('document');
    history.replaceState(null, '', '#doc/' + id);
  }

  /** A government page's header (索引号, 发文机关, 发文字号 …) and the documents its text cites. */
  function renderPolicy(policy) {
    const box = $('doc-policy');
    box.replaceChildren();
    const fields = [['index_number', '索引号'], ['issuer', '发文机关'], ['document_number', '发文字号'],
      ['written', '成文日期'], ['published', '发布日期'], ['topic', '主题分类'], ['validity', '有效性']];
    const shown = fields.filter(([k]) => policy && policy[k]);
    const cites = (policy && policy.cites) || [];
    box.hidden = !shown.length && !cites.length;
    if (box.hidden) return;
    const dl = el('dl', { class: 'policy' });
    for (const [k, label] of shown) dl.append(el('dt', { text: label }), el('dd', { text: policy[k] }));
    if (cites.length) {
      const ul = el('ul');
      for (const c of cites) ul.append(el('li', { text: '《' + c.title + '》' + (c.document_number ? '（' + c.document_number + '）' : '') }));
      dl.append(el('dt', { text: '引用' }), el('dd', {}, ul));
    }
    box.append(dl);
  }

  function submit(ev) {
    if (ev) ev.preventDefault();
    state.q = $('q').value.trim();
    state.sort = $('sort').value;
    state.page = 1;
    if (state.view === 'document') show('results');
    search();
  }

  document.addEventListener('DOMContentLoaded', () => {
    $('search-form').addEventListener('submit', submit);
    $('tab-results').addEventListener('click', () => show('results'));
    $('tab-indicators').addEventListener('click', () => { show('indicators'); loadIndicators(); });
    $('tab-charts').addEventListener('click', () => { show('charts'); search(); });
    $('back').addEventListener('click', () => { history.replaceState(null, '', '#'); show('results'); });
    $('indicator-filter').addEventListener('input', renderIndicators);
    for (const th of $('indicator-table').tHead.rows[0].cells) {
      th.addEventListener('click', () => {
        indicatorSort = { key: th.dataset.key, dir: indicatorSort.key === th.dataset.key ? -indicatorSort.dir : 1 };
        renderIndicators();
      });
    }
    const m = location.hash.match(/^#doc\/([0-9a-f]{20})$/);
    search();
    if (m) openDocument(m[1]);
  });
})();
