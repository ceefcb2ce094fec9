<?php
/**
 * The rules a JSON Schema cannot express, which the schema's own description lists under «What
 * only the widget can check»: references, uniqueness, the shape of phone numbers, complete web
 * addresses and «�» left by a wrong conversion; and the length of texts as the widget counts it.
 * Checked after the schema, so that a file the server accepts is not then refused by the element
 * on every page (with the data saved before already replaced).
 *
 * @package GovServiceWidgets
 */

defined( 'ABSPATH' ) || exit;

/** The longest text the widget accepts (src/data/validate.ts `MAX_TEXT`, the schema's maxLength). */
const GOV_SERVICE_WIDGETS_MAX_TEXT = 2000;

/**
 * @param stdClass $data Data that passed the schema.
 * @return array Problems as `<field path>: <reason>`.
 */
function gov_service_widgets_widget_rules( $data ) {
	$problems = array();
	$report   = function ( $path, $reason ) use ( &$problems ) {
		$problems[] = $path . ': ' . $reason;
	};

	$ids = array();
	foreach ( array( 'organizations', 'channels', 'officials' ) as $list ) {
		$ids[ $list ] = gov_service_widgets_unique_values(
			gov_service_widgets_list( $data, $list ),
			$list,
			function ( $entry ) {
				return isset( $entry->id ) ? $entry->id : '';
			},
			$report
		);
	}
	$services = gov_service_widgets_list( $data, 'services' );
	gov_service_widgets_unique_values(
		$services,
		'services',
		function ( $service ) {
			return gov_service_widgets_service_code( isset( $service->code ) ? $service->code : '' );
		},
		$report
	);
	gov_service_widgets_unique_values(
		$services,
		'services',
		function ( $service ) {
			return isset( $service->id ) ? $service->id : '';
		},
		$report
	);

	foreach ( $services as $index => $service ) {
		$path = 'services[' . $index . ']';
		gov_service_widgets_references( gov_service_widgets_list( $service, 'channels' ), $path . '.channels', $ids['channels'], __( 'no channel has this id in "channels"', 'gov-service-widgets' ), $report );
		gov_service_widgets_references( gov_service_widgets_list( $service, 'responsible' ), $path . '.responsible', $ids['officials'], __( 'no official has this id in "officials"', 'gov-service-widgets' ), $report );
		foreach ( gov_service_widgets_list( $service, 'documents' ) as $document_index => $document ) {
			gov_service_widgets_references( gov_service_widgets_list( $document, 'channels' ), $path . '.documents[' . $document_index . '].channels', $ids['channels'], __( 'no channel has this id in "channels"', 'gov-service-widgets' ), $report );
		}
	}

	gov_service_widgets_walk_values( $data, '', $report );
	return $problems;
}

/**
 * Reports the entries whose key repeats an earlier one's.
 *
 * @param array    $entries The list.
 * @param string   $path    Its path.
 * @param callable $key     The key of an entry ('' for none).
 * @param callable $report  Takes a path and a reason.
 * @return array The keys seen, as array keys.
 */
function gov_service_widgets_unique_values( $entries, $path, $key, $report ) {
	$seen = array();
	foreach ( $entries as $index => $entry ) {
		$value = $key( $entry );
		if ( ! is_string( $value ) || '' === $value ) {
			continue;
		}
		if ( isset( $seen[ $value ] ) ) {
			/* translators: %s: the repeated id or code */
			$report( $path . '[' . $index . ']', sprintf( __( '"%s" is already used by an earlier entry of this list', 'gov-service-widgets' ), $value ) );
		}
		$seen[ $value ] = true;
	}
	return $seen;
}

/**
 * Reports the ids that name no entry.
 *
 * @param array    $ids    Ids from the data.
 * @param string   $path   The list's path.
 * @param array    $known  The ids that exist, as array keys.
 * @param string   $reason What is missing.
 * @param callable $report Takes a path and a reason.
 */
function gov_service_widgets_references( $ids, $path, $known, $reason, $report ) {
	foreach ( $ids as $index => $id ) {
		if ( is_string( $id ) && ! isset( $known[ $id ] ) ) {
			$report( $path . '[' . $index . ']', '"' . $id . '": ' . $reason );
		}
	}
}

/**
 * Every phone list must hold numbers the widget can read; no text may hold «�».
 *
 * @param mixed    $value  A decoded value.
 * @param string   $path   Its path.
 * @param callable $report Takes a path and a reason.
 */
function gov_service_widgets_walk_values( $value, $path, $report ) {
	if ( is_string( $value ) ) {
		// The schema counts characters; the widget counts UTF-16 units, where an emoji is two.
		$units = (int) preg_match_all( '/./su', $value ) + (int) preg_match_all( '/[\x{10000}-\x{10FFFF}]/u', $value );
		if ( '$schema' !== $path && $units > GOV_SERVICE_WIDGETS_MAX_TEXT ) {
			/* translators: 1: the text's length, 2: the largest allowed length */
			$report( $path, sprintf( __( 'is %1$d characters long as the widget counts them (an emoji counts as two); at most %2$d are allowed', 'gov-service-widgets' ), $units, GOV_SERVICE_WIDGETS_MAX_TEXT ) );
		}
		if ( false !== strpos( $value, "\u{FFFD}" ) ) {
			$report( $path, __( 'contains «�» in place of letters: the file was converted from Windows-1251 wrongly; take the text again from the original', 'gov-service-widgets' ) );
		}
		return;
	}
	$members = $value instanceof stdClass ? get_object_vars( $value ) : ( is_array( $value ) ? $value : array() );
	foreach ( $members as $key => $member ) {
		$member_path = is_int( $key ) ? $path . '[' . $key . ']' : ( '' === $path ? $key : $path . '.' . $key );
		if ( 'url' === $key && is_string( $member ) && ! gov_service_widgets_complete_url( $member ) ) {
			/* translators: %s: the address as written */
			$report( $member_path, sprintf( __( '"%s" is not a complete web address such as https://egov.kz', 'gov-service-widgets' ), $member ) );
		}
		if ( 'phones' === $key && is_array( $member ) ) {
			foreach ( $member as $index => $phone ) {
				if ( is_string( $phone ) && null === gov_service_widgets_parse_phone( $phone ) ) {
					/* translators: %s: the phone number as written */
					$report( $member_path . '[' . $index . ']', sprintf( __( 'the phone number "%s" cannot be read: write it as 8 (72149) 4-13-94, +7 (7212) 50-40-66, or a short number such as 1414', 'gov-service-widgets' ), $phone ) );
				}
			}
		}
		gov_service_widgets_walk_values( $member, $member_path, $report );
	}
}

/**
 * Whether the browser's URL parser, which the widget uses, reads an http(s) address with a host:
 * the parts of WHATWG URL parsing that refuse an address the schema's pattern lets through (no
 * host, a space or other forbidden character in it, a bad port). It accepts, never refuses, more.
 *
 * @param string $url An address that starts with http: or https: (the schema checked).
 * @return bool
 */
function gov_service_widgets_complete_url( $url ) {
	$url = preg_replace( '/[\t\n\r]/', '', trim( $url, "\x00..\x20" ) );
	if ( ! preg_match( '#^https?:[/\\\\]*([^/\\\\?\#]*)#i', $url, $parts ) ) {
		return false;
	}
	$authority = $parts[1];
	$at        = strrpos( $authority, '@' );
	$host_port = false === $at ? $authority : substr( $authority, $at + 1 );
	if ( preg_match( '/^(\[[0-9a-fA-F:.]+\])(?::(\d*))?$/D', $host_port, $ipv6 ) ) {
		$port = isset( $ipv6[2] ) ? $ipv6[2] : '';
		return '' === $port || (int) $port <= 65535;
	}
	$colon = strrpos( $host_port, ':' );
	$host  = false === $colon ? $host_port : substr( $host_port, 0, $colon );
	$port  = false === $colon ? '' : substr( $host_port, $colon + 1 );
	if ( '' !== $port && ( ! preg_match( '/^\d+$/D', $port ) || (int) $port > 65535 ) ) {
		return false;
	}
	if ( false !== strpos( $host, '%' ) ) {
		if ( preg_match( '/%(?![0-9a-fA-F]{2})/', $host ) ) {
			return false;
		}
		$host = rawurldecode( $host );
	}
	return '' !== $host && ! preg_match( '/[\x00-\x20#%\/:<>?@\[\\\\\]^|\x7f]/', $host );
}
