// Leren: the learning metrics over a period, filtered by theme, route and gemeente (verification-service).
'use strict';
Dash.ready(() => {
  const form = document.getElementById('filters');
  const now = new Date();
  const month = (d) => d.toISOString().slice(0, 7);
  form.from.value = month(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 11, 1)));
  form.to.value = month(now);

  async function load() {
    const scope = { from: form.from.value, to: form.to.value, theme: form.theme.value.trim(),
      route: form.route.value, gemeente: form.gemeente.value.trim() };
    Dash.status('Gegevens laden…');
    try {
      const path = '/api/v1/learning-metrics' + Dash.query(scope);
      const metrics = await Dash.api(path);
      const months = metrics.perMonth.map(m => m.month);
      const series = (field, name, type) => ({ name, type, data: metrics.perMonth.map(m => m[field]) });
      Dash.chart('workflow', { categories: months, categoryLabel: 'Maand', csv: path, series: [
        series('suggested', 'Voorgesteld'), series('accepted', 'Geaccepteerd'),
        series('declined', 'Afgewezen'), series('concluded', 'Afgerond')] });
      Dash.chart('quality', { categories: months, categoryLabel: 'Maand', kind: 'line', csv: path, series: [
        series('medianDaysToConclusion', 'Mediaan dagen tot conclusie'),
        { name: 'Aandeel nulresultaten (%)', data: metrics.perMonth.map(m => m.nullResultShare === null ? null : Math.round(m.nullResultShare * 1000) / 10) }] });
      const o = metrics.overall;
      const kpis = document.getElementById('kpis');
      kpis.replaceChildren();
      [['Lessen getagd', o.lessonsTagged], ['Voorgesteld', o.suggested], ['Geaccepteerd', o.accepted],
        ['Afgewezen', o.declined], ['Afgerond', o.concluded], ['Bevestigd', o.confirmed],
        ['Bevestigingsgraad', o.confirmationRate === null ? null : Math.round(o.confirmationRate * 100) + '%'],
        ['Gemeenten', o.gemeentenCovered]].forEach(([label, value]) => {
        const dt = document.createElement('dt'); dt.textContent = label;
        const dd = document.createElement('dd'); dd.textContent = Dash.number(value);
        kpis.append(dt, dd);
      });
      const breakdownPath = '/api/v1/learning-metrics/breakdown' + Dash.query(Object.assign({ by: form.by.value }, scope));
      const breakdown = await Dash.api(breakdownPath);
      const keys = breakdown.groups.map(g => g.key === null ? 'onbekend' : g.key);
      Dash.chart('breakdown', { categories: keys, categoryLabel: form.by.selectedOptions[0].textContent, csv: breakdownPath,
        horizontal: true, series: [
          { name: 'Voorgesteld', data: breakdown.groups.map(g => g.suggested) },
          { name: 'Geaccepteerd', data: breakdown.groups.map(g => g.accepted) },
          { name: 'Afgerond', data: breakdown.groups.map(g => g.concluded) }] });
      try {
        const weights = await Dash.api('/api/v1/learning/weights');
        Dash.chart('weights', { categories: weights.dimensions.map(d => d.dimension), categoryLabel: 'Dimensie',
          horizontal: true, csv: '/api/v1/learning/weights', series: [{ name: 'Belang', data: weights.dimensions.map(d => d.importance) },
            { name: 'Voorgesteld gewicht', data: weights.dimensions.map(d => d.weight) }] });
      } catch (e) {
        Dash.noChart('weights', e.status === 404
          ? 'Nog geen geleerde gewichten: er zijn nog te weinig afgeronde verificaties om van te leren.'
          : 'Geleerde gewichten niet beschikbaar: ' + e.message);
      }
      Dash.status('');
    } catch (e) {
      Dash.status('Kon de leercijfers niet laden: ' + e.message, true);
    }
  }

  form.addEventListener('submit', (event) => { event.preventDefault(); load(); });
  load();
});
