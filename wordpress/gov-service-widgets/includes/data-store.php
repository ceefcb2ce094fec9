<?php
/**
 * The organisation's data and data URL, kept per site in two options.
 *
 * @package GovServiceWidgets
 */

defined( 'ABSPATH' ) || exit;

const GOV_SERVICE_WIDGETS_DATA_OPTION = 'gov_service_widgets_data';
const GOV_SERVICE_WIDGETS_URL_OPTION  = 'gov_service_widgets_data_url';

/**
 * The saved JSON text, as the admin gave it and the checker accepted it; '' when there is none.
 *
 * @return string
 */
function gov_service_widgets_data_text() {
	$text = get_option( GOV_SERVICE_WIDGETS_DATA_OPTION, '' );
	return is_string( $text ) ? $text : '';
}

/**
 * The saved data decoded once per request (objects as stdClass, so `{}` and `[]` stay apart when
 * it is written out again), or null when the site has none.
 *
 * @return stdClass|null
 */
function gov_service_widgets_data() {
	// The text it was decoded from, compared whole: cheaper than hashing megabytes for each element.
	static $decoded_text = null, $data = null;
	$text = gov_service_widgets_data_text();
	if ( '' === $text ) {
		return null;
	}
	if ( $text !== $decoded_text ) {
		$decoded      = json_decode( $text );
		$data         = $decoded instanceof stdClass ? $decoded : null;
		$decoded_text = $text;
	}
	return $data;
}

/**
 * The data file's address when the site gives one ('' otherwise): elements then get `src`.
 *
 * @return string
 */
function gov_service_widgets_data_url() {
	$url = get_option( GOV_SERVICE_WIDGETS_URL_OPTION, '' );
	return is_string( $url ) ? $url : '';
}

/**
 * Saves checked data. Not autoloaded: it can be megabytes and only pages with an element need it.
 *
 * @param string $text The JSON text, already accepted by gov_service_widgets_check_data_text().
 */
function gov_service_widgets_save_data_text( $text ) {
	update_option( GOV_SERVICE_WIDGETS_DATA_OPTION, $text, false );
}

/**
 * Saves the data URL ('' removes it).
 *
 * @param string $url An http(s) address already passed through esc_url_raw(), or ''.
 */
function gov_service_widgets_save_data_url( $url ) {
	if ( '' === $url ) {
		delete_option( GOV_SERVICE_WIDGETS_URL_OPTION );
		return;
	}
	update_option( GOV_SERVICE_WIDGETS_URL_OPTION, $url, false );
}
