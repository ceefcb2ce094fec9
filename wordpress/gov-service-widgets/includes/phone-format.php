<?php
/**
 * Phone numbers for the plain-HTML content: the same reading as the widget's (src/data/phone.ts),
 * so that a reader without JavaScript sees and dials the number the element would show.
 *
 * @package GovServiceWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Reads a phone as people write it (`8 (72149) 4-13-94`, `+7 778 925 04 84`, `1414`, `4-13-94`).
 *
 * @param string $written The number as the data file writes it.
 * @return array|null `array( 'href' => 'tel:+77214941394', 'display' => '8 (72149) 4-13-94' )`, or null
 *                    when the widget could not read it either.
 */
function gov_service_widgets_parse_phone( $written ) {
	$raw = trim( (string) $written );
	if ( ! preg_match( '/^[0-9+()\- ]+$/D', $raw ) ) {
		return null;
	}
	$digits = preg_replace( '/\D/', '', $raw );
	if ( preg_match( '/^\d{3,4}$/D', $raw ) ) {
		return array(
			'href'    => 'tel:' . $digits,
			'display' => $digits,
		);
	}
	if ( false !== strpos( $raw, '+' ) && ! preg_match( '/^\+7[^+]*$/D', $raw ) ) {
		return null;
	}
	// A district number alone (never starting with 0, 1 or the trunk 8) dials as written nearby.
	if ( preg_match( '/^[2-9][\d -]*$/D', $raw ) && strlen( $digits ) >= 5 && strlen( $digits ) <= 7 ) {
		return array(
			'href'    => 'tel:' . $digits,
			'display' => gov_service_widgets_group_local( $digits ),
		);
	}
	if ( 11 !== strlen( $digits ) || ! preg_match( '/^[78]/', $digits ) ) {
		return null;
	}
	$national = substr( $digits, 1 );
	$area     = gov_service_widgets_area_code( $raw, $national );
	if ( null === $area || 0 !== strpos( $national, $area ) ) {
		return null;
	}
	return array(
		'href'    => 'tel:+7' . $national,
		'display' => '8 (' . $area . ') ' . gov_service_widgets_group_local( substr( $national, strlen( $area ) ) ),
	);
}

/**
 * Groups a subscriber's number the way Kazakh pages do: 925-04-84, 50-40-66, 4-13-94.
 *
 * @param string $local Digits.
 * @return string
 */
function gov_service_widgets_group_local( $local ) {
	$head = strlen( $local ) - 4;
	return substr( $local, 0, $head ) . '-' . substr( $local, $head, 2 ) . '-' . substr( $local, $head + 2 );
}

/**
 * The area code: from brackets, else the group after 8 or +7, else a mobile or 8-800 code.
 *
 * @param string $raw      The number as written, trimmed.
 * @param string $national Its ten national digits.
 * @return string|null
 */
function gov_service_widgets_area_code( $raw, $national ) {
	if ( preg_match( '/\(([\d\s-]+)\)/', $raw, $bracketed ) ) {
		return gov_service_widgets_valid_area( preg_replace( '/\D/', '', $bracketed[1] ) );
	}
	$groups = preg_split( '/[\s-]+/', preg_replace( '/^\+?\s*/', '', $raw ) );
	if ( count( $groups ) > 2 && preg_match( '/^[78]$/D', $groups[0] ) ) {
		return gov_service_widgets_valid_area( $groups[1] );
	}
	return preg_match( '/^(70\d|747|75[01]|76[0-4]|771|77[5-8]|800)/', $national, $code ) ? $code[0] : null;
}

/**
 * @param string $code Digits.
 * @return string|null The code when it has 3 to 5 digits.
 */
function gov_service_widgets_valid_area( $code ) {
	return preg_match( '/^\d{3,5}$/D', $code ) ? $code : null;
}
