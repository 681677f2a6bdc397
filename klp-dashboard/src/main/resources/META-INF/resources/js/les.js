// The drill-down from Bewijs: one lesson, its evidence (lessons-service's read model) and every verification of it.
'use strict';
Dash.ready(async () => {
  const id = new URLSearchParams(location.search).get('id');
  if (!id) {
    Dash.status('Geen les gekozen: kies er een op de pagina Bewijs.', true);
    return;
  }
  Dash.status('Gegevens laden…');
  try {
    const counts = '/api/v1/verifications/counts' + Dash.query({ lessonId: id });
    const [lesson, evidence, records, tally] = await Promise.all([
      Dash.api('/api/v1/lessons/' + encodeURIComponent(id)),
      Dash.api('/api/v1/lessons/' + encodeURIComponent(id) + '/evidence').catch(() => null),
      Dash.api('/api/v1/verifications' + Dash.query({ lessonId: id, size: 100 })),
      Dash.api(counts)]);
    document.getElementById('lesson-title').textContent = lesson.title || 'Les';
    const facts = document.getElementById('lesson');
    [['Bewijsniveau', evidence && evidence.level], ['Ondersteunde laag', evidence && evidence.supportedLayer],
      ['Geclaimde laag', evidence && evidence.claimedLayer],
      ['Toevalsrisico', evidence && evidence.chanceRisk ? (evidence.chanceRisk.flagged ? 'gesignaleerd' : 'niet gesignaleerd') : null],
      ['Routes', (lesson.routes || []).join(', ')], ['Tags', (lesson.tags || []).join(', ')],
      ...waiting(tally.suggestionsWaiting)].forEach(([label, value]) => {
      const dt = document.createElement('dt'); dt.textContent = label;
      const dd = document.createElement('dd'); dd.textContent = Dash.text(value);
      facts.append(dt, dd);
    });
    const items = records.items;
    // The pie is verification-service's count of all the lesson's verifications by status and outcome (not the
    // page of records below); its CSV is the same resource answering text/csv. Empty statuses get no slice.
    const groups = tally.counts.filter(c => c.verifications > 0);
    Dash.chart('history', { kind: 'pie', categoryLabel: 'Status', csv: counts,
      categories: groups.map(c => c.outcome ? 'Afgerond: ' + c.outcome : c.status),
      series: [{ name: 'Verificaties', data: groups.map(c => c.verifications) }] });
    Dash.table('records', [
      { label: 'Plek', value: v => Dash.target(v) },
      { label: 'Gemeente', value: v => v.targetGemeenteCode },
      { label: 'Type', value: v => v.targetType ? v.targetType.label : null },
      { label: 'Gelijkenis', value: v => Dash.number(v.similarity) },
      { label: 'Status', value: v => v.status },
      { label: 'Uitkomst', value: v => v.outcome }], items);
    Dash.status('');
  } catch (e) {
    Dash.status('Kon de les niet laden: ' + e.message, true);
  }
});

// Why the lesson has no suggested verifications yet, while it waits: an official asking "why nothing?" gets the answer
// verification-service keeps (GET /api/v1/verifications/counts, suggestionsWaiting), in the dashboard's language.
function waiting(suggestionsWaiting) {
  if (!suggestionsWaiting) return [];
  const since = new Date(suggestionsWaiting.since).toLocaleString('nl-NL');
  const why = suggestionsWaiting.waitingFor === 'ORIGIN_DATA'
    ? 'wachten op cijfers van de herkomstbuurt: die is niet te vergelijken op de vergelijkingsbasis'
    : 'wachten op de typologie-service, die nu niet antwoordt';
  return [['Suggesties', why + ' (sinds ' + since + ', ' + suggestionsWaiting.attempts + ' pogingen)'],
    ['Reden', suggestionsWaiting.reason]];
}
