<?php
/**
 * The elements already drawn: PHP cannot run them, so the data builder on the settings page draws
 * them in each language as the data is saved (src/builder/pre-render.ts: a declarative shadow
 * root, `<template shadowrootmode="open">`, with the element's styles). Put first inside the tag,
 * the page paints the widget before any script, and the element takes it over without a visible
 * change. Kept only when they were drawn for exactly the data saved, by this version, for someone
 * who may post unfiltered HTML anyway; dropped when the data or the data URL changes by any route;
 * and each request checks again before it writes one.
 *
 * @package GovServiceWidgets
 */

defined( 'ABSPATH' ) || exit;

/** One option per language, `gov_service_widgets_drawn_kk`…: not autoloaded, each can be megabytes. */
const GOV_SERVICE_WIDGETS_DRAWN_OPTION = 'gov_service_widgets_drawn_';
const GOV_SERVICE_WIDGETS_DRAWN_LOCALES = array( 'kk', 'ru', 'en' );
/** The drawings of each element, by their key in the builder's field (pre-render.ts). */
const GOV_SERVICE_WIDGETS_DRAWN_KEYS = array(
	'service-registry' => 'registry',
	'contact-card'     => 'contacts',
	'appeal-procedure' => 'appeal',
);
/** The largest drawing kept, in bytes. */
const GOV_SERVICE_WIDGETS_DRAWN_MAX_BYTES = 2 * GOV_SERVICE_WIDGETS_MAX_BYTES;
const GOV_SERVICE_WIDGETS_DRAWN_START = '<template shadowrootmode="open">';

/**
 * Whether this user's saves carry drawings: the markup is HTML from the browser, which only
 * someone who may post unfiltered HTML already could put on the site's pages.
 *
 * @return bool
 */
function gov_service_widgets_draws() {
	return current_user_can( 'unfiltered_html' ) && '' !== gov_service_widgets_builder_file();
}

/**
 * The limit a request to admin-post.php must stay within (PHP's post_max_size), for the builder,
 * which leaves the drawings out rather than let the save be lost; 0 when there is none.
 *
 * @return int
 */
function gov_service_widgets_post_max_bytes() {
	$limit = wp_convert_hr_to_bytes( (string) ini_get( 'post_max_size' ) );
	return $limit > 0 ? $limit : 0;
}

/**
 * The hash the drawings are kept against: of the text as the textarea held it (line breaks as
 * LF, as the browser hashed it, not the CR LF the form sends).
 *
 * @param string $text JSON text.
 * @return string
 */
function gov_service_widgets_text_hash( $text ) {
	return hash( 'sha256', str_replace( array( "\r\n", "\r" ), "\n", $text ) );
}

/**
 * After a save from the settings form: keeps the drawings that came with it, or drops them all.
 *
 * @param string      $submitted The form's `gsw_drawn` (JSON, see the builder's `drawn-for`), or ''.
 * @param string      $version   The plugin version of the page the form was on (`gsw_drawn_version`).
 * @param string|null $typed     The textarea's text when the data saved came from it; null otherwise (a file).
 * @param string      $saved     The text saved.
 * @param string      $url       The data URL saved ('' for none).
 */
function gov_service_widgets_save_drawn( $submitted, $version, $typed, $saved, $url ) {
	$drawn = gov_service_widgets_accepted_drawn( $submitted, $version, $typed, $url );
	if ( null === $drawn ) {
		gov_service_widgets_drop_drawn();
		return;
	}
	foreach ( GOV_SERVICE_WIDGETS_DRAWN_LOCALES as $locale ) {
		$drawn[ $locale ]['version'] = GOV_SERVICE_WIDGETS_VERSION;
		$drawn[ $locale ]['data']    = gov_service_widgets_text_hash( $saved );
		// Too large for the database (max_allowed_packet) leaves it out: the data is saved already.
		update_option( GOV_SERVICE_WIDGETS_DRAWN_OPTION . $locale, $drawn[ $locale ], false );
	}
}

/**
 * The drawings the form sent, when every condition holds, made ready for the_content; else null.
 *
 * @param string      $submitted As for gov_service_widgets_save_drawn().
 * @param string      $version   As for gov_service_widgets_save_drawn().
 * @param string|null $typed     As for gov_service_widgets_save_drawn().
 * @param string      $url       As for gov_service_widgets_save_drawn().
 * @return array|null By language, then by element key.
 */
function gov_service_widgets_accepted_drawn( $submitted, $version, $typed, $url ) {
	if ( '' === $submitted || null === $typed || '' !== $url || GOV_SERVICE_WIDGETS_VERSION !== $version || ! current_user_can( 'unfiltered_html' ) ) {
		return null;
	}
	$given = json_decode( $submitted, true );
	if ( ! is_array( $given ) || ! isset( $given['sha256'] ) || ! is_string( $given['sha256'] ) || ! hash_equals( gov_service_widgets_text_hash( $typed ), $given['sha256'] ) ) {
		return null;
	}
	$accepted = array();
	foreach ( GOV_SERVICE_WIDGETS_DRAWN_LOCALES as $locale ) {
		foreach ( GOV_SERVICE_WIDGETS_DRAWN_KEYS as $key ) {
			$markup = isset( $given[ $locale ][ $key ] ) && is_string( $given[ $locale ][ $key ] ) ? gov_service_widgets_drawn_for_content( $given[ $locale ][ $key ] ) : '';
			if ( '' === $markup ) {
				return null;
			}
			$accepted[ $locale ][ $key ] = $markup;
		}
	}
	return $accepted;
}

/**
 * A drawing as pre-render.ts makes it, checked for its shape, and written so that what WordPress
 * does to a post's content after the blocks render (wptexturize, convert_smilies, do_shortcode)
 * finds nothing to change: in its text, the characters those look for become character references,
 * which the browser reads as the same text. Its one `<style>` is left as it is: they skip it, but
 * do_shortcode does not, so gov_service_widgets_drawn_html() checks its `[` against the shortcodes.
 *
 * @param string $html The drawing.
 * @return string '' when it is not one.
 */
function gov_service_widgets_drawn_for_content( $html ) {
	$end = '</template>';
	if ( strlen( $html ) > GOV_SERVICE_WIDGETS_DRAWN_MAX_BYTES || ! preg_match( '//u', $html )
		|| 0 !== strpos( $html, GOV_SERVICE_WIDGETS_DRAWN_START ) || substr( $html, -strlen( $end ) ) !== $end ) {
		return '';
	}
	$inner = substr( $html, strlen( GOV_SERVICE_WIDGETS_DRAWN_START ), -strlen( $end ) );
	$style = '';
	if ( preg_match( '#^<style>([^<]*)</style>#', $inner, $found ) ) {
		$style = $found[0];
		$inner = substr( $inner, strlen( $style ) );
	}
	// Tags (attribute values always in double quotes, as the browser serializes them) and the text between.
	$parts = preg_split( '/(<[^<>"]*(?:"[^"]*"[^<>"]*)*>)/', $inner, -1, PREG_SPLIT_DELIM_CAPTURE );
	$refused = array( 'template', 'script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'link', 'meta', 'base', 'noscript', 'svg', 'math' );
	$out     = '';
	foreach ( $parts as $i => $part ) {
		if ( 1 === $i % 2 ) {
			if ( ! preg_match( '#^</?([a-z][a-z0-9-]*)([\s/][^>]*)?>$#', $part, $tag ) || in_array( $tag[1], $refused, true ) ) {
				return '';
			}
			$attributes = isset( $tag[2] ) ? preg_replace( '/"[^"]*"/', '""', $tag[2] ) : '';
			if ( preg_match( '/(^|\s)on[a-z]/i', $attributes ) ) {
				return '';
			}
			// Inside values: no `[` for do_shortcode, no `<` `>` for the splitters of wptexturize and convert_smilies.
			$out .= preg_replace_callback(
				'/"[^"]*"/',
				function ( $value ) {
					return strtr(
						$value[0],
						array(
							'[' => '&#91;',
							']' => '&#93;',
							'<' => '&lt;',
							'>' => '&gt;',
						)
					);
				},
				$part
			);
			continue;
		}
		if ( false !== strpos( $part, '<' ) || false !== strpos( $part, '>' ) ) {
			return ''; // The browser writes a text's < and > as &lt; and &gt;.
		}
		$part = strtr(
			$part,
			array(
				'&nbsp;' => '&#160;',
				'['      => '&#91;',
				']'      => '&#93;',
				"'"      => '&#39;',
				'"'      => '&#34;',
				'`'      => '&#96;',
				'-'      => '&#45;',
				':'      => '&#58;',
				'('      => '&#40;',
				')'      => '&#41;',
			)
		);
		// `...`, `2x3` and the smiley `8O`.
		$out .= preg_replace( array( '/\.(?=\.)/', '/(?<=\d)x/', '/(?<=8)O/' ), array( '&#46;', '&#120;', '&#79;' ), $part );
	}
	return GOV_SERVICE_WIDGETS_DRAWN_START . $style . $out . $end;
}

/**
 * The drawing to put first inside an element with default attributes in `$locale`, when there is
 * a current one: for the data saved now, by this version, the data not loaded from a URL, and no
 * shortcode of this site named in its styles. '' otherwise.
 *
 * @param string $tag    `service-registry`, `contact-card` or `appeal-procedure`.
 * @param string $locale `kk`, `ru` or `en`.
 * @return string
 */
function gov_service_widgets_drawn_html( $tag, $locale ) {
	static $options = array(), $hashed_text = null, $hash = '';
	if ( ! array_key_exists( $tag, GOV_SERVICE_WIDGETS_DRAWN_KEYS ) || ! in_array( $locale, GOV_SERVICE_WIDGETS_DRAWN_LOCALES, true ) || '' !== gov_service_widgets_data_url() ) {
		return '';
	}
	if ( ! array_key_exists( $locale, $options ) ) {
		$options[ $locale ] = get_option( GOV_SERVICE_WIDGETS_DRAWN_OPTION . $locale, null );
	}
	$drawn = $options[ $locale ];
	$key   = GOV_SERVICE_WIDGETS_DRAWN_KEYS[ $tag ];
	if ( ! is_array( $drawn ) || ! isset( $drawn['version'], $drawn['data'], $drawn[ $key ] ) || GOV_SERVICE_WIDGETS_VERSION !== $drawn['version'] || ! is_string( $drawn[ $key ] ) ) {
		return '';
	}
	// Hashed once per request, whatever the number of elements.
	$text = gov_service_widgets_data_text();
	if ( $text !== $hashed_text ) {
		$hash        = gov_service_widgets_text_hash( $text );
		$hashed_text = $text;
	}
	$html = $drawn[ $key ];
	if ( ! hash_equals( $hash, (string) $drawn['data'] ) || 0 !== strpos( $html, GOV_SERVICE_WIDGETS_DRAWN_START ) ) {
		return '';
	}
	// The same search as do_shortcode's: a site whose shortcode shares a name with a `[attribute]` in the styles gets none.
	preg_match_all( '@\[([^<>&/\[\]\x00-\x20=]++)@', $html, $names );
	foreach ( array_unique( $names[1] ) as $name ) {
		if ( shortcode_exists( $name ) ) {
			return '';
		}
	}
	return $html;
}

/**
 * Drops every drawing: the data or the data URL changed by a route that brought none (a paste
 * without the builder, WP-CLI, another plugin), or was removed.
 */
function gov_service_widgets_drop_drawn() {
	foreach ( GOV_SERVICE_WIDGETS_DRAWN_LOCALES as $locale ) {
		delete_option( GOV_SERVICE_WIDGETS_DRAWN_OPTION . $locale );
	}
}
