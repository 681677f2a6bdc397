// "Waarom niet hier": the structured reason a gemeente gives when it declines a suggested verification
// (verification-service's POST /api/v1/verifications/{id}/decline): a kind, the dimension the buurt differs on (one of
// the default comparability basis' dimensions, from typology-service through the dashboard's forwarding), the barrier
// in the way, and words. Declines naming a dimension teach the comparability weights that it matters.
'use strict';
const Decline = (() => {
  const KINDS = [
    ['DIMENSION_DIFFERS', 'Verschilt op een dimensie'],
    ['APPROACH_ALREADY_CHOSEN', 'Aanpak al gekozen'],
    ['NO_CAPACITY', 'Geen capaciteit'],
    ['BARRIER', 'Belemmering'],
    ['OTHER', 'Anders'],
  ];
  const UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';

  let dimensions = null;

  /** The dimensions of the default basis' latest published version, asked once per page; [] when unknown. */
  function defaultDimensions() {
    if (!dimensions) {
      dimensions = Dash.api('/api/v1/comparability-bases').then((bases) => {
        const published = bases.filter(b => b.isDefault && b.status === 'PUBLISHED').sort((a, b) => b.version - a.version);
        return published.length ? published[0].weights.map(w => w.dimension) : [];
      }).catch(() => []);
    }
    return dimensions;
  }

  /** A control with its label, in a div; returns the div. The id is the prefix and the control's name. */
  function labelled(prefix, label, control) {
    control.id = prefix + '-' + control.name;
    const wrapper = document.createElement('div');
    const caption = Object.assign(document.createElement('label'), { htmlFor: control.id, textContent: label });
    wrapper.append(caption, control);
    return wrapper;
  }

  /**
   * The decline's controls in a fieldset, for a form whose other controls have the given id prefix. Only the
   * controls the chosen kind needs are shown, and only shown ones are required.
   */
  function fieldset(prefix) {
    const set = document.createElement('fieldset');
    set.className = 'decline';
    set.appendChild(Object.assign(document.createElement('legend'), { textContent: 'Waarom niet hier' }));
    const kind = Object.assign(document.createElement('select'), { name: 'kind' });
    KINDS.forEach(([value, label]) => kind.appendChild(new Option(label, value)));
    kind.value = 'OTHER';
    const dimension = Object.assign(document.createElement('select'), { name: 'dimension' });
    const barrier = Object.assign(document.createElement('input'), { name: 'barrierId', pattern: UUID,
      placeholder: '7a1e0c9d-2b4f-4e6a-8c3d-5f9b1a2e4c70', size: 36 });
    const text = Object.assign(document.createElement('textarea'), { name: 'text', maxLength: 2000, rows: 2 });
    const dimensionField = labelled(prefix, 'Dimensie waarop de buurt verschilt', dimension);
    const barrierField = labelled(prefix, 'Belemmering (id uit het register)', barrier);
    set.append(labelled(prefix, 'Reden', kind), dimensionField, barrierField, labelled(prefix, 'Toelichting', text));
    const show = () => {
      dimensionField.hidden = kind.value !== 'DIMENSION_DIFFERS';
      barrierField.hidden = kind.value !== 'BARRIER';
      dimension.required = !dimensionField.hidden;
      barrier.required = !barrierField.hidden;
      text.required = kind.value === 'OTHER';
    };
    kind.addEventListener('change', show);
    show();
    defaultDimensions().then((keys) => {
      if (!keys.length) dimension.appendChild(new Option('(dimensies niet beschikbaar)', ''));
      keys.forEach(key => dimension.appendChild(new Option(key, key)));
    });
    return set;
  }

  /** The request body for the decline the form describes. */
  function body(form) {
    const request = { kind: form.kind.value };
    if (request.kind === 'DIMENSION_DIFFERS') request.dimension = form.dimension.value;
    if (request.kind === 'BARRIER') request.barrierId = form.barrierId.value.trim();
    const words = form.text.value.trim();
    if (words) request.text = words;
    return request;
  }

  return { fieldset, body };
})();
