<?php
/**
 * A small JSON Schema (2020-12) checker for exactly the keywords data/provider.schema.json uses.
 *
 * Why the schema and not a PHP validator of our own: the widget's validator (src/data/validate.ts)
 * is the one executable definition of valid data, and the schema is tested against it
 * (test/data-format.test.ts, «one validator: the widget, the checker and the schema agree»:
 * whatever the widget accepts, the schema accepts). A third, hand-written validator here would
 * drift from both. scripts/wordpress-zip.mjs refuses to build when the schema uses a keyword that
 * is not in KEYWORDS below, so a new keyword cannot be skipped silently.
 *
 * @package GovServiceWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Checks a decoded JSON value (objects as stdClass) against a schema and lists the problems as
 * `<field path>: <reason>`, with paths written as the widget writes them: `services[3].code`.
 */
final class Gov_Service_Widgets_Schema_Check {

	/** The keywords this checker applies; the others it knows are annotations. */
	const KEYWORDS = array( 'type', 'enum', 'const', 'properties', 'required', 'additionalProperties', 'items', 'minItems', 'maxItems', 'uniqueItems', 'minLength', 'maxLength', 'pattern', 'format', 'minimum', 'maximum', '$ref', 'anyOf', 'oneOf', 'allOf', 'if', 'then', 'else' );

	/** Keywords that say nothing about validity. */
	const ANNOTATIONS = array( '$schema', '$id', '$defs', '$comment', 'title', 'description', 'examples' );

	/** The whole schema, for `$ref`. @var array */
	private $root;

	/** Stop after this many problems. @var int */
	private $limit;

	/** Problems found so far: each `array( path, reason )`. @var array */
	private $problems = array();

	/** Compiled PCRE patterns by their ECMAScript source. @var array */
	private $patterns = array();

	/**
	 * @param array $schema The schema, decoded as associative arrays.
	 * @param int   $limit  How many problems are worth listing.
	 */
	public function __construct( array $schema, $limit = 20 ) {
		$this->root  = $schema;
		$this->limit = $limit;
	}

	/**
	 * @param mixed $value The decoded data.
	 * @return array Problems, each `array( 'path' => …, 'reason' => … )`; empty when valid.
	 */
	public function check( $value ) {
		$this->problems = array();
		$this->validate( $value, $this->root, '', '' );
		return array_slice( $this->problems, 0, $this->limit );
	}

	/**
	 * Records the problems of $value against $schema; returns whether it had none.
	 *
	 * @param mixed  $value  The value.
	 * @param array  $schema The (sub)schema.
	 * @param string $path   Where the value is: '' for the root, `services[0].code`.
	 * @param string $title  The nearest schema title on the way here, to name what was expected.
	 * @return bool
	 */
	private function validate( $value, $schema, $path, $title ) {
		if ( true === $schema ) {
			return true;
		}
		if ( false === $schema ) {
			return $this->fail( $path, __( 'is not allowed here', 'gov-service-widgets' ) );
		}
		if ( isset( $schema['title'] ) ) {
			$title = $schema['title'];
		}
		$before = count( $this->problems );

		if ( isset( $schema['$ref'] ) ) {
			$this->validate( $value, $this->resolve( $schema['$ref'] ), $path, $title );
		}
		if ( isset( $schema['type'] ) && ! $this->has_type( $value, (array) $schema['type'] ) ) {
			// Nothing below makes sense for a value of the wrong type.
			return $this->fail( $path, sprintf( /* translators: %s: "text", "a list"… */ __( 'must be %s', 'gov-service-widgets' ), $this->type_names( (array) $schema['type'] ) ) );
		}
		if ( isset( $schema['enum'] ) && ! $this->in_list( $value, $schema['enum'] ) ) {
			$this->fail( $path, sprintf( /* translators: %s: the allowed values */ __( 'must be one of: %s', 'gov-service-widgets' ), $this->values_text( $schema['enum'] ) ) );
		}
		if ( array_key_exists( 'const', $schema ) && ! $this->equal( $value, $schema['const'] ) ) {
			$this->fail( $path, sprintf( /* translators: %s: the one allowed value */ __( 'must be %s', 'gov-service-widgets' ), $this->values_text( array( $schema['const'] ) ) ) );
		}
		if ( $value instanceof stdClass ) {
			$this->validate_object( $value, $schema, $path );
		}
		if ( is_array( $value ) ) {
			$this->validate_list( $value, $schema, $path );
		}
		if ( is_string( $value ) ) {
			$this->validate_string( $value, $schema, $path, $title );
		}
		if ( ( is_int( $value ) || is_float( $value ) ) ) {
			if ( isset( $schema['minimum'] ) && $value < $schema['minimum'] ) {
				/* translators: %s: the smallest allowed number */
				$this->fail( $path, sprintf( __( 'must be at least %s', 'gov-service-widgets' ), $schema['minimum'] ) );
			}
			if ( isset( $schema['maximum'] ) && $value > $schema['maximum'] ) {
				/* translators: %s: the largest allowed number */
				$this->fail( $path, sprintf( __( 'must be at most %s', 'gov-service-widgets' ), $schema['maximum'] ) );
			}
		}
		if ( isset( $schema['allOf'] ) ) {
			foreach ( $schema['allOf'] as $branch ) {
				$this->validate( $value, $branch, $path, $title );
			}
		}
		if ( isset( $schema['anyOf'] ) ) {
			$this->validate_branches( $value, $schema['anyOf'], $path, $title, false );
		}
		if ( isset( $schema['oneOf'] ) ) {
			$this->validate_branches( $value, $schema['oneOf'], $path, $title, true );
		}
		if ( isset( $schema['if'] ) ) {
			$branch = $this->passes( $value, $schema['if'], $path ) ? 'then' : 'else';
			if ( isset( $schema[ $branch ] ) ) {
				$this->validate( $value, $schema[ $branch ], $path, $title );
			}
		}
		return count( $this->problems ) === $before;
	}

	/**
	 * `properties`, `required`, `additionalProperties`.
	 *
	 * @param stdClass $value  The object.
	 * @param array    $schema Its schema.
	 * @param string   $path   Its path.
	 */
	private function validate_object( $value, $schema, $path ) {
		$properties = isset( $schema['properties'] ) ? $schema['properties'] : array();
		foreach ( isset( $schema['required'] ) ? $schema['required'] : array() as $name ) {
			if ( ! property_exists( $value, $name ) ) {
				$this->fail( $this->join( $path, $name ), __( 'is required but missing', 'gov-service-widgets' ) );
			}
		}
		foreach ( get_object_vars( $value ) as $name => $member ) {
			$name = (string) $name;
			if ( array_key_exists( $name, $properties ) ) {
				$this->validate( $member, $properties[ $name ], $this->join( $path, $name ), '' );
			} elseif ( isset( $schema['additionalProperties'] ) ) {
				if ( false === $schema['additionalProperties'] ) {
					$this->fail( $this->join( $path, $name ), __( 'is not a field of this format (check its spelling)', 'gov-service-widgets' ) );
				} else {
					$this->validate( $member, $schema['additionalProperties'], $this->join( $path, $name ), '' );
				}
			}
		}
	}

	/**
	 * `items`, `minItems`, `maxItems`, `uniqueItems`.
	 *
	 * @param array  $value  The list.
	 * @param array  $schema Its schema.
	 * @param string $path   Its path.
	 */
	private function validate_list( $value, $schema, $path ) {
		$count = count( $value );
		if ( isset( $schema['minItems'] ) && $count < $schema['minItems'] ) {
			/* translators: %d: the smallest number of items */
			$this->fail( $path, sprintf( _n( 'needs at least %d item', 'needs at least %d items', $schema['minItems'], 'gov-service-widgets' ), $schema['minItems'] ) );
		}
		if ( isset( $schema['maxItems'] ) && $count > $schema['maxItems'] ) {
			/* translators: %d: the largest number of items */
			$this->fail( $path, sprintf( _n( 'may have at most %d item', 'may have at most %d items', $schema['maxItems'], 'gov-service-widgets' ), $schema['maxItems'] ) );
		}
		if ( ! empty( $schema['uniqueItems'] ) ) {
			$seen = array();
			foreach ( $value as $index => $item ) {
				$key = wp_json_encode( $item );
				if ( isset( $seen[ $key ] ) ) {
					/* translators: %s: the repeated value */
					$this->fail( $path . '[' . $index . ']', sprintf( __( 'repeats %s, which is already in the list', 'gov-service-widgets' ), $key ) );
				}
				$seen[ $key ] = true;
			}
		}
		if ( isset( $schema['items'] ) ) {
			foreach ( $value as $index => $item ) {
				if ( count( $this->problems ) >= $this->limit ) {
					return;
				}
				$this->validate( $item, $schema['items'], $path . '[' . $index . ']', '' );
			}
		}
	}

	/**
	 * `minLength`, `maxLength` (in characters, not bytes), `pattern`, `format`.
	 *
	 * @param string $value  The text.
	 * @param array  $schema Its schema.
	 * @param string $path   Its path.
	 * @param string $title  What kind of text it should be.
	 */
	private function validate_string( $value, $schema, $path, $title ) {
		$length = (int) preg_match_all( '/./su', $value );
		if ( isset( $schema['minLength'] ) && $length < $schema['minLength'] ) {
			$this->fail(
				$path,
				1 === $schema['minLength'] ? __( 'must not be empty', 'gov-service-widgets' )
					/* translators: %d: the smallest number of characters */
					: sprintf( __( 'must be at least %d characters long', 'gov-service-widgets' ), $schema['minLength'] )
			);
		}
		if ( isset( $schema['maxLength'] ) && $length > $schema['maxLength'] ) {
			/* translators: 1: the text's length, 2: the largest allowed length */
			$this->fail( $path, sprintf( __( 'is %1$d characters long; at most %2$d are allowed', 'gov-service-widgets' ), $length, $schema['maxLength'] ) );
		}
		if ( isset( $schema['pattern'] ) && ! preg_match( $this->pcre( $schema['pattern'] ), $value ) ) {
			$this->fail(
				$path,
				'' !== $title
					/* translators: %s: what the value should be, e.g. "Phone number" */
					? sprintf( __( 'is not written as a valid «%s»', 'gov-service-widgets' ), gov_service_widgets_schema_title( $title ) )
					/* translators: %s: a regular expression */
					: sprintf( __( 'does not match the pattern %s', 'gov-service-widgets' ), $schema['pattern'] )
			);
		}
		if ( isset( $schema['format'] ) && 'date' === $schema['format'] && ! $this->is_date( $value ) ) {
			/* translators: %s: the value */
			$this->fail( $path, sprintf( __( '%s is not a day of the calendar (write YYYY-MM-DD)', 'gov-service-widgets' ), $value ) );
		}
	}

	/**
	 * `anyOf` / `oneOf`. When the value fails, the branch meant for its type explains why; when no
	 * type tells the branches apart, the first problem of each is listed.
	 *
	 * @param mixed  $value    The value.
	 * @param array  $branches The subschemas.
	 * @param string $path     Its path.
	 * @param string $title    What it should be.
	 * @param bool   $only_one `oneOf`: exactly one branch may fit.
	 */
	private function validate_branches( $value, $branches, $path, $title, $only_one ) {
		$fits     = 0;
		$outcomes = array();
		foreach ( $branches as $branch ) {
			$check = new self( $this->root, $this->limit );
			$found = $check->check_at( $value, $branch, $path, $title );
			if ( ! $found ) {
				++$fits;
			}
			$outcomes[] = array( $branch, $found );
		}
		if ( $only_one && $fits > 1 ) {
			$this->fail( $path, __( 'fits more than one of the allowed forms', 'gov-service-widgets' ) );
			return;
		}
		if ( $fits > 0 ) {
			return;
		}
		$typed = array();
		foreach ( $outcomes as $outcome ) {
			$branch = $this->resolved( $outcome[0] );
			if ( isset( $branch['type'] ) && $this->has_type( $value, (array) $branch['type'] ) ) {
				$typed[] = $outcome[1];
			}
		}
		if ( 1 === count( $typed ) ) {
			foreach ( $typed[0] as $problem ) {
				$this->problems[] = $problem;
			}
			return;
		}
		$firsts = array();
		foreach ( $outcomes as $outcome ) {
			$first    = $outcome[1][0];
			$firsts[] = ( $first['path'] === $path ? '' : substr( $first['path'], strlen( $path ) ) . ': ' ) . $first['reason'];
		}
		/* translators: %s: the first problem with each allowed form, separated by " | " */
		$this->fail( $path, sprintf( __( 'fits none of the allowed forms: %s', 'gov-service-widgets' ), implode( ' | ', array_map( 'ltrim', $firsts, array_fill( 0, count( $firsts ), '.' ) ) ) ) );
	}

	/**
	 * The problems of $value against $schema, found by a fresh checker (for branches and `if`).
	 *
	 * @param mixed  $value  The value.
	 * @param mixed  $schema The subschema.
	 * @param string $path   Its path.
	 * @param string $title  What it should be.
	 * @return array
	 */
	private function check_at( $value, $schema, $path, $title ) {
		$this->problems = array();
		$this->validate( $value, $schema, $path, $title );
		return $this->problems;
	}

	/**
	 * Whether $value fits $schema, recording nothing.
	 *
	 * @param mixed  $value  The value.
	 * @param mixed  $schema The subschema.
	 * @param string $path   Its path.
	 * @return bool
	 */
	private function passes( $value, $schema, $path ) {
		$check = new self( $this->root, 1 );
		return ! $check->check_at( $value, $schema, $path, '' );
	}

	/**
	 * A subschema with its `$ref` followed, to read its `type`.
	 *
	 * @param mixed $schema The subschema.
	 * @return array
	 */
	private function resolved( $schema ) {
		while ( is_array( $schema ) && isset( $schema['$ref'] ) && ! isset( $schema['type'] ) ) {
			$schema = $this->resolve( $schema['$ref'] );
		}
		return is_array( $schema ) ? $schema : array();
	}

	/**
	 * Follows a local reference such as `#/$defs/phone`.
	 *
	 * @param string $ref The reference.
	 * @return array|bool
	 */
	private function resolve( $ref ) {
		$schema = $this->root;
		if ( '#' !== $ref && 0 !== strpos( $ref, '#/' ) ) {
			return true;
		}
		foreach ( array_slice( explode( '/', $ref ), 1 ) as $step ) {
			$step = str_replace( array( '~1', '~0' ), array( '/', '~' ), rawurldecode( $step ) );
			if ( ! is_array( $schema ) || ! array_key_exists( $step, $schema ) ) {
				return true;
			}
			$schema = $schema[ $step ];
		}
		return $schema;
	}

	/**
	 * @param mixed $value A decoded JSON value.
	 * @param array $types JSON Schema type names.
	 * @return bool
	 */
	private function has_type( $value, $types ) {
		foreach ( $types as $type ) {
			switch ( $type ) {
				case 'object':
					$fits = $value instanceof stdClass;
					break;
				case 'array':
					$fits = is_array( $value );
					break;
				case 'string':
					$fits = is_string( $value );
					break;
				case 'integer':
					$fits = is_int( $value ) || ( is_float( $value ) && is_finite( $value ) && floor( $value ) === $value );
					break;
				case 'number':
					$fits = is_int( $value ) || is_float( $value );
					break;
				case 'boolean':
					$fits = is_bool( $value );
					break;
				case 'null':
					$fits = null === $value;
					break;
				default:
					$fits = false;
			}
			if ( $fits ) {
				return true;
			}
		}
		return false;
	}

	/**
	 * @param array $types JSON Schema type names.
	 * @return string The types in words, for a message.
	 */
	private function type_names( $types ) {
		$names = array(
			'object'  => __( 'an object {…}', 'gov-service-widgets' ),
			'array'   => __( 'a list […]', 'gov-service-widgets' ),
			'string'  => __( 'a text in quotes', 'gov-service-widgets' ),
			'integer' => __( 'a whole number', 'gov-service-widgets' ),
			'number'  => __( 'a number', 'gov-service-widgets' ),
			'boolean' => __( 'true or false', 'gov-service-widgets' ),
			'null'    => 'null',
		);
		$words = array();
		foreach ( $types as $type ) {
			$words[] = isset( $names[ $type ] ) ? $names[ $type ] : $type;
		}
		return implode( ' / ', $words );
	}

	/**
	 * @param array $values Allowed values.
	 * @return string
	 */
	private function values_text( $values ) {
		return implode( ', ', array_map( 'wp_json_encode', $values ) );
	}

	/**
	 * @param mixed $value   A decoded value.
	 * @param array $allowed Allowed values (decoded as arrays).
	 * @return bool
	 */
	private function in_list( $value, $allowed ) {
		foreach ( $allowed as $candidate ) {
			if ( $this->equal( $value, $candidate ) ) {
				return true;
			}
		}
		return false;
	}

	/**
	 * JSON equality: 1 and 1.0 are equal, "1" and 1 are not.
	 *
	 * @param mixed $a A decoded value (objects as stdClass).
	 * @param mixed $b A value from the schema (objects as arrays).
	 * @return bool
	 */
	private function equal( $a, $b ) {
		if ( ( is_int( $a ) || is_float( $a ) ) && ( is_int( $b ) || is_float( $b ) ) ) {
			return (float) $a === (float) $b;
		}
		return wp_json_encode( $a instanceof stdClass ? get_object_vars( $a ) : $a ) === wp_json_encode( $b );
	}

	/**
	 * @param string $value `YYYY-MM-DD`.
	 * @return bool Whether it is a day of the calendar.
	 */
	private function is_date( $value ) {
		return (bool) preg_match( '/^(\d{4})-(\d{2})-(\d{2})$/D', $value, $parts ) && checkdate( (int) $parts[2], (int) $parts[3], (int) $parts[1] );
	}

	/**
	 * The schema's ECMAScript pattern as PCRE. ECMAScript's `\d`, `\w` are ASCII and its `\s`
	 * includes Unicode spaces, so they are written out; `$` ends the text only (`D`); PHP strings
	 * are UTF-8, where a character beyond U+FFFF is one code point rather than a surrogate pair,
	 * and a lone surrogate cannot occur (json_decode refuses it), so surrogate ranges are mapped.
	 *
	 * @param string $pattern An ECMAScript regular expression source.
	 * @return string
	 */
	private function pcre( $pattern ) {
		if ( isset( $this->patterns[ $pattern ] ) ) {
			return $this->patterns[ $pattern ];
		}
		$space = '\t\n\x{0B}\f\r \x{A0}\x{1680}\x{2000}-\x{200A}\x{2028}\x{2029}\x{202F}\x{205F}\x{3000}\x{FEFF}';
		$pcre  = str_replace(
			array( '[\ud800-\udbff][\udc00-\udfff]', '\ud800-\udfff' ),
			array( '[\x{10000}-\x{10FFFF}]', '' ),
			$pattern
		);
		$out      = '';
		$in_class = false;
		$length   = strlen( $pcre );
		for ( $i = 0; $i < $length; $i++ ) {
			$char = $pcre[ $i ];
			if ( '\\' === $char && $i + 1 < $length ) {
				$next = $pcre[ $i + 1 ];
				if ( 'u' === $next && preg_match( '/^[0-9a-fA-F]{4}$/', substr( $pcre, $i + 2, 4 ) ) ) {
					$out .= '\x{' . substr( $pcre, $i + 2, 4 ) . '}';
					$i   += 5;
					continue;
				}
				$classes = array(
					'd' => '0-9',
					'w' => 'A-Za-z0-9_',
					's' => $space,
				);
				if ( isset( $classes[ $next ] ) ) {
					$out .= $in_class ? $classes[ $next ] : '[' . $classes[ $next ] . ']';
				} elseif ( isset( $classes[ strtolower( $next ) ] ) ) {
					// Inside a class a negated set cannot be written out; PCRE's own is close enough there.
					$out .= $in_class ? '\\' . $next : '[^' . $classes[ strtolower( $next ) ] . ']';
				} else {
					$out .= $char . $next;
				}
				++$i;
				continue;
			}
			if ( '[' === $char && ! $in_class ) {
				$in_class = true;
			} elseif ( ']' === $char && $in_class ) {
				$in_class = false;
			} elseif ( '/' === $char ) {
				$char = '\\/';
			}
			$out .= $char;
		}
		$this->patterns[ $pattern ] = '/' . $out . '/uD';
		return $this->patterns[ $pattern ];
	}

	/**
	 * Records a problem; returns false so that callers can `return $this->fail(…)`.
	 *
	 * @param string $path   Where.
	 * @param string $reason Why.
	 * @return bool
	 */
	private function fail( $path, $reason ) {
		if ( count( $this->problems ) < $this->limit ) {
			$this->problems[] = array(
				'path'   => $path,
				'reason' => $reason,
			);
		}
		return false;
	}

	/**
	 * @param string $path A path.
	 * @param string $name A field name.
	 * @return string `path.name`, or `name` at the root.
	 */
	private function join( $path, $name ) {
		return '' === $path ? $name : $path . '.' . $name;
	}
}
