// What every page shares: reading the APIs (same origin, forwarded by the dashboard), and the chart block: an ECharts
// chart with a text summary, its data as a table, and CSV and PNG downloads.
'use strict';
const Dash = (() => {
  const TOKEN_KEY = 'schaalsprong.token';

  class ApiError extends Error {
    constructor(status, problem) {
      super((problem && (problem.detail || problem.title)) || ('HTTP ' + status));
      this.status = status;
      this.problem = problem;
    }
  }

  async function api(path, options = {}) {
    const headers = Object.assign({ Accept: 'application/json' }, options.headers || {});
    const token = sessionStorage.getItem(TOKEN_KEY);
    if (options.write && token) {
      headers.Authorization = 'Bearer ' + token;
    }
    if (options.body !== undefined) {
      headers['Content-Type'] = 'application/json';
    }
    const response = await fetch(path, {
      method: options.method || 'GET', headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
    const text = await response.text();
    let json = null;
    try { json = text ? JSON.parse(text) : null; } catch (e) { json = null; }
    if (!response.ok) {
      throw new ApiError(response.status, json);
    }
    return json === null ? text : json;
  }

  function query(params) {
    const q = new URLSearchParams();
    Object.entries(params).forEach(([k, v]) => {
      if (v !== undefined && v !== null && v !== '') q.append(k, v);
    });
    const s = q.toString();
    return s ? '?' + s : '';
  }

  function status(message, isError) {
    const el = document.getElementById('status');
    if (el) {
      el.textContent = message || '';
      el.classList.toggle('error', !!isError);
    }
  }

  function text(value) {
    return value === null || value === undefined ? '–' : String(value);
  }

  function number(value, digits) {
    if (value === null || value === undefined) return '–';
    return typeof value === 'number' ? value.toLocaleString('nl-NL', { maximumFractionDigits: digits ?? 2 }) : text(value);
  }

  /**
   * Where a verification takes place, in words: "buurt BU…", or for a lesson verified at a larger scale (issue 13)
   * "wijk WK…" or "gemeente GM…", with the name when there is one. Older answers without targetLevel are buurten.
   */
  function target(v) {
    const level = { WIJK: 'wijk', GEMEENTE: 'gemeente' }[v.targetLevel] || 'buurt';
    const code = v.targetAreaCode || v.targetBuurtCode;
    return level + ' ' + (v.targetBuurtName ? v.targetBuurtName + ' (' + code + ')' : code);
  }

  /** Fills a table: columns [{label, value: row => text or Node}], rows. */
  function table(id, columns, rows) {
    const el = document.getElementById(id);
    const caption = el.querySelector('caption');
    el.replaceChildren();
    if (caption) el.appendChild(caption);
    const head = el.createTHead().insertRow();
    columns.forEach(c => {
      const th = document.createElement('th');
      th.scope = 'col';
      th.textContent = c.label;
      head.appendChild(th);
    });
    const body = el.createTBody();
    rows.forEach(r => {
      const tr = body.insertRow();
      columns.forEach(c => {
        const cell = tr.insertCell();
        const v = c.value(r);
        if (v instanceof Node) cell.appendChild(v); else cell.textContent = text(v);
      });
    });
    if (rows.length === 0) {
      const cell = body.insertRow().insertCell();
      cell.colSpan = columns.length;
      cell.textContent = 'Geen gegevens.';
    }
  }

  function link(href, label) {
    const a = document.createElement('a');
    a.href = href;
    a.textContent = label;
    return a;
  }

  const charts = {};

  /**
   * Draws a chart block (templates/tags/chart.html): categories on the x axis, one series per entry (stacked: one bar
   * per category, the series on top of each other). csv: an API path that answers text/csv for the same data; without
   * it the CSV is written from the table.
   */
  function chart(id, spec) {
    const el = document.getElementById(id);
    const instance = echarts.getInstanceByDom(el) || echarts.init(el, null, { renderer: 'canvas' });
    const kind = spec.kind || 'bar';
    const option = kind === 'pie'
      ? {
        tooltip: { trigger: 'item' }, legend: { bottom: 0 },
        series: [{ type: 'pie', radius: '65%', data: spec.categories.map((c, i) => ({ name: c, value: spec.series[0].data[i] })) }],
      }
      : {
        tooltip: { trigger: 'axis' }, legend: { bottom: 0 },
        grid: { left: 60, right: 30, top: 20, bottom: 70, containLabel: true },
        xAxis: spec.horizontal ? { type: 'value' } : { type: 'category', data: spec.categories, axisLabel: { rotate: spec.categories.length > 8 ? 40 : 0 } },
        yAxis: spec.horizontal ? { type: 'category', data: spec.categories, inverse: true } : { type: 'value' },
        series: spec.series.map(s => ({ name: s.name, type: s.type || kind, data: s.data, yAxisIndex: 0, connectNulls: true,
          stack: spec.stacked ? 'total' : undefined })),
      };
    option.animation = false;
    instance.setOption(option, true);
    const points = spec.series.reduce((n, s) => n + s.data.filter(v => v !== null && v !== undefined).length, 0);
    el.dataset.points = String(points);
    charts[id] = { spec, instance };
    table(id + '-table', [{ label: spec.categoryLabel || 'Categorie', value: r => r.category }]
      .concat(spec.series.map((s, i) => ({ label: s.name, value: r => number(r.values[i]) }))),
      spec.categories.map((c, i) => ({ category: c, values: spec.series.map(s => s.data[i]) })));
    const summary = document.getElementById(id + '-summary');
    summary.textContent = points === 0 ? 'Geen gegevens in deze selectie.'
      : spec.summary || (spec.categories.length + ' ' + (spec.categoryLabel || 'categorieën').toLowerCase() + '; '
        + spec.series.map(s => s.name + ' in totaal ' + number(s.data.reduce((a, b) => a + (b || 0), 0))).join(', ') + '.');
  }

  function noChart(id, message) {
    const summary = document.getElementById(id + '-summary');
    if (summary) summary.textContent = message;
    const el = document.getElementById(id);
    if (el) el.dataset.points = '0';
  }

  function download(name, blob) {
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = name;
    document.body.appendChild(a);
    a.click();
    a.remove();
  }

  function csvOfTable(id) {
    const rows = [...document.querySelectorAll('#' + id + '-table tr')];
    return rows.map(tr => [...tr.children].map(c => '"' + c.textContent.replace(/"/g, '""') + '"').join(',')).join('\r\n');
  }

  /** An API's own CSV, asked for with Accept: text/csv (a plain link would get its JSON). */
  async function apiCsv(path, name) {
    const response = await fetch(path, { headers: { Accept: 'text/csv' } });
    if (!response.ok) {
      status('Kon ' + name + ' niet downloaden (HTTP ' + response.status + ').', true);
      return;
    }
    download(name, new Blob([await response.text()], { type: 'text/csv' }));
  }

  document.addEventListener('click', async (event) => {
    const csv = event.target.closest('[data-csv]');
    const png = event.target.closest('[data-png]');
    const export_ = event.target.closest('[data-export]');
    if (export_) {
      event.preventDefault();
      await apiCsv(export_.dataset.export, export_.dataset.exportName || 'export.csv');
    } else if (csv) {
      const id = csv.dataset.csv;
      const chosen = charts[id];
      if (chosen && chosen.spec.csv) {
        await apiCsv(chosen.spec.csv, id + '.csv');
      } else {
        download(id + '.csv', new Blob([csvOfTable(id)], { type: 'text/csv' }));
      }
    } else if (png) {
      const chosen = charts[png.dataset.png];
      if (chosen) {
        const url = chosen.instance.getDataURL({ type: 'png', backgroundColor: '#fff' });
        download(png.dataset.png + '.png', await (await fetch(url)).blob());
      }
    }
  });

  window.addEventListener('resize', () => Object.values(charts).forEach(c => c.instance.resize()));

  return {
    api, query, status, table, link, chart, noChart, text, number, target, ApiError,
    token: () => sessionStorage.getItem(TOKEN_KEY),
    signIn: (token) => sessionStorage.setItem(TOKEN_KEY, token),
    signOut: () => sessionStorage.removeItem(TOKEN_KEY),
    /** Runs a page's loader once the deferred scripts (ECharts among them) are in. */
    ready: (fn) => (document.readyState === 'loading' ? document.addEventListener('DOMContentLoaded', fn) : fn()),
  };
})();
