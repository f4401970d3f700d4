<?php
/**
 * Plugin Name:       Clinic Widgets
 * Description:       Booking button, session-length picker, symptom checker and stretch cards for massage and manual-therapy clinics: blocks, shortcodes, or pasted HTML, sharing the clinic's settings.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            clinic-widgets
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       clinic-widgets
 * Domain Path:       /languages
 *
 * @package ClinicWidgets
 */

defined( 'ABSPATH' ) || exit;

// The build (scripts/wordpress-package.mjs) writes package.json's version here and in the header.
define( 'CLINIC_WIDGETS_VERSION', '0.1.0' );
define( 'CLINIC_WIDGETS_FILE', __FILE__ );
define( 'CLINIC_WIDGETS_DIR', plugin_dir_path( __FILE__ ) );

require_once CLINIC_WIDGETS_DIR . 'includes/elements.php';
require_once CLINIC_WIDGETS_DIR . 'includes/validate.php';
require_once CLINIC_WIDGETS_DIR . 'includes/settings.php';
require_once CLINIC_WIDGETS_DIR . 'includes/assets.php';
require_once CLINIC_WIDGETS_DIR . 'includes/blocks.php';
require_once CLINIC_WIDGETS_DIR . 'includes/shortcodes.php';
require_once CLINIC_WIDGETS_DIR . 'includes/kses.php';

add_action( 'init', 'clinic_widgets_load_textdomain', 1 );
register_activation_hook( __FILE__, 'clinic_widgets_activate' );

/** Plugin strings in the site's language (languages/clinic-widgets-<locale>.mo). */
function clinic_widgets_load_textdomain() {
	load_plugin_textdomain( 'clinic-widgets', false, dirname( plugin_basename( __FILE__ ) ) . '/languages' );
}

/**
 * Creates the option on activation, so the first save runs the settings' validation once rather than
 * twice (update_option() falls back to add_option(), which sanitises again).
 */
function clinic_widgets_activate() {
	add_option( CLINIC_WIDGETS_OPTION, array() );
}
