/**
 * Clinic Widgets blocks in the editor: inspector controls for each element attribute, and the real
 * element as the preview (inside a <clinic-provider> with the site's settings, so it looks as it will on
 * the page). Plain ES5 on the wp.* globals: no build step. The blocks are dynamic: save() is null and
 * the page's markup comes from PHP (includes/blocks.php).
 */
(function (wp, data) {
  'use strict';

  var el = wp.element.createElement;
  var Fragment = wp.element.Fragment;
  var __ = wp.i18n.__;
  var blockEditor = wp.blockEditor;
  var components = wp.components;
  var settings = data || { provider: {}, stretches: {}, providers: {}, settings: '' };

  /** `bookingUrl` → `booking-url`. */
  function kebab(name) {
    return name.replace(/[A-Z]/g, function (letter) {
      return '-' + letter.toLowerCase();
    });
  }

  /**
   * Block attributes as element attributes. Unset and empty values are left out (the element then uses
   * its default); a boolean that is on is passed as `true`, which React 18 writes as an attribute and
   * React 19 as the property, and one that is off is left out (Lit reads any boolean attribute as on).
   */
  function elementProps(attributes) {
    var props = {};
    Object.keys(attributes).forEach(function (name) {
      var value = attributes[name];
      if (value === undefined || value === null || value === '' || value === false) return;
      props[kebab(name)] = value === true ? true : String(value);
    });
    return props;
  }

  function setter(props, name) {
    return function (value) {
      var change = {};
      change[name] = value === '' || value === false ? undefined : value;
      props.setAttributes(change);
    };
  }

  function text(props, name, label, help) {
    return el(components.TextControl, {
      label: label,
      help: help,
      value: props.attributes[name] || '',
      onChange: setter(props, name),
    });
  }

  function number(props, name, label, help, min, max) {
    var value = props.attributes[name];
    return el(components.TextControl, {
      label: label,
      help: help,
      type: 'number',
      min: min,
      max: max,
      value: value === undefined ? '' : String(value),
      onChange: function (input) {
        var parsed = parseInt(input, 10);
        var change = {};
        change[name] = isNaN(parsed) ? undefined : parsed;
        props.setAttributes(change);
      },
    });
  }

  /** A select whose first option, "Default", leaves the attribute unset. */
  function select(props, name, label, options, help, defaultLabel) {
    var choices = [{ label: defaultLabel || __('Default', 'clinic-widgets'), value: '' }];
    Object.keys(options).forEach(function (value) {
      choices.push({ label: options[value], value: value });
    });
    return el(components.SelectControl, {
      label: label,
      help: help,
      value: props.attributes[name] || '',
      options: choices,
      onChange: setter(props, name),
    });
  }

  function toggle(props, name, label, help) {
    return el(components.ToggleControl, {
      label: label,
      help: help,
      checked: !!props.attributes[name],
      onChange: setter(props, name),
    });
  }

  /** A panel of controls, passed as arguments (not an array) so React needs no keys. */
  function panel(title, controls, initialOpen) {
    return el.apply(
      null,
      [components.PanelBody, { title: title, initialOpen: initialOpen !== false }].concat(controls),
    );
  }

  function settingsNote() {
    if (!settings.settings) return null;
    return el(
      'p',
      { className: 'components-base-control__help' },
      __('The clinic’s hours, sessions, prices and booking system are set once for the site:', 'clinic-widgets'),
      ' ',
      el(
        'a',
        { href: settings.settings, target: '_blank', rel: 'noreferrer' },
        __('Settings → Clinic Widgets', 'clinic-widgets'),
      ),
    );
  }

  /**
   * The preview: the element itself inside a provider with the site's settings. Disabled, so a click
   * selects the block instead of opening the booking page or starting a timer.
   */
  function preview(tag, props) {
    var blockProps = blockEditor.useBlockProps();
    return el(
      'div',
      blockProps,
      el(components.Disabled, null, el('clinic-provider', settings.provider, el(tag, elementProps(props.attributes)))),
    );
  }

  /**
   * One block: the inspector panels that `panels(props)` returns, beside the live preview of the element.
   * The panels go in as separate children (not an array), so React asks for no keys.
   */
  function register(name, panels) {
    wp.blocks.registerBlockType('clinic-widgets/' + name, {
      edit: function (props) {
        var inspector = el.apply(null, [blockEditor.InspectorControls, null].concat(panels(props)));
        return el(Fragment, null, inspector, preview(name, props));
      },
      save: function () {
        return null;
      },
    });
  }

  register('booking-button', function (props) {
    return [
      panel(__('Button', 'clinic-widgets'), [
        number(
          props,
          'minutes',
          __('Session length (minutes)', 'clinic-widgets'),
          __(
            'Leave empty to follow the visitor’s choice in a session length picker, else the clinic’s first session.',
            'clinic-widgets',
          ),
          1,
          480,
        ),
        text(
          props,
          'label',
          __('Button text', 'clinic-widgets'),
          __('Leave empty for “Book a 60-minute massage”.', 'clinic-widgets'),
        ),
        select(
          props,
          'mode',
          __('Opens', 'clinic-widgets'),
          {
            link: __('In a new tab', 'clinic-widgets'),
            popup: __('In a popup on this page', 'clinic-widgets'),
          },
          __('Some booking systems refuse to show inside another site: use a new tab for those.', 'clinic-widgets'),
        ),
        el(components.ToggleControl, {
          label: __('Show whether same-day booking is still open', 'clinic-widgets'),
          checked: props.attributes.hint !== 'off',
          onChange: function (on) {
            props.setAttributes({ hint: on ? undefined : 'off' });
          },
        }),
        settingsNote(),
      ]),
      panel(
        __('Booking system (overrides the site’s)', 'clinic-widgets'),
        [
          select(
            props,
            'provider',
            __('Booking system', 'clinic-widgets'),
            settings.providers,
            null,
            __('The site’s', 'clinic-widgets'),
          ),
          text(
            props,
            'bookingUrl',
            __('Booking URL', 'clinic-widgets'),
            __('https:// only. Leave empty for the site’s.', 'clinic-widgets'),
          ),
          text(
            props,
            'services',
            __('Service ids', 'clinic-widgets'),
            __('Per length, for example 60:1234, 90:1235.', 'clinic-widgets'),
          ),
          text(props, 'phone', __('Phone', 'clinic-widgets'), __('Leave empty for the site’s.', 'clinic-widgets')),
        ],
        false,
      ),
    ];
  });

  register('session-length-picker', function (props) {
    return [
      panel(__('Picker', 'clinic-widgets'), [
        text(props, 'label', __('Label', 'clinic-widgets'), __('Leave empty for “Session length”.', 'clinic-widgets')),
        number(
          props,
          'value',
          __('Selected at first (minutes)', 'clinic-widgets'),
          __('Leave empty to select nothing until the visitor chooses.', 'clinic-widgets'),
          1,
          480,
        ),
        text(
          props,
          'options',
          __('Lengths and prices', 'clinic-widgets'),
          __('For example 60:95, 90:135. Leave empty for the clinic’s sessions.', 'clinic-widgets'),
        ),
        text(
          props,
          'name',
          __('Form field name', 'clinic-widgets'),
          __('Inside a form, it is sent as name=minutes.', 'clinic-widgets'),
        ),
        toggle(
          props,
          'required',
          __('Required', 'clinic-widgets'),
          __('A form cannot be sent until a length is chosen.', 'clinic-widgets'),
        ),
        toggle(props, 'disabled', __('Disabled', 'clinic-widgets')),
        settingsNote(),
      ]),
    ];
  });

  register('symptom-checker', function (props) {
    return [
      panel(__('Symptom checker', 'clinic-widgets'), [
        text(
          props,
          'emergencyNumber',
          __('Emergency number', 'clinic-widgets'),
          __('Leave empty for the site’s (by language: 911, 999, 112…).', 'clinic-widgets'),
        ),
        toggle(
          props,
          'remember',
          __('Remember answers in this tab', 'clinic-widgets'),
          __('Off: nothing is stored. On: answers stay in this browser tab until “Start again”.', 'clinic-widgets'),
        ),
        number(
          props,
          'headingLevel',
          __('Heading level', 'clinic-widgets'),
          __('1 to 6. Leave empty for 2; match the headings around the block.', 'clinic-widgets'),
          1,
          6,
        ),
        text(
          props,
          'insuranceNote',
          __('Referral and insurance line', 'clinic-widgets'),
          __('Leave empty for the default words, “off” to hide it, or write your own.', 'clinic-widgets'),
        ),
        settingsNote(),
      ]),
    ];
  });

  register('stretch-card', function (props) {
    return [
      panel(__('Stretch', 'clinic-widgets'), [
        el(components.SelectControl, {
          label: __('Stretch', 'clinic-widgets'),
          value: props.attributes.stretch,
          options: Object.keys(settings.stretches).map(function (id) {
            return { label: settings.stretches[id], value: id };
          }),
          onChange: setter(props, 'stretch'),
        }),
        text(
          props,
          'heading',
          __('Title', 'clinic-widgets'),
          __('Leave empty for the stretch’s own title.', 'clinic-widgets'),
        ),
        number(
          props,
          'headingLevel',
          __('Heading level', 'clinic-widgets'),
          __('1 to 6. Leave empty for 3.', 'clinic-widgets'),
          1,
          6,
        ),
        toggle(props, 'compact', __('Compact layout', 'clinic-widgets')),
        toggle(props, 'sound', __('Beep at each phase change', 'clinic-widgets')),
      ]),
      panel(
        __('Dose (overrides the stretch’s)', 'clinic-widgets'),
        [
          number(props, 'hold', __('Hold (seconds)', 'clinic-widgets'), __('1 to 600.', 'clinic-widgets'), 1, 600),
          number(props, 'reps', __('Repetitions per side', 'clinic-widgets'), __('1 to 50.', 'clinic-widgets'), 1, 50),
          select(props, 'sides', __('Sides', 'clinic-widgets'), {
            each: __('One side, then the other', 'clinic-widgets'),
            both: __('Both sides together', 'clinic-widgets'),
          }),
          text(
            props,
            'frequency',
            __('How often', 'clinic-widgets'),
            __('For example “Twice a day”.', 'clinic-widgets'),
          ),
        ],
        false,
      ),
    ];
  });
})(window.wp, window.clinicWidgetsEditor);
