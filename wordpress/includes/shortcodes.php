<?php
/**
 * Shortcodes for the classic editor and page builders, one per widget:
 * [clinic_booking_button minutes="90"], [clinic_session_length_picker], [clinic_symptom_checker] and
 * [clinic_stretch_card stretch="hamstring"]. Attributes are the element's own (`booking-url` or
 * `booking_url`); a boolean is on when named alone (`[clinic_stretch_card compact]`) or set to 1/true/yes.
 * Text between [clinic_booking_button] and [/clinic_booking_button] is the button's label.
 *
 * @package ClinicWidgets
 */

defined( 'ABSPATH' ) || exit;

/** Shortcode names and the element each prints. */
function clinic_widgets_shortcodes() {
	return array(
		'clinic_booking_button'        => 'booking-button',
		'clinic_session_length_picker' => 'session-length-picker',
		'clinic_symptom_checker'       => 'symptom-checker',
		'clinic_stretch_card'          => 'stretch-card',
	);
}

add_action( 'init', 'clinic_widgets_register_shortcodes' );

/** Registers the four shortcodes. */
function clinic_widgets_register_shortcodes() {
	foreach ( clinic_widgets_shortcodes() as $shortcode => $tag ) {
		add_shortcode(
			$shortcode,
			function ( $atts, $content = '' ) use ( $tag ) {
				return clinic_widgets_render_shortcode( $tag, $atts, $content );
			}
		);
	}
}

/**
 * The element for a shortcode.
 *
 * @param string       $tag     The element.
 * @param array|string $atts    Shortcode attributes ('' when there are none).
 * @param string|null  $content Enclosed text.
 * @return string
 */
function clinic_widgets_render_shortcode( $tag, $atts, $content ) {
	$elements = clinic_widgets_elements();
	$known    = array();
	foreach ( array_keys( $elements[ $tag ] ) as $attribute ) {
		// booking-url, booking_url and bookingurl (WordPress lower-cases the names) all mean booking-url.
		$known[ str_replace( '-', '', $attribute ) ] = $attribute;
	}
	$values = array();
	foreach ( is_array( $atts ) ? $atts : array() as $name => $value ) {
		if ( is_int( $name ) ) {
			// A bare word: `[clinic_stretch_card compact]`.
			$name  = is_string( $value ) ? $value : '';
			$value = true;
		}
		$key = str_replace( array( '-', '_' ), '', strtolower( (string) $name ) );
		if ( isset( $known[ $key ] ) ) {
			$values[ $known[ $key ] ] = $value;
		}
	}
	if ( 'booking-button' === $tag && is_string( $content ) && '' !== trim( $content ) && ! isset( $values['label'] ) ) {
		$values['label'] = wp_strip_all_tags( $content );
	}
	clinic_widgets_use();
	return clinic_widgets_element_html( $tag, $values );
}
