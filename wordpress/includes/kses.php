<?php
/**
 * Pasted snippets for every role. Without unfiltered_html (authors, contributors, editors on multisite)
 * WordPress's kses removes every tag it does not know, so a pasted <booking-button> vanished. The five
 * tags are allowed with their documented attributes only: kses still strips event handlers (onclick),
 * style, <script> and everything else, and checks booking-url like href (no javascript:).
 *
 * @package ClinicWidgets
 */

defined( 'ABSPATH' ) || exit;

add_filter( 'wp_kses_allowed_html', 'clinic_widgets_kses_allowed_html', 10, 2 );
add_filter( 'wp_kses_uri_attributes', 'clinic_widgets_kses_uri_attributes' );

/**
 * Adds the widget tags to the tags allowed in posts.
 *
 * @param array        $tags    Allowed tags and their attributes.
 * @param string|array $context The kses context.
 * @return array
 */
function clinic_widgets_kses_allowed_html( $tags, $context ) {
	if ( 'post' !== $context || ! is_array( $tags ) ) {
		return $tags;
	}
	$global = array(
		'class'  => true,
		'id'     => true,
		'lang'   => true,
		'dir'    => true,
		'title'  => true,
		'hidden' => true,
		'slot'   => true,
	);
	foreach ( clinic_widgets_elements() as $tag => $attributes ) {
		$tags[ $tag ] = array_merge( $global, array_fill_keys( array_keys( $attributes ), true ) );
	}
	// Content for the widgets' slots: <span slot="description-60">, <img slot="picture">, <ol slot="steps">.
	foreach ( array( 'span', 'img', 'ol', 'ul', 'p', 'div', 'svg' ) as $tag ) {
		if ( isset( $tags[ $tag ] ) && is_array( $tags[ $tag ] ) ) {
			$tags[ $tag ]['slot'] = true;
		}
	}
	return $tags;
}

/**
 * Checks booking-url's protocol as kses checks href.
 *
 * @param string[] $attributes Attributes that hold URLs.
 * @return string[]
 */
function clinic_widgets_kses_uri_attributes( $attributes ) {
	$attributes[] = 'booking-url';
	return $attributes;
}
