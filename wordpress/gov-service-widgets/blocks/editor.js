/**
 * The three blocks in the editor: their settings in the sidebar and the server's rendering as the
 * preview. Plain JavaScript on WordPress's own globals, so the plugin needs no build step of its
 * own; titles, attributes and icons come from each block.json, registered on the server.
 */
(function (blocks, element, blockEditor, components, ServerSideRender, i18n) {
  'use strict';
  var el = element.createElement;
  var __ = i18n.__;

  function languageControl(props) {
    return el(components.SelectControl, {
      label: __('Language', 'gov-service-widgets'),
      help: __('The language of the element and of the data it shows.', 'gov-service-widgets'),
      value: props.attributes.lang,
      options: [
        {value: '', label: __('The page’s language', 'gov-service-widgets')},
        {value: 'kk', label: 'Қазақша'},
        {value: 'ru', label: 'Русский'},
        {value: 'en', label: 'English'},
      ],
      onChange: function (lang) {
        props.setAttributes({lang: lang});
      },
    });
  }

  function headingLevelControl(props) {
    return el(components.RangeControl, {
      label: __('Heading level', 'gov-service-widgets'),
      help: __('2 under the page title, 3 under a section heading, and so on.', 'gov-service-widgets'),
      value: props.attributes.headingLevel,
      min: 1,
      max: 6,
      onChange: function (level) {
        props.setAttributes({headingLevel: Number(level) || 2});
      },
    });
  }

  function textControl(props, name, label, help) {
    return el(components.TextControl, {
      label: label,
      help: help,
      value: props.attributes[name],
      onChange: function (value) {
        var change = {};
        change[name] = value;
        props.setAttributes(change);
      },
    });
  }

  /** Each block's own settings, after language and heading level. */
  var filters = {
    'service-registry': function (props) {
      return [
        textControl(
          props,
          'codes',
          __('Service codes', 'gov-service-widgets'),
          __(
            'Register codes separated by spaces or commas, e.g. 403007 403008. Empty: every service.',
            'gov-service-widgets',
          ),
        ),
      ];
    },
    'appeal-procedure': function () {
      return [];
    },
    'contact-card': function (props) {
      return [
        textControl(
          props,
          'service',
          __('Service code', 'gov-service-widgets'),
          __('Show only the officials responsible for this service, e.g. 403007.', 'gov-service-widgets'),
        ),
        textControl(
          props,
          'contact',
          __('Official', 'gov-service-widgets'),
          __('Show only this official: the id from the data, e.g. head.', 'gov-service-widgets'),
        ),
      ];
    },
  };

  Object.keys(filters).forEach(function (tag) {
    var name = 'gov-service-widgets/' + tag;
    blocks.registerBlockType(name, {
      edit: function (props) {
        var controls = [languageControl(props), headingLevelControl(props)].concat(filters[tag](props));
        return el(
          'div',
          blockEditor.useBlockProps(),
          el(
            blockEditor.InspectorControls,
            null,
            el.apply(null, [components.PanelBody, {title: __('Settings', 'gov-service-widgets')}].concat(controls)),
          ),
          el(ServerSideRender, {block: name, attributes: props.attributes}),
        );
      },
      // Rendered on the server from the attributes: nothing is saved in the post but the comment.
      save: function () {
        return null;
      },
    });
  });
})(
  window.wp.blocks,
  window.wp.element,
  window.wp.blockEditor,
  window.wp.components,
  window.wp.serverSideRender,
  window.wp.i18n,
);
