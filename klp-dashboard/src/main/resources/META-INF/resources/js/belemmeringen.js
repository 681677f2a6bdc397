// Belemmeringen: the barrier register (lessons-service) by status, level and month signalled.
'use strict';
Dash.ready(() => {
  const form = document.getElementById('filters');
  async function all(status) {
    const items = [];
    for (let page = 0; page < 50; page++) {
      const answer = await Dash.api('/api/v1/barriers' + Dash.query({ status, page, size: 200 }));
      items.push(...answer.items);
      if (answer.items.length < 200) break;
    }
    return items;
  }

  /** Counted by lessons-service (every status and level, every month with quiet ones as zeros); its CSV is the chart's. */
  async function summaryChart(id, by, status, spec) {
    const path = '/api/v1/barriers/summary' + Dash.query({ by, status });
    const summary = await Dash.api(path);
    Dash.chart(id, Object.assign({ categories: summary.groups.map(g => g.key), csv: path,
      series: [{ name: spec.seriesName || 'Belemmeringen', data: summary.groups.map(g => g.barriers) }] }, spec));
  }

  async function load() {
    Dash.status('Gegevens laden…');
    try {
      const status = form.status.value;
      const [items] = await Promise.all([all(status),
        summaryChart('by-status', 'STATUS', status, { kind: 'pie', categoryLabel: 'Status' }),
        summaryChart('by-level', 'LEVEL', status, { categoryLabel: 'Bestuurslaag' }),
        summaryChart('over-time', 'MONTH', status, { categoryLabel: 'Maand', kind: 'line', seriesName: 'Gesignaleerd' })]);
      Dash.table('barriers', [{ label: 'Belemmering', value: b => b.description }, { label: 'Regel', value: b => b.rule },
        { label: 'Bestuurslaag', value: b => b.level }, { label: 'Status', value: b => b.status },
        { label: 'Proeftuin', value: b => b.proeftuinId }, { label: 'Gesignaleerd', value: b => (b.signalledAt || '').slice(0, 10) }],
        items.slice().sort((a, b) => (b.signalledAt || '').localeCompare(a.signalledAt || '')));
      Dash.status('');
    } catch (e) {
      Dash.status('Kon het register niet laden: ' + e.message, true);
    }
  }
  form.addEventListener('submit', (event) => { event.preventDefault(); load(); });
  load();
});
