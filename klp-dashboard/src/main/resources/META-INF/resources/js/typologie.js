// Typologie: the current typology's types (sizes, pen portraits), the buurten of a type, and the comparable-buurt
// explorer with the per-dimension explanation (typology-service).
'use strict';
Dash.ready(async () => {
  Dash.status('Gegevens laden…');
  try {
    const typologies = await Dash.api('/api/v1/typologies' + Dash.query({ size: 50 }));
    const current = typologies.items.find(t => t.status === 'PUBLISHED') || typologies.items[0];
    if (!current) {
      Dash.status('Er is nog geen typologie.');
      Dash.noChart('types', 'Nog geen typologie.');
    } else {
      document.getElementById('typology-name').textContent = 'Typologie versie ' + current.version
        + ' op vergelijkbaarheidsbasis ' + current.basis + ' (' + current.status + ', ' + Dash.text(current.k) + ' typen).';
      const typesPath = '/api/v1/typologies/' + current.id + '/types';
      const types = await Dash.api(typesPath);
      const name = t => 'Type ' + t.number + (t.naming ? ': ' + t.naming.name : '');
      Dash.chart('types', { categories: types.map(name), categoryLabel: 'Type', horizontal: true, csv: typesPath,
        series: [{ name: 'Buurten', data: types.map(t => t.size) }] });
      const exportButton = document.getElementById('assignments-export');
      exportButton.dataset.export = '/api/v1/typologies/' + current.id + '/assignments';
      exportButton.dataset.exportName = 'buurten-typologie-' + current.version + '.csv';
      exportButton.hidden = false;
      const portraits = document.getElementById('portraits');
      portraits.replaceChildren();
      types.forEach(t => {
        const article = document.createElement('article');
        const h = document.createElement('h3'); h.textContent = name(t);
        const p = document.createElement('p');
        p.textContent = t.naming ? t.naming.description : t.label;
        article.append(h, p);
        const lines = (t.penPortrait && t.penPortrait.distinguishing) || [];
        if (lines.length) {
          const ul = document.createElement('ul');
          lines.forEach(line => { const li = document.createElement('li'); li.textContent = line; ul.appendChild(li); });
          article.appendChild(ul);
        }
        portraits.appendChild(article);
      });
      const select = document.getElementById('type-select');
      select.replaceChildren(...types.map(t => new Option(name(t), t.number)));
      const members = async () => {
        const page = await Dash.api('/api/v1/typologies/' + current.id + '/types/' + select.value + '/neighbourhoods' + Dash.query({ size: 20 }));
        Dash.table('members', [{ label: 'Buurt', value: m => m.name || m.code }, { label: 'Code', value: m => m.code || m.buurtCode },
          { label: 'Afstand tot het midden', value: m => Dash.number(m.distance) }], page.items);
      };
      select.addEventListener('change', members);
      await members();
    }
    Dash.status('');
  } catch (e) {
    Dash.status('Kon de typologie niet laden: ' + e.message, true);
  }

  AreaPicker.attach('explorer', async (area) => {
    try {
      const answer = await Dash.api(AreaPicker.comparablePath(area, 10));
      const comparable = answer.comparable || answer.items || [];
      Dash.table('comparable', [{ label: 'Buurt', value: c => c.name || c.code }, { label: 'Code', value: c => c.code },
        { label: 'Gelijkenis', value: c => Dash.number(c.similarity) }], comparable);
      const first = comparable[0];
      let contributions = first && first.contributions ? first.contributions : [];
      // For a buurt the explanation is typology-service's pair comparison, which answers text/csv too (one row per
      // dimension). A wijk or gemeente has no pair endpoint: its CSV is written from the table.
      let csv;
      if (area.level === 'buurt' && first && contributions.length === 0) {
        csv = '/api/v1/neighbourhoods/' + area.code + '/comparable/' + first.code;
        const pair = await Dash.api(csv);
        contributions = (pair.other && pair.other.contributions) || [];
      }
      Dash.chart('explanation', { categories: contributions.map(c => c.label || c.dimension), categoryLabel: 'Dimensie',
        horizontal: true, csv, summary: first ? 'Bijdrage per dimensie aan het verschil tussen ' + (area.name || area.code)
          + ' en ' + (first.name || first.code) + ', de meest vergelijkbare buurt.' : undefined,
        series: [{ name: 'Bijdrage aan het verschil', data: contributions.map(c => c.contribution ?? c.distance ?? null) }] });
    } catch (e) {
      Dash.status('Kon de vergelijkbare buurten niet laden: ' + e.message, true);
    }
  });
});
