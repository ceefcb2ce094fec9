<?php
/**
 * Removes the plugin's options when an admin deletes the plugin: on a network, from every site.
 *
 * @package GovServiceWidgets
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;
defined( 'ABSPATH' ) || exit;

/**
 * Deletes this site's data and data URL.
 */
function gov_service_widgets_delete_options() {
	delete_option( 'gov_service_widgets_data' );
	delete_option( 'gov_service_widgets_data_url' );
	foreach ( array( 'kk', 'ru', 'en' ) as $locale ) {
		delete_option( 'gov_service_widgets_drawn_' . $locale );
	}
}

if ( is_multisite() ) {
	foreach ( get_sites(
		array(
			'fields' => 'ids',
			'number' => 0,
		)
	) as $gov_service_widgets_site ) {
		switch_to_blog( $gov_service_widgets_site );
		gov_service_widgets_delete_options();
		restore_current_blog();
	}
} else {
	gov_service_widgets_delete_options();
}
