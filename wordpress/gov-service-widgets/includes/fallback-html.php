<?php
/**
 * The plain-HTML content inside each element, for readers without JavaScript and for search
 * engines: the same facts as src/builder/handover.ts `fallbackHtml()` (services with code and
 * name, where to apply, the officials and phones; the complaint procedure; the contacts). The
 * element renders into its shadow root, which has no slot, so this content disappears when it runs.
 * Every value is escaped here, at output.
 *
 * @package GovServiceWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * @param string   $tag     `service-registry`, `appeal-procedure` or `contact-card`.
 * @param stdClass $data    The site's data, decoded.
 * @param string   $locale  `kk`, `ru` or `en`.
 * @param array    $filters Sanitized `codes`, `service`, `contact` (absent when not set).
 * @param int      $level   The heading level the element's title takes.
 * @return string HTML, '' when there is nothing to show.
 */
function gov_service_widgets_fallback_html( $tag, $data, $locale, $filters, $level ) {
	$title = $tag;
	switch ( $tag ) {
		case 'service-registry':
			$html = gov_service_widgets_fallback_registry( $data, $locale, isset( $filters['codes'] ) ? $filters['codes'] : '' );
			break;
		case 'appeal-procedure':
			$html = gov_service_widgets_fallback_appeal( $data, $locale );
			break;
		case 'contact-card':
			$html = gov_service_widgets_fallback_contacts( $data, $locale, $filters, $title );
			break;
		default:
			$html = '';
	}
	if ( '' === $html ) {
		return '';
	}
	$heading = 'h' . $level;
	$html    = '<' . $heading . '>' . esc_html( gov_service_widgets_element_title( $title, $locale ) ) . '</' . $heading . '>' . $html;
	// Texts from the data must not become shortcodes: the_content runs do_shortcode after blocks.
	return '<div class="gsw-fallback">' . str_replace( array( '[', ']' ), array( '&#91;', '&#93;' ), $html ) . '</div>';
}

/**
 * The element's own title in a language, as the element shows it (element-titles.json, which the
 * build takes from the widget's translations in xliff/).
 *
 * @param string $key    The element, or `contact-card-with-organizations`.
 * @param string $locale `kk`, `ru` or `en`.
 * @return string
 */
function gov_service_widgets_element_title( $key, $locale ) {
	static $titles = null;
	if ( null === $titles ) {
		$text   = file_get_contents( GOV_SERVICE_WIDGETS_DIR . 'element-titles.json' ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a file of the plugin itself.
		$titles = is_string( $text ) ? json_decode( $text, true ) : array();
	}
	return isset( $titles[ $key ][ $locale ] ) ? $titles[ $key ][ $locale ] : '';
}

/**
 * The services `codes` names, in the data's order; every service when it names none the data has
 * (as the element does).
 *
 * @param stdClass $data   The data.
 * @param string   $locale The language.
 * @param string   $codes  Codes separated by spaces or commas, or ''.
 * @return string
 */
function gov_service_widgets_fallback_registry( $data, $locale, $codes ) {
	$services = gov_service_widgets_list( $data, 'services' );
	$wanted   = array_filter( array_map( 'gov_service_widgets_service_code', preg_split( '/[\s,;]+/', $codes ) ) );
	if ( $wanted ) {
		$chosen = array();
		foreach ( $services as $service ) {
			if ( in_array( gov_service_widgets_service_code( isset( $service->code ) ? $service->code : '' ), $wanted, true ) ) {
				$chosen[] = $service;
			}
		}
		$services = $chosen ? $chosen : $services;
	}
	$channels  = gov_service_widgets_by_id( $data, 'channels' );
	$officials = gov_service_widgets_by_id( $data, 'officials' );
	$items     = '';
	foreach ( $services as $service ) {
		$code    = gov_service_widgets_service_code( isset( $service->code ) ? $service->code : '' );
		$where   = array();
		$persons = array();
		foreach ( gov_service_widgets_list( $service, 'channels' ) as $id ) {
			if ( is_string( $id ) && isset( $channels[ $id ] ) ) {
				$channel = $channels[ $id ];
				$where[] = gov_service_widgets_link( isset( $channel->url ) ? $channel->url : '', gov_service_widgets_text( $channel->name, $locale ) );
			}
		}
		foreach ( gov_service_widgets_list( $service, 'responsible' ) as $id ) {
			if ( is_string( $id ) && isset( $officials[ $id ] ) ) {
				$persons[] = gov_service_widgets_person( $officials[ $id ], $locale, false );
			}
		}
		$parts  = array_filter(
			array(
				( $code ? esc_html( $code ) . ' ' : '' ) . gov_service_widgets_text( $service->name, $locale ),
				implode( ', ', $where ),
				implode( '; ', $persons ),
			)
		);
		$items .= '<li>' . implode( '. ', $parts ) . '</li>';
	}
	return $items ? '<ul>' . $items . '</ul>' : '';
}

/**
 * The call centre and its phones, when one may complain, to whom, and what a complaint contains.
 *
 * @param stdClass $data   The data.
 * @param string   $locale The language.
 * @return string
 */
function gov_service_widgets_fallback_appeal( $data, $locale ) {
	if ( ! isset( $data->appeal ) || ! $data->appeal instanceof stdClass ) {
		return '';
	}
	$appeal = $data->appeal;
	$html   = '';
	if ( isset( $appeal->callCentre ) ) {
		$centre = $appeal->callCentre;
		$phones = array_map( 'gov_service_widgets_phone', gov_service_widgets_list( $centre, 'phones' ) );
		$html  .= '<p>' . gov_service_widgets_link( isset( $centre->url ) ? $centre->url : '', gov_service_widgets_text( $centre->name, $locale ) ) . ( $phones ? ': ' . implode( ', ', $phones ) : '' ) . '</p>';
	}
	if ( isset( $appeal->grounds ) ) {
		$html .= '<p>' . gov_service_widgets_text( $appeal->grounds, $locale ) . '</p>';
	}
	$addressees = '';
	foreach ( gov_service_widgets_list( $appeal, 'addressees' ) as $addressee ) {
		$addressees .= '<li>' . gov_service_widgets_link( isset( $addressee->url ) ? $addressee->url : '', gov_service_widgets_text( $addressee->name, $locale ) ) . '</li>';
	}
	$html    .= $addressees ? '<ul>' . $addressees . '</ul>' : '';
	$contents = '';
	foreach ( gov_service_widgets_list( $appeal, 'contents' ) as $content ) {
		$contents .= '<li>' . gov_service_widgets_text( $content, $locale ) . '</li>';
	}
	$html .= $contents ? '<ul>' . $contents . '</ul>' : '';
	return $html;
}

/**
 * The officials (one, or one service's, when `contact` or `service` names them), each with the
 * position and phones; with no filter the organisations' own phones first, as the element shows.
 *
 * @param stdClass $data    The data.
 * @param string   $locale  The language.
 * @param array    $filters `service`, `contact`.
 * @param string   $title   Set to the title's key: with the organisations' phones, «Contacts».
 * @return string
 */
function gov_service_widgets_fallback_contacts( $data, $locale, $filters, &$title ) {
	$officials = gov_service_widgets_by_id( $data, 'officials' );
	$shown     = array_values( $officials );
	$filtered  = ! empty( $filters['contact'] ) || ! empty( $filters['service'] );
	if ( ! empty( $filters['contact'] ) && isset( $officials[ $filters['contact'] ] ) ) {
		$shown = array( $officials[ $filters['contact'] ] );
	} elseif ( ! empty( $filters['service'] ) ) {
		$code = gov_service_widgets_service_code( $filters['service'] );
		foreach ( gov_service_widgets_list( $data, 'services' ) as $service ) {
			if ( $code && gov_service_widgets_service_code( isset( $service->code ) ? $service->code : '' ) === $code ) {
				$responsible = array();
				foreach ( gov_service_widgets_list( $service, 'responsible' ) as $id ) {
					if ( is_string( $id ) && isset( $officials[ $id ] ) ) {
						$responsible[] = $officials[ $id ];
					}
				}
				$shown = $responsible ? $responsible : $shown;
				break;
			}
		}
	}
	$items = '';
	if ( ! $filtered ) {
		foreach ( gov_service_widgets_list( $data, 'organizations' ) as $organization ) {
			$parts = array_map( 'gov_service_widgets_phone', gov_service_widgets_list( $organization, 'phones' ) );
			if ( isset( $organization->email ) && is_string( $organization->email ) ) {
				$email   = trim( $organization->email );
				$parts[] = '<a href="' . esc_url( 'mailto:' . $email, array( 'mailto' ) ) . '">' . esc_html( $email ) . '</a>';
			}
			foreach ( array( 'address', 'hours' ) as $field ) {
				if ( isset( $organization->$field ) ) {
					$parts[] = gov_service_widgets_text( $organization->$field, $locale );
				}
			}
			// The element lists an organisation with any way to reach it, and is then titled «Contacts».
			if ( array_filter( $parts ) ) {
				$title  = 'contact-card-with-organizations';
				$items .= '<li>' . gov_service_widgets_text( $organization->name, $locale ) . ', ' . implode( ', ', array_filter( $parts ) ) . '</li>';
			}
		}
	}
	foreach ( $shown as $official ) {
		$items .= '<li>' . gov_service_widgets_person( $official, $locale, true ) . '</li>';
	}
	return $items ? '<ul>' . $items . '</ul>' : '';
}

/**
 * An official: the name (else the position), the position too when asked, then the phones.
 *
 * @param stdClass $official      The official.
 * @param string   $locale        The language.
 * @param bool     $with_position Whether to say the position after a name.
 * @return string
 */
function gov_service_widgets_person( $official, $locale, $with_position ) {
	$parts = array();
	if ( isset( $official->name ) ) {
		$parts[] = gov_service_widgets_text( $official->name, $locale );
		if ( $with_position && isset( $official->position ) ) {
			$parts[] = gov_service_widgets_text( $official->position, $locale );
		}
	} elseif ( isset( $official->position ) ) {
		$parts[] = gov_service_widgets_text( $official->position, $locale );
	}
	foreach ( gov_service_widgets_list( $official, 'phones' ) as $phone ) {
		$parts[] = gov_service_widgets_phone( $phone );
	}
	return implode( ', ', array_filter( $parts ) );
}

/**
 * The widget's language rule for data (src/i18n/locale.ts `pickText`): the reader's language when
 * the text has it, else the nearest one; an English reader is better served by Russian.
 *
 * @param mixed  $text   A text object `{kk, ru, en}`.
 * @param string $locale `kk`, `ru` or `en`.
 * @return array `array( value, language )`.
 */
function gov_service_widgets_pick_text( $text, $locale ) {
	$fallbacks = array(
		'kk' => array( 'kk', 'ru' ),
		'ru' => array( 'ru', 'kk' ),
		'en' => array( 'en', 'ru', 'kk' ),
	);
	if ( $text instanceof stdClass ) {
		foreach ( $fallbacks[ isset( $fallbacks[ $locale ] ) ? $locale : 'kk' ] as $candidate ) {
			if ( isset( $text->$candidate ) && is_string( $text->$candidate ) && '' !== $text->$candidate ) {
				return array( $text->$candidate, $candidate );
			}
		}
	}
	return array( '', 'kk' );
}

/**
 * A text, escaped, marked with its language when it is not the element's.
 *
 * @param mixed  $text   A text object.
 * @param string $locale The element's language.
 * @return string HTML.
 */
function gov_service_widgets_text( $text, $locale ) {
	list( $value, $lang ) = gov_service_widgets_pick_text( $text, $locale );
	if ( '' === $value ) {
		return '';
	}
	return $lang === $locale ? esc_html( $value ) : '<span lang="' . esc_attr( $lang ) . '">' . esc_html( $value ) . '</span>';
}

/**
 * A link around already escaped HTML when the address is http(s), else the HTML alone.
 *
 * @param mixed  $url  An address from the data.
 * @param string $html Escaped content.
 * @return string
 */
function gov_service_widgets_link( $url, $html ) {
	$href = is_string( $url ) ? esc_url( trim( $url ), array( 'http', 'https' ) ) : '';
	return '' === $href || '' === $html ? $html : '<a href="' . $href . '">' . $html . '</a>';
}

/**
 * A phone as a tel: link in the widget's format; as written, unlinked, if it cannot be read.
 *
 * @param mixed $written The number from the data.
 * @return string
 */
function gov_service_widgets_phone( $written ) {
	$phone = gov_service_widgets_parse_phone( is_string( $written ) ? $written : '' );
	if ( null === $phone ) {
		return is_string( $written ) ? esc_html( $written ) : '';
	}
	return '<a href="' . esc_url( $phone['href'], array( 'tel' ) ) . '">' . esc_html( $phone['display'] ) . '</a>';
}

/**
 * A register code in its eight-digit form (`403008` → `00403008`), or '' (src/data/service-code.ts).
 *
 * @param mixed $written A code as a string or number.
 * @return string
 */
function gov_service_widgets_service_code( $written ) {
	$digits = trim( is_int( $written ) || is_float( $written ) ? sprintf( '%.0f', $written ) : (string) $written );
	return preg_match( '/^\d{6,8}$/D', $digits ) ? str_pad( $digits, 8, '0', STR_PAD_LEFT ) : '';
}

/**
 * A list field of an object, [] when absent.
 *
 * @param mixed  $object An object from the data.
 * @param string $field  The field.
 * @return array
 */
function gov_service_widgets_list( $object, $field ) {
	return $object instanceof stdClass && isset( $object->$field ) && is_array( $object->$field ) ? $object->$field : array();
}

/**
 * The entries of a top-level list by their `id`.
 *
 * @param stdClass $data  The data.
 * @param string   $field `channels` or `officials`.
 * @return array
 */
function gov_service_widgets_by_id( $data, $field ) {
	$entries = array();
	foreach ( gov_service_widgets_list( $data, $field ) as $entry ) {
		if ( $entry instanceof stdClass && isset( $entry->id ) && is_string( $entry->id ) && ! isset( $entries[ $entry->id ] ) ) {
			$entries[ $entry->id ] = $entry;
		}
	}
	return $entries;
}
