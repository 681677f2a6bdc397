// Bewijs: published lessons by evidence level (lessons-service's facets, every value), lessons by evidence level per
// route and per layer (verification-service's evidence summary), the lessons, and the components (tags) with their
// pooled evidence (verification-service).
'use strict';
Dash.ready(() => {
  const form = document.getElementById('filters');
  const LEVELS = ['ORIGIN_ONLY', 'INDICATIVE', 'REPLICATED', 'ESTABLISHED', 'CONTESTED'];
  const LEVEL_FIELDS = ['originOnly', 'indicative', 'replicated', 'established', 'contested'];

  function facetChart(id, path, counts, label, order) {
    if (order) counts = order.map(v => counts.find(c => c.value === v) || { value: v, count: 0 });
    Dash.chart(id, { categories: counts.map(c => c.value), categoryLabel: label, csv: path,
      series: [{ name: 'Lessen', data: counts.map(c => c.count) }] });
  }

  /** One stacked bar per route or layer, a part per evidence level; the API's CSV has the same columns. */
  async function summaryChart(id, by, label) {
    const path = '/api/v1/evidence/summary' + Dash.query({ by });
    const summary = await Dash.api(path);
    Dash.chart(id, { categories: summary.groups.map(g => g.key || 'geen'), categoryLabel: label, stacked: true,
      csv: path, series: LEVELS.map((level, i) => ({ name: level, data: summary.groups.map(g => g[LEVEL_FIELDS[i]]) })),
      summary: summary.total.lessons + ' lessen; ' + summary.groups.filter(g => g.lessons > 0)
        .map(g => (g.key || 'geen') + ' ' + g.lessons).join(', ') + '.' });
  }

  async function load() {
    Dash.status('Gegevens laden…');
    try {
      const q = form.q.value.trim();
      const facetsPath = '/api/v1/lessons/facets' + Dash.query({ q });
      const [page, found] = await Promise.all([
        Dash.api('/api/v1/lessons' + Dash.query({ q, size: 100 })), Dash.api(facetsPath)]);
      facetChart('evidence', '/api/v1/lessons/facets' + Dash.query({ q, facet: 'evidence' }),
        found.facets.evidence || [], 'Bewijsniveau', LEVELS);
      Dash.table('lessons', [
        { label: 'Les', value: l => Dash.link('/bewijs/les?id=' + encodeURIComponent(l.id), l.title) },
        { label: 'Proeftuin', value: l => l.proeftuin ? l.proeftuin.name : null },
        { label: 'Bewijsniveau', value: l => l.evidenceLevel },
        { label: 'Routes', value: l => (l.routes || []).join(', ') },
        { label: 'Tags', value: l => (l.tags || []).join(', ') }], page.items);
      // Every tag of the found lessons, not only the 20 most frequent a search page lists.
      const tags = (found.facets.tag || []).map(t => t.value);
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

  async function loadSummaries() {
    try {
      await Promise.all([summaryChart('routes', 'ROUTE', 'Route'), summaryChart('layers', 'CLAIMED_LAYER', 'Geclaimde laag'),
        summaryChart('supported-layers', 'SUPPORTED_LAYER', 'Ondersteunde laag')]);
    } catch (e) {
      Dash.status('Kon het bewijs per route en laag niet laden: ' + e.message, true);
    }
  }

  form.addEventListener('submit', (event) => { event.preventDefault(); load(); });
  load();
  loadSummaries();
});
