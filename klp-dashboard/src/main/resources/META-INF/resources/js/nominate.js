// "Probeer het hier": a gemeente nominates a buurt of its own for a lesson (verification-service's
// POST /api/v1/verifications), with one success criterion registered before anything is measured. A nomination is
// per buurt: for a picked wijk or gemeente the user picks one of its buurten by name. The token is the one Mijn wijk keeps.
'use strict';
const Nominate = (() => {
  // What each refusal means for the user; the API's own problem title and detail follow it.
  const REFUSED = {
    400: 'De gegevens zijn niet geldig',
    401: 'Het token is ongeldig of verlopen; meld u opnieuw aan',
    403: 'Deze buurt ligt buiten de gemeenten waarvoor u verifieert',
    404: 'De les of de buurt is niet bekend',
    409: 'Deze les heeft in deze buurt al een verificatie',
    422: 'De nominatie voldoet niet aan de regels',
    503: 'De typologie is nu niet bereikbaar; probeer het later opnieuw',
  };

  function refusal(e) {
    const problem = e.problem || {};
    const said = [problem.title, problem.detail].filter(p => p).join(': ');
    return (REFUSED[e.status] || 'Niet gelukt (HTTP ' + e.status + ')') + (said ? ' — ' + said : '') + '.';
  }

  /** The measuring date a criterion gets unless the user picks another: a year ahead (it must lie after today). */
  function aYearAhead() {
    return new Date(Date.now() + 365 * 864e5).toISOString().slice(0, 10);
  }

  function field(form, key, label, control) {
    const div = document.createElement('div');
    const l = document.createElement('label');
    l.htmlFor = form.dataset.prefix + '-' + key;
    l.textContent = label;
    control.id = l.htmlFor;
    control.name = key;
    div.append(l, control);
    form.appendChild(div);
    return control;
  }

  function input(attributes) {
    return Object.assign(document.createElement('input'), attributes);
  }

  /**
   * The form for one lesson in the picked area. area: the area picker's choice; lesson: {lessonId, title};
   * prefix: unique id prefix for its controls.
   */
  function form(area, lesson, prefix) {
    const form = document.createElement('form');
    form.className = 'nominate decision';
    form.dataset.prefix = prefix;
    form.dataset.lesson = lesson.lessonId;
    form.setAttribute('aria-label', 'Probeer het hier: ' + (lesson.title || 'les'));
    if (area.level === 'buurt') {
      field(form, 'buurt', 'Buurt', input({ required: true, value: area.code, readOnly: true, size: 11 }));
    } else {
      buurtChoice(field(form, 'buurt', 'Buurt (nomineren gaat per buurt: kies een buurt van '
        + (area.level === 'wijk' ? 'wijk ' : '') + (area.name || area.code) + ')', document.createElement('select')), area);
    }
    field(form, 'indicator', 'Indicator (zoals de les hem noemt)', input({ required: true, maxLength: 200 }));
    const comparison = field(form, 'comparison', 'Vergelijking', document.createElement('select'));
    comparison.append(new Option('minstens', 'AT_LEAST'), new Option('hoogstens', 'AT_MOST'));
    field(form, 'threshold', 'Drempel', input({ type: 'number', required: true, step: 'any', value: 60 }));
    field(form, 'unit', 'Eenheid', input({ required: true, maxLength: 40, value: '%', size: 4 }));
    field(form, 'measuredOn', 'Gemeten op', input({ type: 'date', required: true, value: aYearAhead() }));
    const button = document.createElement('button');
    button.type = 'submit';
    button.textContent = 'Probeer het hier';
    form.appendChild(button);
    const outcome = document.createElement('p');
    outcome.className = 'nominate-outcome';
    outcome.setAttribute('role', 'status');
    form.appendChild(outcome);
    prefillIndicator(form, lesson.lessonId);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      submit(form, outcome);
    });
    return form;
  }

  /**
   * The pick-list for a wijk or gemeente: its buurten by name (typology-service's /api/v1/areas/{code}/buurten), the
   * code behind each. Until they are in (or when typology cannot say) the list holds one empty, unselectable line.
   */
  async function buurtChoice(select, area) {
    select.required = true;
    const waiting = new Option('Buurten laden…', '');
    select.appendChild(waiting);
    try {
      const answer = await Dash.api('/api/v1/areas/' + encodeURIComponent(area.code) + '/buurten');
      waiting.textContent = 'Kies een buurt (' + answer.buurten.length + ')';
      answer.buurten.forEach(b => select.appendChild(new Option(b.name + ' (' + b.code + ')', b.code)));
    } catch (e) {
      waiting.textContent = 'Buurten niet te laden: ' + e.message;
    }
  }

  /** The criterion must measure an indicator of the lesson's outcome, by its name: offer the lesson's first one. */
  async function prefillIndicator(form, lessonId) {
    try {
      const lesson = await Dash.api('/api/v1/lessons/' + encodeURIComponent(lessonId));
      const first = (lesson.indicators || [])[0];
      if (first && !form.indicator.value) form.indicator.value = first.name;
    } catch (e) {
      // Left empty: the user names the indicator; the API says so (422) when it is not the lesson's.
    }
  }

  async function submit(form, outcome) {
    outcome.classList.remove('error');
    if (!Dash.token()) {
      outcome.textContent = 'Meld u eerst aan met een bearer-token (hieronder) om een buurt te nomineren.';
      outcome.classList.add('error');
      document.getElementById('token').focus();
      return;
    }
    const buurtCode = form.buurt.value.trim().toUpperCase();
    try {
      const created = await Dash.api('/api/v1/verifications', { method: 'POST', write: true, body: {
        lessonId: form.dataset.lesson, buurtCode, criteria: [{ indicator: form.indicator.value.trim(),
          comparison: form.comparison.value, threshold: Number(form.threshold.value), unit: form.unit.value.trim(),
          measuredOn: form.measuredOn.value }] } });
      outcome.replaceChildren('Genomineerd: verificatie ' + created.id + ' in buurt '
        + (created.targetBuurtName ? created.targetBuurtName + ' (' + created.targetBuurtCode + ')' : created.targetBuurtCode)
        + ', status ' + created.status + ', selectie ' + created.selection
        + (created.similarity !== null && created.similarity !== undefined
          ? ', gelijkenis met de herkomst ' + Dash.number(created.similarity) : '') + '. ',
        Dash.link('/bewijs/les?id=' + encodeURIComponent(created.lessonId), 'Alle verificaties van de les'));
      outcome.dataset.verification = created.id;
    } catch (e) {
      outcome.textContent = e instanceof Dash.ApiError ? refusal(e) : 'Niet gelukt: ' + e.message;
      outcome.classList.add('error');
    }
  }

  return { form };
})();
