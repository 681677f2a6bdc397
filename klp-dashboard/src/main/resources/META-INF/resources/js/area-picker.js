// Picking a gemeente, wijk or buurt by name (typology-service's /api/v1/areas?q=): a search form, the matches as
// buttons, and the choice handed to the page.
'use strict';
const AreaPicker = {
  attach(prefix, onPick) {
    const form = document.getElementById(prefix + '-form');
    const results = document.getElementById(prefix + '-results');
    const chosen = document.getElementById(prefix + '-chosen');
    const LEVELS = { gemeente: 'gemeente', wijk: 'wijk', buurt: 'buurt' };
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const q = form.q.value.trim();
      if (!q) return;
      results.replaceChildren();
      try {
        const page = await Dash.api('/api/v1/areas' + Dash.query({ q, size: 10 }));
        if (page.items.length === 0) {
          const li = document.createElement('li'); li.textContent = 'Niets gevonden voor "' + q + '".';
          results.appendChild(li);
        }
        page.items.forEach(area => {
          const li = document.createElement('li');
          const button = document.createElement('button');
          button.type = 'button';
          button.dataset.code = area.code;
          // A buurt with its wijk and gemeente, a wijk with its gemeente: names repeat ("Centrum" is 20 wijken).
          const where = [area.wijk, area.gemeente].filter(p => p).map(p => ', ' + (p.name || p.code)).join('');
          button.textContent = (area.name || area.code) + ' (' + (LEVELS[area.level] || area.level) + where + ', ' + area.code + ')';
          button.addEventListener('click', () => {
            results.replaceChildren();
            chosen.textContent = 'Gekozen: ' + button.textContent;
            onPick(area);
          });
          li.appendChild(button);
          results.appendChild(li);
        });
        const first = results.querySelector('button');
        if (first) first.focus();
      } catch (e) {
        Dash.status('Zoeken mislukt: ' + e.message, true);
      }
    });
  },

  /** The comparable buurten of an area, at its own level (buurt, wijk or gemeente). */
  comparablePath(area, limit) {
    const base = { buurt: '/api/v1/neighbourhoods/', wijk: '/api/v1/wijken/', gemeente: '/api/v1/gemeenten/' }[area.level];
    return base + encodeURIComponent(area.code) + '/comparable' + Dash.query({ limit });
  },

  gemeenteOf(area) {
    return area.level === 'gemeente' ? area.code : (area.gemeente ? area.gemeente.code : null);
  },
};
