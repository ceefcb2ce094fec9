<?php
/**
 * Three server-rendered blocks, one per element (blocks/<element>/block.json), edited with a
 * server-side preview by blocks/editor.js, which needs no build step.
 *
 * @package GovServiceWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Registers the editor script, then the blocks from their block.json.
 */
function gov_service_widgets_register_blocks() {
	wp_register_script(
		'gov-service-widgets-editor',
		plugins_url( 'blocks/editor.js', GOV_SERVICE_WIDGETS_FILE ),
		// The readers' script too: the preview's elements then run in the editor as on the page.
		array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-server-side-render', 'wp-i18n', 'gov-service-widgets' ),
		GOV_SERVICE_WIDGETS_VERSION,
		true
	);
	wp_set_script_translations( 'gov-service-widgets-editor', 'gov-service-widgets', GOV_SERVICE_WIDGETS_DIR . 'languages' );
	foreach ( array_keys( GOV_SERVICE_WIDGETS_ELEMENTS ) as $tag ) {
		register_block_type(
			GOV_SERVICE_WIDGETS_DIR . 'blocks/' . $tag,
			array(
				'render_callback' => function ( $attributes ) use ( $tag ) {
					return gov_service_widgets_render_element( $tag, $attributes );
				},
			)
		);
	}
}
