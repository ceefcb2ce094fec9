<?php
/**
 * Plugin Name:       Gov Service Widgets
 * Description:       Shows a Kazakh school's or education department's state services, complaint procedure and responsible officials, in Kazakh, Russian and English, as blocks and shortcodes, from data kept in the site's settings.
 * Version:           0.2.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            gov-service-widgets contributors
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       gov-service-widgets
 * Domain Path:       /languages
 *
 * @package GovServiceWidgets
 */

defined( 'ABSPATH' ) || exit;

// package.json's version, which scripts/wordpress-zip.mjs stamps into the zip; also the script's ?ver=.
define( 'GOV_SERVICE_WIDGETS_VERSION', '0.2.0' );
define( 'GOV_SERVICE_WIDGETS_FILE', __FILE__ );
define( 'GOV_SERVICE_WIDGETS_DIR', plugin_dir_path( __FILE__ ) );

require_once GOV_SERVICE_WIDGETS_DIR . 'includes/data-store.php';
require_once GOV_SERVICE_WIDGETS_DIR . 'includes/schema-check.php';
require_once GOV_SERVICE_WIDGETS_DIR . 'includes/data-check.php';
require_once GOV_SERVICE_WIDGETS_DIR . 'includes/widget-rules.php';
require_once GOV_SERVICE_WIDGETS_DIR . 'includes/phone-format.php';
require_once GOV_SERVICE_WIDGETS_DIR . 'includes/fallback-html.php';
require_once GOV_SERVICE_WIDGETS_DIR . 'includes/drawn.php';
require_once GOV_SERVICE_WIDGETS_DIR . 'includes/render-element.php';
require_once GOV_SERVICE_WIDGETS_DIR . 'includes/shortcodes.php';
require_once GOV_SERVICE_WIDGETS_DIR . 'includes/blocks.php';
require_once GOV_SERVICE_WIDGETS_DIR . 'includes/settings-page.php';

/**
 * Translations first: block titles are translated when the blocks are registered, on `init` too.
 */
function gov_service_widgets_load_textdomain() {
	load_plugin_textdomain( 'gov-service-widgets', false, dirname( plugin_basename( GOV_SERVICE_WIDGETS_FILE ) ) . '/languages' );
}
add_action( 'init', 'gov_service_widgets_load_textdomain', 0 );

/**
 * The readers' script, registered everywhere, enqueued only by an element that renders.
 */
function gov_service_widgets_register_script() {
	wp_register_script(
		'gov-service-widgets',
		plugins_url( 'assets/gov-service-widgets.js', GOV_SERVICE_WIDGETS_FILE ),
		array(),
		GOV_SERVICE_WIDGETS_VERSION,
		true
	);
}
add_action( 'init', 'gov_service_widgets_register_script', 5 );

add_action( 'init', 'gov_service_widgets_register_shortcodes' );
add_action( 'init', 'gov_service_widgets_register_blocks' );
add_action( 'admin_menu', 'gov_service_widgets_add_settings_page' );
add_action( 'admin_post_gov_service_widgets_save', 'gov_service_widgets_handle_save' );
// Drawings are kept against the data and the URL they were drawn with: any other change drops them.
add_action( 'add_option_' . GOV_SERVICE_WIDGETS_DATA_OPTION, 'gov_service_widgets_drop_drawn' );
add_action( 'update_option_' . GOV_SERVICE_WIDGETS_DATA_OPTION, 'gov_service_widgets_drop_drawn' );
add_action( 'delete_option_' . GOV_SERVICE_WIDGETS_DATA_OPTION, 'gov_service_widgets_drop_drawn' );
add_action( 'add_option_' . GOV_SERVICE_WIDGETS_URL_OPTION, 'gov_service_widgets_drop_drawn' );
add_action( 'update_option_' . GOV_SERVICE_WIDGETS_URL_OPTION, 'gov_service_widgets_drop_drawn' );
add_filter( 'plugin_action_links_' . plugin_basename( GOV_SERVICE_WIDGETS_FILE ), 'gov_service_widgets_action_links' );
