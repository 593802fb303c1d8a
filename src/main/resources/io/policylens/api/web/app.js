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

  /** The search, filters, sort and page as the page's URL: a search can be bookmarked, shared and reloaded. */
  function searchUrl() {
    const p = params();
    if (state.sort !== 'relevance') p.set('sort', state.sort);
    if (state.page > 1) p.set('page', state.page);
    if (state.view === 'indicators' || state.view === 'charts') p.set('view', state.view);
    const qs = p.toString();
    return '/' + (qs ? '?' + qs : '');
  }

  function remember(hash) {
    const url = searchUrl() + (hash || '');
    if (location.pathname + location.search + location.hash !== url) history.pushState(null, '', url);
  }

  /** The state a URL holds (after a reload, a bookmark, back or forward). */
  function restore() {
    const p = new URLSearchParams(location.search);
    state.q = p.get('q') || '';
    state.sort = p.get('sort') === 'date' ? 'date' : 'relevance';
    state.page = Math.max(1, parseInt(p.get('page') || '1', 10) || 1);
    state.filters = {};
    for (const [k, v] of p) if (!['q', 'sort', 'page', 'view'].includes(k)) state.filters[k] = v;
    $('q').value = state.q;
    $('sort').value = state.sort;
    const view = p.get('view');
    show(view === 'indicators' || view === 'charts' ? view : 'results');
  }

  async function search(fromUrl) {
    showError(null);
    if (!fromUrl) remember();
    const seq = ++searchSeq;
    let result;
    try {
      const extra = { sort: state.sort, page: state.page, size: state.size };
      if (state.view === 'charts') extra.charts = 'true'; // chart data costs more: only when charts are shown
      result = await getJson('/api/search?' + params(extra));
    } catch (e) {
      if (seq === searchSeq) {
        // the error replaces the results: answers to an earlier query must not stand under it
        $('results').replaceChildren();
        $('pager').replaceChildren();
        $('summary').replaceChildren();
        showError(e);
      }
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
    const summary = $('summary');
    summary.textContent = r.total + ' document' + (r.total === 1 ? '' : 's') +
      (r.query ? ' for ' + r.query + shown : '') + ' · ' + r.took_millis + ' ms';
    const filters = Object.entries(state.filters);
    if (r.total === 0) {
      summary.textContent = 'No document matches' + (r.query ? ' ' + r.query + shown : '') +
        (filters.length ? ' with the filters ' + filters.map(([k, v]) => k + ': ' + v).join(', ') : '') + '.';
      if (filters.length) {
        const drop = el('button', { type: 'button', id: 'drop-filters', text: 'Search without the filters' });
        drop.addEventListener('click', () => { state.filters = {}; state.page = 1; search(); });
        summary.append(' ', drop);
      }
    }
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
    const log = $('chart-log').checked;
    // a small amount stays visible beside a large one: bars have a minimum length, and a log scale is one click away
    const bar = (id, points, label) => new Chart($(id), {
      type: 'bar',
      data: { labels: points.map((p) => p.key), datasets: [{ label, data: points.map((p) => p.value / 1e8),
        backgroundColor: '#0b5cab', minBarLength: 4 }] },
      options: { animation: false, plugins: { legend: { display: false },
        tooltip: { callbacks: { label: (c) => readable(c.raw * 1e8, 'CNY') } } },
        scales: { y: log ? { type: 'logarithmic' } : { beginAtZero: true } } }
    });
    charts = [
      bar('chart-year', data.yuan_by_year, '亿元'),
      bar('chart-province', data.yuan_by_province, '亿元'),
      new Chart($('chart-time'), {
        type: 'line',
        data: { labels: data.documents_by_month.map((p) => p.key),
          datasets: [{ label: 'documents', data: data.documents_by_month.map((p) => p.value), borderColor: '#0b5cab' }] },
        options: { animation: false, plugins: { legend: { display: false } },
          scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } }
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

  const CURRENCY_WORDS = { CNY: '元', USD: '美元', HKD: '港元', EUR: '欧元', JPY: '日元', GBP: '英镑', TWD: '元（新台币）',
    KRW: '韩元', AUD: '澳元', THB: '泰铢', RUB: '卢布', CAD: '加元', SGD: '新加坡元', MOP: '澳门元', CHF: '瑞士法郎', INR: '卢比' };

  /** A number as analysts read it: at most four decimals, none trailing. */
  function short(v) {
    return String(Number(v.toFixed(4)));
  }

  /** One value the way Chinese reports write it: 42.3亿元, 1.32万亿元, 18.6%, 2,600家. */
  function readable(v, unit) {
    if (v === null || v === undefined || v === '') return '';
    const n = Number(v);
    const money = CURRENCY_WORDS[unit];
    if (money) {
      const a = Math.abs(n);
      if (a >= 1e12) return short(n / 1e12) + '万亿' + money;
      if (a >= 1e8) return short(n / 1e8) + '亿' + money;
      if (a >= 1e4) return short(n / 1e4) + '万' + money;
      return short(n) + money;
    }
    if (unit === 'percent') return short(n) + '%';
    if (unit === 'percentage_point') return short(n) + '个百分点';
    if (unit === 'fraction') return short(n * 100) + '%';
    return n.toLocaleString('en-US', { maximumFractionDigits: 4 }) + (unit || '');
  }

  /** An indicator's value, or its range, read as a report writes it; the exact decimals go on hover. */
  function amount(r) {
    const hasMax = r.value_max !== null && r.value_max !== undefined;
    return (r.approx ? '≈ ' : '') + readable(r.value, r.unit) + (hasMax ? ' – ' + readable(r.value_max, r.unit) : '');
  }

  function exact(r) {
    const hasMax = r.value_max !== null && r.value_max !== undefined;
    return r.value + (hasMax ? ' – ' + r.value_max : '') + ' ' + (r.unit || '');
  }

  function renderIndicators() {
    const needle = $('indicator-filter').value.trim();
    const rows = indicatorRows.filter((r) => !needle ||
      ['kind', 'unit', 'subject', 'sentence', 'title', 'region'].some((k) => String(cell(r, k)).includes(needle)));
    rows.sort((a, b) => {
      // values sort within one unit: yuan never interleave with dollars or percentages
      if (indicatorSort.key === 'value' && a.unit !== b.unit) {
        return String(a.unit || '').localeCompare(String(b.unit || ''));
      }
      const x = cell(a, indicatorSort.key), y = cell(b, indicatorSort.key);
      return (typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'zh')) * indicatorSort.dir;
    });
    const body = $('indicator-table').tBodies[0];
    body.replaceChildren();
    for (const r of rows) {
      const docLink = el('a', { href: '#doc/' + r.document_id, text: r.title || r.url });
      docLink.addEventListener('click', (ev) => { ev.preventDefault(); openDocument(r.document_id); });
      body.append(el('tr', { title: r.sentence || '' },
        el('td', { text: r.kind + (r.measure && r.measure !== 'level' && r.kind !== 'target' ? ' · ' + r.measure +
          (r.direction ? ' ' + (r.direction === 'up' ? '↑' : '↓') : '') : '') }),
        el('td', { class: 'num', text: amount(r), title: exact(r) }), el('td', { text: cell(r, 'unit') }),
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
          title: i.kind + ' ' + amount(i) + ' (' + exact(i) + ')' + (i.subject ? ' · ' + i.subject : '') + (i.year ? ' · ' + i.year : '') });
      }
    }
    marks.sort((x, y) => x.b - y.b || (y.e - y.b) - (x.e - x.b));
    const kept = [];
    let end = 0;
    for (const m of marks) if (m.b >= end && m.e > m.b) { kept.push(m); end = m.e; }
    return kept;
  }

  async function openDocument(id, fromUrl) {
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
      list.append(el('li', { title: exact(i), text: i.kind + (i.measure === 'change' ? ' (' + (i.direction === 'down' ? '↓' : '↑') + ')' : '') +
        ': ' + amount(i) + (i.year ? ' (' + i.year + ')' : '') + (i.subject ? ' — ' + i.subject : '') +
        (i.mentions && i.mentions.length > 1 ? ' ×' + i.mentions.length : '') }));
    }
    show('document');
    if (!fromUrl) remember('#doc/' + id);
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
    $('back').addEventListener('click', () => { show('results'); remember(); });
    $('watch-button').addEventListener('click', addWatch);
    window.addEventListener('popstate', fromLocation);
    $('indicator-filter').addEventListener('input', renderIndicators);
    $('chart-log').addEventListener('change', () => search());
    for (const th of $('indicator-table').tHead.rows[0].cells) {
      th.addEventListener('click', () => {
        indicatorSort = { key: th.dataset.key, dir: indicatorSort.key === th.dataset.key ? -indicatorSort.dir : 1 };
        renderIndicators();
      });
    }
    fromLocation();
    loadWatches();
  });

  /** Shows what the URL says: the search it holds, and the document its #doc/ID names. */
  function fromLocation() {
    restore();
    const m = location.hash.match(/^#doc\/([0-9a-f]{20})$/);
    search(true);
    if (m) openDocument(m[1], true);
  }

  // Watches: saved searches; the panel counts the documents indexed since this browser last opened each one.
  const SEEN = 'policylens.watch.seen.';

  async function loadWatches() {
    let list;
    try {
      list = await getJson('/api/watches');
    } catch (e) {
      return; // the panel is an extra: the search works without it
    }
    const ul = $('watch-list');
    ul.replaceChildren();
    if (!list.length) ul.append(el('li', { class: 'meta', text: 'none yet: search, then "Watch this search"' }));
    for (const w of list) {
      const since = localStorage.getItem(SEEN + w.id) || w.created;
      const count = el('span', { class: 'watch-new', text: '…' });
      const link = el('a', { href: '/?' + new URLSearchParams(Object.assign({ q: w.query }, w.filters)), class: 'watch-link',
        text: w.name });
      link.addEventListener('click', (ev) => {
        ev.preventDefault();
        localStorage.setItem(SEEN + w.id, new Date().toISOString());
        state.q = w.query; state.filters = Object.assign({}, w.filters); state.page = 1; state.sort = 'date';
        $('q').value = state.q; $('sort').value = 'date';
        show('results');
        search();
        count.textContent = '0 new';
      });
      const feed = el('a', { href: w.feed_url, class: 'watch-feed', title: 'Atom feed', text: 'feed' });
      ul.append(el('li', { 'data-watch': w.id }, link, ' ', count, ' · ', feed));
      getJson(w.new_url + '?size=1&since=' + encodeURIComponent(since))
        .then((r) => { count.textContent = r.total + ' new'; count.classList.toggle('has-new', r.total > 0); })
        .catch(() => { count.textContent = ''; });
    }
  }

  async function addWatch() {
    const name = window.prompt('Name this watch', state.q || Object.values(state.filters).join(' '));
    if (!name) return;
    const r = await fetch('/api/watches', { method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ name, query: state.q, filters: state.filters }) });
    if (!r.ok) {
      const body = await r.json().catch(() => ({}));
      showError(new Error(body.detail || ('HTTP ' + r.status)));
      return;
    }
    const w = await r.json();
    localStorage.setItem(SEEN + w.id, w.created);
    loadWatches();
  }
})();
