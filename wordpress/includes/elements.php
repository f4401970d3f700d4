<?php
/**
 * The five custom elements as the plugin knows them: every documented attribute, its kind and the values
 * it may take. Blocks, shortcodes and the kses allow-list all read this one table, so an attribute added
 * to an element is added here once (tests/wordpress checks it against custom-elements.json).
 *
 * @package ClinicWidgets
 */

defined( 'ABSPATH' ) || exit;

/** Booking systems `<booking-button>` can send a visitor to. */
const CLINIC_WIDGETS_PROVIDERS = array( 'link', 'calcom', 'calendly', 'acuity', 'janeapp', 'square', 'setmore', 'fresha' );

/** Built-in `<stretch-card stretch="…">` ids. */
const CLINIC_WIDGETS_STRETCHES = array(
	'knee-to-chest',
	'lower-trunk-rotation',
	'pelvic-tilt',
	'child-pose',
	'cat-cow',
	'prone-press-up',
	'hamstring',
	'hip-flexor',
	'figure-four',
	'sciatic-nerve-glide',
);

/**
 * Attributes per element. Kinds: `text` (up to 200 characters), `list` (up to 500), `url` (http, https or
 * a path on this site), `int` (a whole number from `min` to `max`), `enum` (one of `values`) and `bool`
 * (present or absent).
 *
 * @return array<string, array<string, array<string, mixed>>>
 */
function clinic_widgets_elements() {
	return array(
		'clinic-provider'       => array(
			'clinic-name'      => array( 'kind' => 'text' ),
			'timezone'         => array( 'kind' => 'text' ),
			'hours'            => array( 'kind' => 'list' ),
			'lead-time'        => array(
				'kind' => 'int',
				'min'  => 0,
				'max'  => 10080,
			),
			'sessions'         => array( 'kind' => 'list' ),
			'currency'         => array( 'kind' => 'text' ),
			'locale'           => array( 'kind' => 'text' ),
			'provider'         => array(
				'kind'   => 'enum',
				'values' => CLINIC_WIDGETS_PROVIDERS,
			),
			'booking-url'      => array( 'kind' => 'url' ),
			'services'         => array( 'kind' => 'list' ),
			'phone'            => array( 'kind' => 'text' ),
			'emergency-number' => array( 'kind' => 'text' ),
		),
		'booking-button'        => array(
			'minutes'     => array(
				'kind' => 'int',
				'min'  => 1,
				'max'  => 480,
			),
			'mode'        => array(
				'kind'   => 'enum',
				'values' => array( 'link', 'popup' ),
			),
			'label'       => array( 'kind' => 'text' ),
			'hint'        => array(
				'kind'   => 'enum',
				'values' => array( 'on', 'off' ),
			),
			'phone'       => array( 'kind' => 'text' ),
			'provider'    => array(
				'kind'   => 'enum',
				'values' => CLINIC_WIDGETS_PROVIDERS,
			),
			'booking-url' => array( 'kind' => 'url' ),
			'services'    => array( 'kind' => 'list' ),
		),
		'session-length-picker' => array(
			'name'     => array( 'kind' => 'text' ),
			'value'    => array(
				'kind' => 'int',
				'min'  => 1,
				'max'  => 480,
			),
			'options'  => array( 'kind' => 'list' ),
			'label'    => array( 'kind' => 'text' ),
			'required' => array( 'kind' => 'bool' ),
			'disabled' => array( 'kind' => 'bool' ),
		),
		'symptom-checker'       => array(
			'emergency-number' => array( 'kind' => 'text' ),
			'remember'         => array( 'kind' => 'bool' ),
			'heading-level'    => array(
				'kind' => 'int',
				'min'  => 1,
				'max'  => 6,
			),
			'insurance-note'   => array( 'kind' => 'text' ),
		),
		'stretch-card'          => array(
			'stretch'       => array(
				'kind'   => 'enum',
				'values' => CLINIC_WIDGETS_STRETCHES,
			),
			'heading'       => array( 'kind' => 'text' ),
			'heading-level' => array(
				'kind' => 'int',
				'min'  => 1,
				'max'  => 6,
			),
			'hold'          => array(
				'kind' => 'int',
				'min'  => 1,
				'max'  => 600,
			),
			'reps'          => array(
				'kind' => 'int',
				'min'  => 1,
				'max'  => 50,
			),
			'sides'         => array(
				'kind'   => 'enum',
				'values' => array( 'each', 'both' ),
			),
			'frequency'     => array( 'kind' => 'text' ),
			'compact'       => array( 'kind' => 'bool' ),
			'sound'         => array( 'kind' => 'bool' ),
		),
	);
}

/** The four widgets that have a block and a shortcode (the provider is the settings page). */
function clinic_widgets_widget_tags() {
	return array( 'booking-button', 'session-length-picker', 'symptom-checker', 'stretch-card' );
}

/** `booking-url` → `bookingUrl`: the block attribute for an element attribute. */
function clinic_widgets_camel_case( $attribute ) {
	return lcfirst( str_replace( ' ', '', ucwords( str_replace( '-', ' ', $attribute ) ) ) );
}

/**
 * A URL a widget may link to: http(s), or a path on this site (`/book`). `{minutes}` and `{service}`
 * placeholders stay as they are (esc_url() would drop the braces). Anything else gives ''.
 *
 * @param mixed $value The URL as given.
 * @return string
 */
function clinic_widgets_clean_url( $value ) {
	if ( ! is_scalar( $value ) ) {
		return '';
	}
	$url = trim( (string) $value );
	if ( '' === $url || strlen( $url ) > 2048 || preg_match( '/[\s\x00-\x1f\x7f<>"]/', $url ) ) {
		return '';
	}
	if ( preg_match( '#^https?://[^/?\#]+#i', $url ) || preg_match( '#^/(?![/\\\\])#', $url ) ) {
		return $url;
	}
	return '';
}

/**
 * One attribute value, checked against its spec. Returns null when the value is absent or unusable (the
 * element then uses its own default), true for a boolean that is on, else the text to print.
 *
 * @param array $spec  The attribute's entry in clinic_widgets_elements().
 * @param mixed $value The value from a block, a shortcode or the settings.
 * @return string|true|null
 */
function clinic_widgets_attribute_value( array $spec, $value ) {
	if ( 'bool' === $spec['kind'] ) {
		if ( is_bool( $value ) ) {
			return $value ? true : null;
		}
		if ( is_scalar( $value ) ) {
			$text = strtolower( trim( (string) $value ) );
			return in_array( $text, array( '0', 'false', 'no', 'off' ), true ) ? null : true;
		}
		return null;
	}
	if ( ! is_scalar( $value ) || is_bool( $value ) ) {
		return null;
	}
	$text = trim( (string) $value );
	if ( '' === $text ) {
		return null;
	}
	switch ( $spec['kind'] ) {
		case 'int':
			if ( ! preg_match( '/^\d{1,7}$/', $text ) ) {
				return null;
			}
			$number = (int) $text;
			return $number >= $spec['min'] && $number <= $spec['max'] ? (string) $number : null;
		case 'enum':
			$text = strtolower( $text );
			return in_array( $text, $spec['values'], true ) ? $text : null;
		case 'url':
			$url = clinic_widgets_clean_url( $text );
			return '' === $url ? null : $url;
		case 'list':
			return strlen( $text ) <= 500 ? sanitize_text_field( $text ) : null;
		default:
			return strlen( $text ) <= 200 ? sanitize_text_field( $text ) : null;
	}
}

/**
 * The element's markup from attribute values keyed by element attribute name (`booking-url`). Unknown and
 * unusable values are left out; everything printed is escaped.
 *
 * @param string $tag    One of the keys of clinic_widgets_elements().
 * @param array  $values Attribute values by element attribute name.
 * @param string $inner  Already safe inner HTML (the provider wraps nothing, so usually '').
 * @return string
 */
function clinic_widgets_element_html( $tag, array $values, $inner = '' ) {
	$elements = clinic_widgets_elements();
	if ( ! isset( $elements[ $tag ] ) ) {
		return '';
	}
	$html = '<' . $tag;
	foreach ( $elements[ $tag ] as $attribute => $spec ) {
		if ( ! array_key_exists( $attribute, $values ) ) {
			continue;
		}
		$value = clinic_widgets_attribute_value( $spec, $values[ $attribute ] );
		if ( true === $value ) {
			$html .= ' ' . $attribute;
		} elseif ( null !== $value ) {
			$html .= ' ' . $attribute . '="' . esc_attr( $value ) . '"';
		}
	}
	return $html . '>' . $inner . '</' . $tag . '>';
}
