<?php
/**
 * Runs the plugin's data check outside WordPress, for test/wordpress/data-check.test.mjs: reads a
 * JSON list of file texts on stdin, prints a JSON list of `{ok, problems}`. The few WordPress
 * functions the check calls are stood in for here: translation (identity, as on an English site)
 * and JSON encoding; the rules under test are the plugin's own code, unchanged.
 *
 * @package GovServiceWidgets
 */

define( 'ABSPATH', __DIR__ . '/' );
define( 'GOV_SERVICE_WIDGETS_DIR', $argv[1] );

function __( $text ) {
	return $text;
}
function _n( $single, $plural, $count ) {
	return 1 === $count ? $single : $plural;
}
function wp_json_encode( $value, $flags = 0 ) {
	return json_encode( $value, $flags );
}
function size_format( $bytes ) {
	return round( $bytes / 1048576 ) . ' MB';
}

require GOV_SERVICE_WIDGETS_DIR . 'includes/schema-check.php';
require GOV_SERVICE_WIDGETS_DIR . 'includes/data-check.php';
require GOV_SERVICE_WIDGETS_DIR . 'includes/widget-rules.php';
require GOV_SERVICE_WIDGETS_DIR . 'includes/phone-format.php';
require GOV_SERVICE_WIDGETS_DIR . 'includes/fallback-html.php';

$results = array();
foreach ( json_decode( file_get_contents( 'php://stdin' ) ) as $text ) {
	$check     = gov_service_widgets_check_data_text( $text );
	$results[] = array(
		'ok'       => $check['ok'],
		'problems' => $check['problems'],
	);
}
echo json_encode( $results );
