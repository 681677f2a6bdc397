// Bewijs: published lessons by evidence level, route and layer (lessons-service's search facets), the lessons, and
// the components (tags) with their pooled evidence (verification-service).
'use strict';
Dash.ready(() => {
  const form = document.getElementById('filters');
  const LEVELS = ['ORIGIN_ONLY', 'INDICATIVE', 'REPLICATED', 'ESTABLISHED', 'CONTESTED'];

  function facetChart(id, facets, name, label, order) {
    let counts = facets[name] || [];
    if (order) counts = order.map(v => counts.find(c => c.value === v) || { value: v, count: 0 });
    Dash.chart(id, { categories: counts.map(c => c.value), categoryLabel: label,
      series: [{ name: 'Lessen', data: counts.map(c => c.count) }] });
  }

  async function load() {
    Dash.status('Gegevens laden…');
    try {
      const page = await Dash.api('/api/v1/lessons' + Dash.query({ q: form.q.value.trim(), size: 100 }));
      facetChart('evidence', page.facets, 'evidence', 'Bewijsniveau', LEVELS);
      facetChart('routes', page.facets, 'route', 'Route');
      facetChart('layers', page.facets, 'layer', 'Laag');
      Dash.table('lessons', [
        { label: 'Les', value: l => Dash.link('/bewijs/les?id=' + encodeURIComponent(l.id), l.title) },
        { label: 'Proeftuin', value: l => l.proeftuin ? l.proeftuin.name : null },
        { label: 'Bewijsniveau', value: l => l.evidenceLevel },
        { label: 'Routes', value: l => (l.routes || []).join(', ') },
        { label: 'Tags', value: l => (l.tags || []).join(', ') }], page.items);
      const tags = (page.facets.tag || []).map(t => t.value);
      const components = await Promise.all(tags.map(tag =>
        Dash.api('/api/v1/tags/' + tag + '/evidence').catch(() => null)));
      Dash.table('components', [
        { label: 'Component', value: c => c.tag },
        { label: 'Bewijsniveau', value: c => c.level },
        { label: 'Ondersteunde laag', value: c => c.supportedLayer },
        { label: 'Bevestigd in typen', value: c => (c.confirmedInTypes || []).join(', ') },
        { label: 'Toevalsrisico', value: c => c.chanceRisk && c.chanceRisk.flagged ? 'ja' : 'nee' },
        { label: 'Lessen', value: c => (c.lessons || []).length }], components.filter(c => c));
      Dash.status('');
    } catch (e) {
      Dash.status('Kon de lessen niet laden: ' + e.message, true);
    }
  }

  form.addEventListener('submit', (event) => { event.preventDefault(); load(); });
  load();
});
