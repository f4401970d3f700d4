<?php
/**
 * Deleting the plugin removes its settings, on every site of a network.
 *
 * @package ClinicWidgets
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

if ( is_multisite() ) {
	foreach ( get_sites(
		array(
			'fields' => 'ids',
			'number' => 0,
		)
	) as $clinic_widgets_site ) {
		switch_to_blog( $clinic_widgets_site );
		delete_option( 'clinic_widgets_settings' );
		restore_current_blog();
	}
} else {
	delete_option( 'clinic_widgets_settings' );
}
