<?php
/**
 * One element's markup, shared by the blocks and the shortcodes: the same attributes give the
 * same markup. Enqueues the readers' script, so only pages with an element load it, once.
 *
 * @package GovServiceWidgets
 */

defined( 'ABSPATH' ) || exit;

/** The elements and the filters each one takes. */
const GOV_SERVICE_WIDGETS_ELEMENTS = array(
	'service-registry' => array( 'codes' ),
	'appeal-procedure' => array(),
	'contact-card'     => array( 'service', 'contact' ),
);

/**
 * Keeps only attribute values the element understands; anything else is dropped, not repaired.
 *
 * @param string $tag        The element.
 * @param array  $attributes `lang`, `headingLevel`, `codes`, `service`, `contact` (any may be absent).
 * @return array The kept values, by attribute name (`heading-level`, not `headingLevel`).
 */
function gov_service_widgets_element_attributes( $tag, $attributes ) {
	$kept = array();
	$lang = isset( $attributes['lang'] ) && is_string( $attributes['lang'] ) ? strtolower( trim( $attributes['lang'] ) ) : '';
	if ( in_array( $lang, array( 'kk', 'ru', 'en' ), true ) ) {
		$kept['lang'] = $lang;
	}
	$level = isset( $attributes['headingLevel'] ) && is_scalar( $attributes['headingLevel'] ) ? trim( (string) $attributes['headingLevel'] ) : '';
	// 2 is the element's own default: written only when it differs, so a block (whose attribute
	// defaults to 2) and a shortcode without heading_level give the same markup.
	if ( preg_match( '/^[1-6]$/D', $level ) && '2' !== $level ) {
		$kept['heading-level'] = $level;
	}
	$patterns = array(
		'codes'   => '/^[\d\s,]+$/D',
		'service' => '/^\d{6,8}$/D',
		'contact' => '/^[a-z0-9][a-z0-9-]{0,63}$/D',
	);
	foreach ( GOV_SERVICE_WIDGETS_ELEMENTS[ $tag ] as $name ) {
		$value = isset( $attributes[ $name ] ) && is_scalar( $attributes[ $name ] ) ? trim( (string) $attributes[ $name ] ) : '';
		if ( '' !== $value && preg_match( $patterns[ $name ], $value ) ) {
			$kept[ $name ] = 'codes' === $name ? trim( preg_replace( '/\s+/', ' ', $value ) ) : $value;
		}
	}
	return $kept;
}

/**
 * The element with the site's data inline (or its data URL as `src`) and the plain-HTML content.
 * A site without data shows readers nothing of ours, never the organisation bundled in the
 * script; an admin sees where to add the data.
 *
 * @param string $tag        `service-registry`, `appeal-procedure` or `contact-card`.
 * @param array  $attributes As for gov_service_widgets_element_attributes().
 * @return string HTML.
 */
function gov_service_widgets_render_element( $tag, $attributes ) {
	if ( ! array_key_exists( $tag, GOV_SERVICE_WIDGETS_ELEMENTS ) ) {
		return '';
	}
	$data = gov_service_widgets_data();
	$url  = gov_service_widgets_data_url();
	if ( null === $data && '' === $url ) {
		return gov_service_widgets_no_data_notice();
	}
	$kept   = gov_service_widgets_element_attributes( $tag, is_array( $attributes ) ? $attributes : array() );
	$locale = isset( $kept['lang'] ) ? $kept['lang'] : gov_service_widgets_site_locale();
	$html   = '<' . $tag;
	foreach ( $kept as $name => $value ) {
		$html .= ' ' . $name . '="' . esc_attr( $value ) . '"';
	}
	if ( '' !== $url ) {
		$html .= ' src="' . esc_url( $url, array( 'http', 'https' ) ) . '">';
	} else {
		// The element already drawn first (drawn.php), for the attributes it was drawn with: the
		// defaults, in the language it will speak. Serialized HTML, written as it was kept.
		$drawn = array() === array_diff_key( $kept, array( 'lang' => true ) ) ? gov_service_widgets_drawn_html( $tag, $locale ) : '';
		$html .= '>' . $drawn . '<script type="application/json">' . gov_service_widgets_page_json( $data ) . '</script>';
	}
	if ( null !== $data ) {
		$level = isset( $kept['heading-level'] ) ? (int) $kept['heading-level'] : 2;
		$html .= gov_service_widgets_fallback_html( $tag, $data, $locale, $kept, $level );
	}
	$html .= '</' . $tag . '>';
	wp_enqueue_script( 'gov-service-widgets' );
	return $html;
}

/**
 * gov_service_widgets_inline_json() of the site's data, written once per request however many
 * elements the page has.
 *
 * @param stdClass $data The site's data, from gov_service_widgets_data().
 * @return string
 */
function gov_service_widgets_page_json( $data ) {
	static $written_for = null, $json = '';
	if ( $data !== $written_for ) {
		$json        = gov_service_widgets_inline_json( $data );
		$written_for = $data;
	}
	return $json;
}

/**
 * JSON that cannot end its `<script>`: `<`, `>` and `&` as \u escapes (no `</script>`, no `<!--`),
 * and `[`, `]` inside texts too, since the_content runs do_shortcode after the blocks render.
 *
 * @param mixed $value Decoded data (objects as stdClass).
 * @return string
 */
function gov_service_widgets_inline_json( $value ) {
	$flags = JSON_HEX_TAG | JSON_HEX_AMP | JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES;
	if ( $value instanceof stdClass ) {
		$members = array();
		foreach ( get_object_vars( $value ) as $name => $member ) {
			$members[] = gov_service_widgets_inline_json( (string) $name ) . ':' . gov_service_widgets_inline_json( $member );
		}
		return '{' . implode( ',', $members ) . '}';
	}
	if ( is_array( $value ) ) {
		return '[' . implode( ',', array_map( 'gov_service_widgets_inline_json', $value ) ) . ']';
	}
	$json = wp_json_encode( $value, $flags );
	return is_string( $value ) ? str_replace( array( '[', ']' ), array( '\u005b', '\u005d' ), $json ) : $json;
}

/**
 * The language of plain-HTML content for an element without `lang`: the site's, as the element
 * itself would take it from `<html lang>`; `kz` means `kk`; Kazakh for a language we do not ship.
 *
 * @return string
 */
function gov_service_widgets_site_locale() {
	$primary = strtolower( strtok( str_replace( '_', '-', get_bloginfo( 'language' ) ), '-' ) );
	$primary = 'kz' === $primary ? 'kk' : $primary;
	return in_array( $primary, array( 'kk', 'ru', 'en' ), true ) ? $primary : 'kk';
}

/**
 * In place of an element on a site without data: a link to the settings for those who can add it,
 * nothing for everyone else.
 *
 * @return string
 */
function gov_service_widgets_no_data_notice() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return '';
	}
	return '<p class="gsw-no-data">' . esc_html__( 'State services: this site has no data of its own yet, so nothing is shown to readers.', 'gov-service-widgets' )
		. ' <a href="' . esc_url( admin_url( 'options-general.php?page=gov-service-widgets' ) ) . '">' . esc_html__( 'Add the data', 'gov-service-widgets' ) . '</a></p>';
}
