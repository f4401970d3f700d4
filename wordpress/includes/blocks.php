<?php
/**
 * One dynamic block per widget. Each block's attributes are the element's (camelCase: `bookingUrl` for
 * `booking-url`), the editor shows the real element as the preview, and the page gets the element's
 * markup from render_callback, checked attribute by attribute.
 *
 * @package ClinicWidgets
 */

defined( 'ABSPATH' ) || exit;

const CLINIC_WIDGETS_EDITOR_HANDLE = 'clinic-widgets-editor';

add_action( 'init', 'clinic_widgets_register_blocks' );
add_action( 'enqueue_block_editor_assets', 'clinic_widgets_editor_data' );

/** Registers the editor script (plain script on wp.* globals, no build step) and the four blocks. */
function clinic_widgets_register_blocks() {
	wp_register_script(
		CLINIC_WIDGETS_EDITOR_HANDLE,
		plugins_url( 'blocks/editor.js', CLINIC_WIDGETS_FILE ),
		array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-i18n' ),
		CLINIC_WIDGETS_VERSION,
		true
	);
	wp_set_script_translations( CLINIC_WIDGETS_EDITOR_HANDLE, 'clinic-widgets', CLINIC_WIDGETS_DIR . 'languages' );

	foreach ( clinic_widgets_widget_tags() as $tag ) {
		register_block_type(
			CLINIC_WIDGETS_DIR . 'blocks/' . $tag,
			array(
				'render_callback' => function ( $attributes ) use ( $tag ) {
					return clinic_widgets_render_block( $tag, is_array( $attributes ) ? $attributes : array() );
				},
			)
		);
	}
}

/**
 * A block's markup: the element inside the block wrapper (alignment and extra classes).
 *
 * @param string $tag        The element.
 * @param array  $attributes Block attributes (camelCase).
 * @return string
 */
function clinic_widgets_render_block( $tag, array $attributes ) {
	$elements = clinic_widgets_elements();
	$values   = array();
	foreach ( array_keys( $elements[ $tag ] ) as $attribute ) {
		$name = clinic_widgets_camel_case( $attribute );
		if ( array_key_exists( $name, $attributes ) ) {
			$values[ $attribute ] = $attributes[ $name ];
		}
	}
	clinic_widgets_use();
	return '<div ' . get_block_wrapper_attributes() . '>' . clinic_widgets_element_html( $tag, $values ) . '</div>';
}

/** The site-wide settings and the stretch names, for the editor's previews and controls. */
function clinic_widgets_editor_data() {
	$data = array(
		'provider'  => (object) clinic_widgets_provider_attributes(),
		'stretches' => (object) clinic_widgets_stretch_names(),
		'providers' => (object) clinic_widgets_provider_names(),
		'settings'  => current_user_can( 'manage_options' ) ? admin_url( 'options-general.php?page=' . CLINIC_WIDGETS_PAGE ) : '',
	);
	wp_add_inline_script( CLINIC_WIDGETS_EDITOR_HANDLE, 'window.clinicWidgetsEditor = ' . wp_json_encode( $data ) . ';', 'before' );
}

/** The built-in stretches by id, with their titles for people. */
function clinic_widgets_stretch_names() {
	return array(
		'knee-to-chest'        => __( 'Knee to chest', 'clinic-widgets' ),
		'lower-trunk-rotation' => __( 'Knee rolls (lower trunk rotation)', 'clinic-widgets' ),
		'pelvic-tilt'          => __( 'Pelvic tilt', 'clinic-widgets' ),
		'child-pose'           => __( 'Bottom to heels (child’s pose)', 'clinic-widgets' ),
		'cat-cow'              => __( 'Cat–cow', 'clinic-widgets' ),
		'prone-press-up'       => __( 'Press-up on elbows (back extension)', 'clinic-widgets' ),
		'hamstring'            => __( 'Hamstring stretch with a towel', 'clinic-widgets' ),
		'hip-flexor'           => __( 'Kneeling hip flexor stretch', 'clinic-widgets' ),
		'figure-four'          => __( 'Figure-four buttock stretch', 'clinic-widgets' ),
		'sciatic-nerve-glide'  => __( 'Sciatic nerve glide', 'clinic-widgets' ),
	);
}
