<?php
/**
 * Whether a data file may be saved: size, encoding, JSON, format version, then the shipped schema.
 * Run on the server for every save, since a POST can come from anywhere.
 *
 * @package GovServiceWidgets
 */

defined( 'ABSPATH' ) || exit;

/** The widget's own loader refuses larger files (src/data/load.ts, `maxBytes`). */
const GOV_SERVICE_WIDGETS_MAX_BYTES = 4194304;

/** Problems worth listing: past twenty, the admin fixes those first and tries again. */
const GOV_SERVICE_WIDGETS_MAX_PROBLEMS = 20;

/**
 * The schema shipped beside the script it documents (a copy of data/provider.schema.json).
 *
 * @return array|null
 */
function gov_service_widgets_schema() {
	static $schema = null;
	if ( null === $schema ) {
		$text   = file_get_contents( GOV_SERVICE_WIDGETS_DIR . 'provider.schema.json' ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a file of the plugin itself.
		$schema = is_string( $text ) ? json_decode( $text, true ) : null;
	}
	return is_array( $schema ) ? $schema : null;
}

/**
 * Checks a data file's text.
 *
 * @param string $text The file or the pasted text, as received (unslashed).
 * @return array `array( 'ok' => bool, 'text' => the text to save, 'problems' => list of "<path>: <reason>" )`.
 */
function gov_service_widgets_check_data_text( $text ) {
	$refuse = function ( $problems ) {
		return array(
			'ok'       => false,
			'text'     => '',
			'problems' => $problems,
		);
	};
	if ( strlen( $text ) > GOV_SERVICE_WIDGETS_MAX_BYTES ) {
		/* translators: %s: the largest allowed size, e.g. "4 MB" */
		return $refuse( array( sprintf( __( 'The file is larger than %s, more than the widget reads.', 'gov-service-widgets' ), size_format( GOV_SERVICE_WIDGETS_MAX_BYTES ) ) ) );
	}
	if ( 0 === strncmp( $text, "\xFF\xFE", 2 ) || 0 === strncmp( $text, "\xFE\xFF", 2 ) ) {
		return $refuse( array( __( 'The file is saved as UTF-16 («Unicode» in Notepad). Save it as UTF-8 and try again.', 'gov-service-widgets' ) ) );
	}
	if ( ! preg_match( '//u', $text ) ) {
		return $refuse( array( __( 'The file is not in UTF-8 (perhaps Windows-1251, «ANSI» in Notepad). Save it as UTF-8 and try again.', 'gov-service-widgets' ) ) );
	}
	// A byte-order mark left by Notepad is not part of the JSON (the widget drops it too).
	$text = preg_replace( '/^\x{FEFF}/u', '', $text );
	if ( '' === trim( $text ) ) {
		return $refuse( array( __( 'No data was given: paste the data or choose a file.', 'gov-service-widgets' ) ) );
	}
	$data = json_decode( $text );
	if ( JSON_ERROR_NONE !== json_last_error() ) {
		$html = '<' === substr( ltrim( $text ), 0, 1 );
		return $refuse(
			array(
				$html ? __( 'This is a web page, not a data file: choose the .json file itself.', 'gov-service-widgets' )
				/* translators: %s: PHP's description of the JSON error */
				: sprintf( __( 'The text is not valid JSON: %s.', 'gov-service-widgets' ), json_last_error_msg() ),
			)
		);
	}
	$schema = gov_service_widgets_schema();
	if ( null === $schema ) {
		return $refuse( array( __( 'The plugin cannot read its provider.schema.json: reinstall the plugin.', 'gov-service-widgets' ) ) );
	}
	// A file for a newer widget would fail on every new field; one line says what is wrong.
	$versions = $schema['properties']['schemaVersion']['enum'];
	if ( $data instanceof stdClass && isset( $data->schemaVersion ) && ( is_int( $data->schemaVersion ) || is_float( $data->schemaVersion ) ) && $data->schemaVersion > max( $versions ) ) {
		return $refuse(
			array(
				/* translators: 1: the file's format version, 2: the versions this plugin reads */
				'schemaVersion: ' . sprintf( __( 'the file is written in format version %1$s, but this plugin reads versions %2$s: update the plugin.', 'gov-service-widgets' ), $data->schemaVersion, implode( ', ', $versions ) ),
			)
		);
	}
	$check    = new Gov_Service_Widgets_Schema_Check( $schema, GOV_SERVICE_WIDGETS_MAX_PROBLEMS );
	$problems = array();
	foreach ( $check->check( $data ) as $problem ) {
		$problems[] = ( '' === $problem['path'] ? __( '(the whole file)', 'gov-service-widgets' ) : $problem['path'] ) . ': ' . $problem['reason'];
	}
	if ( ! $problems ) {
		$problems = gov_service_widgets_widget_rules( $data );
	}
	if ( $problems ) {
		return $refuse( array_slice( $problems, 0, GOV_SERVICE_WIDGETS_MAX_PROBLEMS ) );
	}
	return array(
		'ok'       => true,
		'text'     => $text,
		'problems' => array(),
	);
}

/**
 * The schema's titles of kinds of values, in the admin's language, for messages.
 *
 * @param string $title A `title` from the schema.
 * @return string
 */
function gov_service_widgets_schema_title( $title ) {
	$titles = array(
		'Plain text'                => __( 'Plain text: not empty, no control characters', 'gov-service-widgets' ),
		'Identifier'                => __( 'Identifier: lowercase Latin letters, digits and hyphens', 'gov-service-widgets' ),
		'Web address'               => __( 'Web address starting with http:// or https://', 'gov-service-widgets' ),
		'E-mail address'            => __( 'E-mail address', 'gov-service-widgets' ),
		'Date'                      => __( 'Date written as YYYY-MM-DD', 'gov-service-widgets' ),
		'Phone number'              => __( 'Phone number: digits, spaces, brackets, hyphens and +', 'gov-service-widgets' ),
		'Service code'              => __( 'Service code: 6 to 8 digits', 'gov-service-widgets' ),
		'Text in several languages' => __( 'Text in Kazakh and/or Russian', 'gov-service-widgets' ),
	);
	return isset( $titles[ $title ] ) ? $titles[ $title ] : $title;
}
