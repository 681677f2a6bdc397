// Mijn wijk: pick a gemeente, wijk or buurt by name, see the advice for it (verification-service's
// /api/v1/advice?area=), its comparable buurten and the gemeente's open suggestions; accept or decline one (with a
// structured reason, decline.js) with a bearer token kept in this browser session only, and nominate a buurt of one's
// own for a lesson behind the advice (nominate.js). When the advice cannot be had (typology unreachable: 503) the page
// says why and still shows the comparable buurten and open suggestions.
'use strict';
const LAYER_FOR_TYPE = {
  GENERIEK: 'generiek: werkt over typen heen',
  MENU_FOR_THIS_TYPE: 'menukeuze, bevestigd in dit type',
  MENU_OTHER_TYPES: 'menukeuze, bevestigd in andere typen',
  SPECIFIEK_ELSEWHERE: 'specifiek voor de herkomst',
  UNDECIDED: 'laag nog onbeslist'
};

Dash.ready(() => {
  const signin = document.getElementById('signin');
  const state = document.getElementById('signin-state');
  const showSignIn = () => {
    state.textContent = Dash.token() ? 'Aangemeld voor deze browsersessie.' : 'Niet aangemeld: lezen kan, beslissen vraagt een token.';
  };
  signin.addEventListener('submit', (event) => {
    event.preventDefault();
    if (signin.token.value.trim()) Dash.signIn(signin.token.value.trim());
    signin.token.value = '';
    showSignIn();
  });
  document.getElementById('signout').addEventListener('click', () => { Dash.signOut(); showSignIn(); });
  showSignIn();

  let gemeente = null;

  async function advice(area) {
    const box = document.getElementById('advice');
    box.replaceChildren();
    try {
      const answer = await Dash.api('/api/v1/advice' + Dash.query({ area: area.code }));
      const items = answer.items || [];
      if (items.length === 0) {
        box.textContent = 'Geen advies voor ' + (area.name || area.code) + ': nog geen bevestigde lessen in vergelijkbare buurten.';
        return;
      }
      const ul = document.createElement('ul');
      ul.className = 'components';
      items.forEach((item, i) => {
        // One line per approach component (verification-service's ComponentAdvice): its evidence level, what its
        // layer means for this area's type, where it was confirmed, the toevalsrisico, and the barriers in the way.
        const li = document.createElement('li');
        const lesson = (item.lessons || [])[0];
        const parts = ['bewijs ' + item.level, LAYER_FOR_TYPE[item.layerForThisType] || item.layerForThisType,
          (item.confirmedInTypes || []).length ? 'bevestigd in ' + item.confirmedInTypes.join(', ') : null,
          item.chanceRisk && item.chanceRisk.flagged ? 'toevalsrisico' : null].filter(p => p);
        li.dataset.tag = item.tag;
        li.textContent = item.tag + ' — ' + parts.join(' · ') + (lesson && lesson.title ? ' (les: ' + lesson.title + ')' : '');
        li.appendChild(barriers(item.barriers || []));
        // Each lesson behind the component can be tried in a buurt of one's own (a nomination).
        (item.lessons || []).filter(l => l.lessonId).forEach((l, j) => {
          const details = document.createElement('details');
          details.className = 'try-here';
          const summary = document.createElement('summary');
          summary.textContent = 'Probeer het hier: ' + (l.title || 'les ' + l.lessonId);
          details.append(summary, Nominate.form(area, l, 'n-' + i + '-' + j));
          li.appendChild(details);
        });
        ul.appendChild(li);
      });
      box.appendChild(ul);
    } catch (e) {
      const p = document.createElement('p');
      p.textContent = 'Advies niet beschikbaar: ' + e.message;
      box.appendChild(p);
    }
  }

  /**
   * The barriers in the way of a component (verification-service's BarriersInTheWay: unresolved barriers its lessons
   * lean on), each with the rule, its status and level as the API gives them; or that none is known.
   */
  function barriers(inTheWay) {
    const block = document.createElement('div');
    block.className = 'barriers';
    if (inTheWay.length === 0) {
      block.textContent = 'Belemmeringen: geen bekend.';
      return block;
    }
    block.textContent = 'Belemmeringen in de weg:';
    const ul = document.createElement('ul');
    inTheWay.forEach(b => {
      const li = document.createElement('li');
      li.dataset.barrier = b.barrierId;
      li.textContent = b.ruleNamed + ' — status ' + b.status + ' · niveau ' + b.level;
      ul.appendChild(li);
    });
    block.appendChild(ul);
    return block;
  }

  async function neighbours(area) {
    try {
      // typology-service answers the same path as text/csv (one row per comparable buurt, wijk or gemeente).
      const path = AreaPicker.comparablePath(area, 10);
      const answer = await Dash.api(path);
      const comparable = answer.comparable || answer.items || [];
      Dash.chart('neighbours', { categories: comparable.map(c => c.name || c.code), categoryLabel: 'Buurt', horizontal: true, csv: path,
        series: [{ name: 'Gelijkenis', data: comparable.map(c => c.similarity) }] });
    } catch (e) {
      Dash.noChart('neighbours', 'Geen vergelijkbare buurten: ' + e.message);
    }
  }

  async function suggestions() {
    if (!gemeente) return;
    const page = await Dash.api('/api/v1/gemeenten/' + gemeente + '/suggestions' + Dash.query({ size: 50 }));
    Dash.table('suggestions', [
      { label: 'Plek', value: v => Dash.target(v) },
      { label: 'Les', value: v => Dash.link('/bewijs/les?id=' + encodeURIComponent(v.lessonId), 'les bekijken') },
      { label: 'Gelijkenis', value: v => Dash.number(v.similarity) },
      { label: 'Type', value: v => v.targetType ? v.targetType.label : null },
      { label: 'Beslissen', value: v => decisionForm(v) }], page.items);
  }

  /**
   * Accept (with one success criterion fixed in advance) or decline (with a structured reason, decline.js) a
   * suggested verification; only the controls of the chosen step are shown.
   */
  function decisionForm(v) {
    const form = document.createElement('form');
    form.className = 'decision';
    const id = 'd-' + v.id;
    form.dataset.verification = v.id;
    form.innerHTML = '<label for="' + id + '-choice">Besluit</label>'
      + '<select id="' + id + '-choice" name="choice"><option value="decline">Afwijzen</option><option value="accept">Accepteren</option></select>'
      + '<div class="accept-fields" hidden><label for="' + id + '-indicator">Indicator bij accepteren</label><input id="' + id + '-indicator" name="indicator" maxlength="200">'
      + '<label for="' + id + '-threshold">Drempel (%) bij accepteren</label><input id="' + id + '-threshold" name="threshold" type="number" value="30"></div>'
      + '<button type="submit">Verstuur</button>';
    const declineFields = Decline.fieldset(id);
    form.insertBefore(declineFields, form.querySelector('.accept-fields'));
    const acceptFields = form.querySelector('.accept-fields');
    form.choice.addEventListener('change', () => {
      const accepting = form.choice.value === 'accept';
      acceptFields.hidden = !accepting;
      form.indicator.required = accepting;
      declineFields.disabled = accepting;
      declineFields.hidden = accepting;
    });
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      if (!Dash.token()) {
        Dash.status('Meld u eerst aan met een bearer-token om te beslissen.', true);
        document.getElementById('token').focus();
        return;
      }
      const measuredOn = new Date(Date.now() + 365 * 864e5).toISOString().slice(0, 10);
      try {
        if (form.choice.value === 'decline') {
          await Dash.api('/api/v1/verifications/' + v.id + '/decline', { method: 'POST', write: true, body: Decline.body(form) });
        } else {
          await Dash.api('/api/v1/verifications/' + v.id + '/accept', { method: 'POST', write: true, body: { criteria: [
            { indicator: form.indicator.value.trim(), comparison: 'AT_LEAST', threshold: Number(form.threshold.value), unit: '%', measuredOn }] } });
        }
        Dash.status('Besluit over ' + Dash.target(v) + ' vastgelegd.');
        await suggestions();
      } catch (e) {
        Dash.status('Besluit niet vastgelegd: ' + e.message, true);
      }
    });
    return form;
  }

  AreaPicker.attach('area', async (area) => {
    gemeente = AreaPicker.gemeenteOf(area);
    Dash.status('Gegevens laden…');
    await Promise.all([advice(area), neighbours(area), suggestions().catch(e => Dash.status(e.message, true))]);
    Dash.status('');
  });
});
