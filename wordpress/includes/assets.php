<?php
/**
 * Loading the widgets: the bundle (one ES module, copied into the plugin by the build) is loaded only on
 * pages that use a widget, once, as `<script type="module" src>` and never as inline script, so a strict
 * Content-Security-Policy keeps working. WordPress 6.5+ prints it through the script modules API; 6.1–6.4
 * through a registered script whose tag gets `type="module"`. The site-wide `<clinic-provider>` is
 * printed on those pages only. The bundle imports its language packs (assets/locales/es.js, fr.js) from
 * beside itself when a widget's language needs one; the plugin preloads the one the provider's needs.
 *
 * @package ClinicWidgets
 */

defined( 'ABSPATH' ) || exit;

const CLINIC_WIDGETS_HANDLE = 'clinic-widgets';

/** The tags whose presence in rendered HTML means the page needs the module. */
const CLINIC_WIDGETS_TAG_PATTERN = '/<(?:booking-button|session-length-picker|symptom-checker|stretch-card|clinic-provider)[\s>\/]/i';

add_action( 'init', 'clinic_widgets_register_assets', 5 );
add_filter( 'script_loader_tag', 'clinic_widgets_module_tag', 10, 2 );
add_action( 'wp', 'clinic_widgets_scan_queried_posts' );
add_action( 'wp_enqueue_scripts', 'clinic_widgets_enqueue_if_used', 20 );
add_filter( 'render_block', 'clinic_widgets_detect_widgets', 10, 1 );
add_filter( 'the_content', 'clinic_widgets_detect_widgets', 100, 1 );
add_filter( 'widget_text', 'clinic_widgets_detect_widgets', 100, 1 );
add_filter( 'widget_block_content', 'clinic_widgets_detect_widgets', 100, 1 );
add_action( 'wp_body_open', 'clinic_widgets_print_provider', 1 );
add_action( 'wp_footer', 'clinic_widgets_print_provider', 1 );
add_action( 'enqueue_block_editor_assets', 'clinic_widgets_enqueue_editor_module' );
add_action( 'enqueue_block_assets', 'clinic_widgets_enqueue_editor_canvas_module' );
add_action( 'admin_notices', 'clinic_widgets_missing_bundle_notice' );

/** Path or URL of a file in the plugin's assets/ folder. */
function clinic_widgets_asset( $file, $url = true ) {
	return $url ? plugins_url( 'assets/' . $file, CLINIC_WIDGETS_FILE ) : CLINIC_WIDGETS_DIR . 'assets/' . $file;
}

/** Whether the build copied the reserve-space stylesheet in (it is optional). */
function clinic_widgets_has_stylesheet() {
	return file_exists( clinic_widgets_asset( 'clinic-widgets.css', false ) );
}

/** Registers the module as a classic script (6.1–6.4 and the editor) and the optional stylesheet. */
function clinic_widgets_register_assets() {
	wp_register_script( CLINIC_WIDGETS_HANDLE, clinic_widgets_asset( 'clinic-widgets.js' ), array(), CLINIC_WIDGETS_VERSION, false );
	if ( clinic_widgets_has_stylesheet() ) {
		wp_register_style( CLINIC_WIDGETS_HANDLE, clinic_widgets_asset( 'clinic-widgets.css' ), array(), CLINIC_WIDGETS_VERSION );
	}
}

/**
 * Makes the classic script tag a module tag: `<script type="module" src="…" id="clinic-widgets-js">`.
 *
 * @param string $tag    The tag WordPress printed.
 * @param string $handle Its handle.
 * @return string
 */
function clinic_widgets_module_tag( $tag, $handle ) {
	if ( CLINIC_WIDGETS_HANDLE !== $handle ) {
		return $tag;
	}
	$tag = preg_replace( '/\stype=(["\'])[^"\']*\1/', '', $tag );
	return preg_replace( '/<script(?=[\s>])/', '<script type="module"', $tag, 1 );
}

/**
 * Whether the page uses a widget; `clinic_widgets_use()` says it does.
 *
 * @param bool|null $set True to record that it does.
 * @return bool
 */
function clinic_widgets_in_use( $set = null ) {
	static $in_use = false;
	if ( true === $set ) {
		$in_use = true;
	}
	return (bool) apply_filters( 'clinic_widgets_in_use', $in_use );
}

/** Records that the page uses a widget and, outside wp-admin, enqueues the module and stylesheet. */
function clinic_widgets_use() {
	clinic_widgets_in_use( true );
	if ( is_admin() ) {
		return;
	}
	if ( did_action( 'wp_enqueue_scripts' ) || doing_action( 'wp_enqueue_scripts' ) ) {
		clinic_widgets_enqueue();
	}
}

/** Enqueues the module (script modules API from 6.5) and the stylesheet when there is one. */
function clinic_widgets_enqueue() {
	if ( function_exists( 'wp_enqueue_script_module' ) ) {
		wp_enqueue_script_module( CLINIC_WIDGETS_HANDLE, clinic_widgets_asset( 'clinic-widgets.js' ), array(), CLINIC_WIDGETS_VERSION );
	} else {
		wp_enqueue_script( CLINIC_WIDGETS_HANDLE );
	}
	if ( wp_style_is( CLINIC_WIDGETS_HANDLE, 'registered' ) ) {
		wp_enqueue_style( CLINIC_WIDGETS_HANDLE );
	}
}

/** At wp_enqueue_scripts: enqueue in the head when the main query's posts already showed a widget. */
function clinic_widgets_enqueue_if_used() {
	if ( clinic_widgets_in_use() ) {
		clinic_widgets_enqueue();
	}
}

/**
 * Before the theme prints anything: do the posts of the main query hold a widget block, shortcode or tag?
 * Then the module goes in the head and the provider right after `<body>`. Widgets found later (a
 * sidebar, a template) are still caught while they render.
 */
function clinic_widgets_scan_queried_posts() {
	global $wp_query;
	if ( is_admin() || ! $wp_query instanceof WP_Query || empty( $wp_query->posts ) ) {
		return;
	}
	foreach ( $wp_query->posts as $post ) {
		if ( $post instanceof WP_Post && clinic_widgets_content_has_widget( $post->post_content ) ) {
			clinic_widgets_in_use( true );
			return;
		}
	}
}

/**
 * Whether unrendered content holds one of the blocks, shortcodes or tags.
 *
 * @param string $content Post content as stored.
 * @return bool
 */
function clinic_widgets_content_has_widget( $content ) {
	if ( ! is_string( $content ) || '' === $content ) {
		return false;
	}
	if ( false !== strpos( $content, '<!-- wp:clinic-widgets/' ) || preg_match( CLINIC_WIDGETS_TAG_PATTERN, $content ) ) {
		return true;
	}
	foreach ( clinic_widgets_shortcodes() as $shortcode => $tag ) {
		if ( has_shortcode( $content, $shortcode ) ) {
			return true;
		}
	}
	return false;
}

/**
 * Passes rendered HTML through unchanged, noting a widget tag in it (a pasted snippet, a block).
 *
 * @param mixed $html Rendered HTML.
 * @return mixed
 */
function clinic_widgets_detect_widgets( $html ) {
	if ( is_string( $html ) && '' !== $html && ! is_admin() && preg_match( CLINIC_WIDGETS_TAG_PATTERN, $html ) ) {
		clinic_widgets_use();
	}
	return $html;
}

/** Prints the site-wide `<clinic-provider>` once, right after `<body>` or else in the footer. */
function clinic_widgets_print_provider() {
	static $printed = false;
	if ( $printed || is_admin() || ! clinic_widgets_in_use() ) {
		return;
	}
	$printed = true;
	if ( doing_action( 'wp_footer' ) ) {
		// Widgets found while the page rendered whose module was not enqueued yet.
		clinic_widgets_enqueue();
	}
	$attributes = clinic_widgets_provider_attributes();
	echo clinic_widgets_strings_preload( isset( $attributes['locale'] ) ? $attributes['locale'] : '' ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped there.
	echo clinic_widgets_element_html( 'clinic-provider', $attributes ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- every attribute is escaped in clinic_widgets_element_html().
	echo "\n";
}

/**
 * `<link rel="modulepreload">` for the language pack the site's widgets will load (assets/locales/es-<hash>.js
 * for es-MX), so that it downloads beside the bundle rather than after it: a widget's first render waits
 * for its pack. The URL is the one the bundle imports (`./locales/es-<hash>.js` beside itself, no ?ver:
 * the hash changes with the content), so the browser uses the preloaded module. '' for English or a
 * language without a pack.
 *
 * @param string $locale The provider's locale.
 * @return string
 */
function clinic_widgets_strings_preload( $locale ) {
	$language = strtolower( (string) strtok( (string) $locale, '-' ) );
	if ( ! preg_match( '/^[a-z]{2,3}$/', $language ) ) {
		return '';
	}
	$packs = glob( clinic_widgets_asset( 'locales/' . $language . '-*.js', false ) );
	if ( ! $packs ) {
		return '';
	}
	return '<link rel="modulepreload" href="' . esc_url( clinic_widgets_asset( 'locales/' . basename( $packs[0] ) ) ) . '">' . "\n";
}

/** The block editor: the module in the editor's own window (WordPress 6.1, where the canvas is no iframe). */
function clinic_widgets_enqueue_editor_module() {
	wp_enqueue_script( CLINIC_WIDGETS_HANDLE );
	if ( wp_style_is( CLINIC_WIDGETS_HANDLE, 'registered' ) ) {
		wp_enqueue_style( CLINIC_WIDGETS_HANDLE );
	}
}

/** The block editor's iframed canvas (WordPress 6.3+) loads what is enqueued here, in wp-admin. */
function clinic_widgets_enqueue_editor_canvas_module() {
	if ( is_admin() ) {
		clinic_widgets_enqueue_editor_module();
	}
}

/** Tells administrators when the plugin runs from source, without the bundle the build copies in. */
function clinic_widgets_missing_bundle_notice() {
	if ( current_user_can( 'activate_plugins' ) && ! file_exists( clinic_widgets_asset( 'clinic-widgets.js', false ) ) ) {
		printf(
			'<div class="notice notice-error"><p>%s</p></div>',
			esc_html__( 'Clinic Widgets: assets/clinic-widgets.js is missing, so no widget can show. Install the built plugin (clinic-widgets-wordpress.zip from npm run build).', 'clinic-widgets' )
		);
	}
}
