<?php
/**
 * Shortcodes for the classic editor and page builders, with the blocks' attributes:
 * `[service_registry lang="kk" codes="403007" heading_level="3"]`, `[appeal_procedure lang="ru"]`,
 * `[contact_card service="403007" contact="head"]`.
 *
 * @package GovServiceWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Registers one shortcode per element, named after it with an underscore.
 */
function gov_service_widgets_register_shortcodes() {
	foreach ( array_keys( GOV_SERVICE_WIDGETS_ELEMENTS ) as $tag ) {
		add_shortcode(
			str_replace( '-', '_', $tag ),
			function ( $atts, $content = '', $shortcode = '' ) use ( $tag ) {
				return gov_service_widgets_shortcode( $tag, $atts, $shortcode );
			}
		);
	}
}

/**
 * The element for a shortcode: its attributes as the block's (`heading_level` is `headingLevel`).
 *
 * @param string       $tag       The element.
 * @param array|string $atts      The shortcode's attributes ('' when it has none).
 * @param string       $shortcode The shortcode's name, for the `shortcode_atts_{$shortcode}` filter.
 * @return string
 */
function gov_service_widgets_shortcode( $tag, $atts, $shortcode ) {
	$defaults = array(
		'lang'          => '',
		'heading_level' => '',
	);
	foreach ( GOV_SERVICE_WIDGETS_ELEMENTS[ $tag ] as $filter ) {
		$defaults[ $filter ] = '';
	}
	$atts                 = shortcode_atts( $defaults, is_array( $atts ) ? $atts : array(), $shortcode );
	$atts['headingLevel'] = $atts['heading_level'];
	unset( $atts['heading_level'] );
	return gov_service_widgets_render_element( $tag, $atts );
}
