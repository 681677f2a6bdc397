// Belemmeringen: the barrier register (lessons-service) by status, level and month signalled.
'use strict';
Dash.ready(() => {
  const form = document.getElementById('filters');
  const STATUSES = ['GESIGNALEERD', 'GEAGENDEERD', 'OPGELOST'];
  const LEVELS = ['EU', 'RIJK', 'PROVINCIE', 'GEMEENTE', 'NETBEHEERDER', 'OVERIG'];

  async function all(status) {
    const items = [];
    for (let page = 0; page < 50; page++) {
      const answer = await Dash.api('/api/v1/barriers' + Dash.query({ status, page, size: 200 }));
      items.push(...answer.items);
      if (answer.items.length < 200) break;
    }
    return items;
  }

  function countBy(items, key, order) {
    const values = order ? order.filter(v => items.some(i => key(i) === v) || true) : [...new Set(items.map(key))].sort();
    const extra = [...new Set(items.map(key))].filter(v => !values.includes(v));
    const categories = values.concat(extra);
    return { categories, counts: categories.map(v => items.filter(i => key(i) === v).length) };
  }

  async function load() {
    Dash.status('Gegevens laden…');
    try {
      const items = await all(form.status.value);
      const byStatus = countBy(items, b => b.status, STATUSES);
      Dash.chart('by-status', { kind: 'pie', categories: byStatus.categories, categoryLabel: 'Status',
        series: [{ name: 'Belemmeringen', data: byStatus.counts }] });
      const byLevel = countBy(items, b => b.level);
      Dash.chart('by-level', { categories: byLevel.categories, categoryLabel: 'Bestuurslaag',
        series: [{ name: 'Belemmeringen', data: byLevel.counts }] });
      const byMonth = countBy(items, b => (b.signalledAt || '').slice(0, 7));
      Dash.chart('over-time', { categories: byMonth.categories, categoryLabel: 'Maand', kind: 'line',
        series: [{ name: 'Gesignaleerd', data: byMonth.counts }] });
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
