<?php
/**
 * Settings → Clinic Widgets: the clinic's settings, validated on save, printed as one site-wide
 * `<clinic-provider>` that every widget on the page reads.
 *
 * @package ClinicWidgets
 */

defined( 'ABSPATH' ) || exit;

const CLINIC_WIDGETS_OPTION = 'clinic_widgets_settings';
const CLINIC_WIDGETS_GROUP  = 'clinic_widgets';
const CLINIC_WIDGETS_PAGE   = 'clinic-widgets';

/**
 * The settings as stored, over the defaults: the site's own time zone until the clinic picks one.
 *
 * @return array<string, string>
 */
function clinic_widgets_default_settings() {
	$zone = (string) get_option( 'timezone_string', '' );
	return array(
		'clinic_name'      => '',
		'phone'            => '',
		'timezone'         => false !== strpos( $zone, '/' ) ? $zone : '',
		'hours'            => '',
		'locale'           => '',
		'emergency_number' => '',
		'provider'         => 'link',
		'booking_url'      => '',
		'services'         => '',
		'sessions'         => '',
		'currency'         => '',
		'lead_time'        => '',
	);
}

/**
 * The clinic's settings: every key of clinic_widgets_default_settings(), each a string.
 *
 * @return array<string, string>
 */
function clinic_widgets_get_settings() {
	$defaults = clinic_widgets_default_settings();
	$stored   = get_option( CLINIC_WIDGETS_OPTION, array() );
	$settings = array();
	foreach ( $defaults as $key => $default ) {
		$settings[ $key ] = is_array( $stored ) && isset( $stored[ $key ] ) && is_scalar( $stored[ $key ] ) ? (string) $stored[ $key ] : $default;
	}
	return $settings;
}

/**
 * The site-wide `<clinic-provider>`, wrapping nothing: widgets outside a provider use the page's first one.
 *
 * @return string
 */
function clinic_widgets_provider_html() {
	return clinic_widgets_element_html( 'clinic-provider', clinic_widgets_provider_attributes() );
}

/**
 * The settings as `<clinic-provider>` attributes (`booking-url` => …), without empty values and the
 * default booking system.
 *
 * @return array<string, string>
 */
function clinic_widgets_provider_attributes() {
	$attributes = array();
	$settings   = clinic_widgets_get_settings();
	if ( '' === $settings['locale'] ) {
		// No language chosen: the site's, said outright rather than left to <html lang> (a theme may
		// print none, or a wrong one).
		$settings['locale'] = clinic_widgets_site_locale();
	}
	foreach ( $settings as $key => $value ) {
		if ( '' !== $value && ! ( 'provider' === $key && 'link' === $value ) ) {
			$attributes[ str_replace( '_', '-', $key ) ] = $value;
		}
	}
	return $attributes;
}

/**
 * The site's language as a language tag, for the widgets when the Language setting is empty: on the
 * site what WordPress prints in `<html lang>` (es_ES is es-ES, fr_CA fr-CA; a multilingual plugin's
 * choice for the page included); in wp-admin, where that is the user's own language, the site's
 * (Settings → General), so the editor previews the widgets as visitors will see them. A WordPress
 * locale that is no language tag (pt_PT_ao90) loses subtags from the end until it is one (pt-PT);
 * '' if none is left.
 *
 * @return string
 */
function clinic_widgets_site_locale() {
	$locale = is_admin() ? get_locale() : get_bloginfo( 'language' );
	$parts  = explode( '-', str_replace( '_', '-', (string) $locale ) );
	while ( $parts ) {
		list( $tag, $error ) = clinic_widgets_validate_locale( implode( '-', $parts ) );
		if ( null === $error ) {
			return $tag;
		}
		array_pop( $parts );
	}
	return '';
}

/** Names of the booking systems, for people. */
function clinic_widgets_provider_names() {
	return array(
		'link'     => __( 'Any booking page (a link, with {minutes} and {service} filled in)', 'clinic-widgets' ),
		'calcom'   => 'Cal.com',
		'calendly' => 'Calendly',
		'acuity'   => 'Acuity Scheduling',
		'janeapp'  => 'Jane',
		'square'   => 'Square Appointments',
		'setmore'  => 'Setmore',
		'fresha'   => 'Fresha',
	);
}

/**
 * The form's fields by section: label, control and help.
 *
 * @return array<string, array<string, array<string, mixed>>>
 */
function clinic_widgets_setting_fields() {
	$site_locale = clinic_widgets_site_locale();
	if ( '' !== $site_locale ) {
		/* translators: %s: the site's language as a language tag, for example es-ES. */
		$locale_help = sprintf( __( 'For text, prices, dates and times, for example en-US or fr-CA. Leave empty to use the site’s language (Settings → General), now %s.', 'clinic-widgets' ), $site_locale );
	} else {
		$locale_help = __( 'For text, prices, dates and times, for example en-US or fr-CA. Leave empty to use the site’s language.', 'clinic-widgets' );
	}
	return array(
		'clinic'  => array(
			'clinic_name'      => array(
				'label' => __( 'Clinic name', 'clinic-widgets' ),
				'help'  => __( 'Used in the widgets’ text.', 'clinic-widgets' ),
			),
			'phone'            => array(
				'label' => __( 'Phone', 'clinic-widgets' ),
				'help'  => __( 'As people write it, for example (907) 555-0142. Booking buttons add “or call …”.', 'clinic-widgets' ),
				'type'  => 'tel',
			),
			'timezone'         => array(
				'label'   => __( 'Time zone', 'clinic-widgets' ),
				'help'    => __( 'Where the clinic is. Same-day booking hints are worked out in this zone.', 'clinic-widgets' ),
				'control' => 'timezone',
			),
			'hours'            => array(
				'label'   => __( 'Opening hours', 'clinic-widgets' ),
				'help'    => __( 'One rule per line (or separated by ;): days, a space, then times. For example Mo-Fr 09:00-19:00, Sa 10:00-16:00, Su closed. Leave empty to hide same-day hints.', 'clinic-widgets' ),
				'control' => 'textarea',
			),
			'locale'           => array(
				'label' => __( 'Language', 'clinic-widgets' ),
				'help'  => $locale_help,
			),
			'emergency_number' => array(
				'label' => __( 'Emergency number', 'clinic-widgets' ),
				'help'  => __( 'Shown by the symptom checker. Leave empty for the language’s region: 911 in North America, 999 in the UK, 000 in Australia, 111 in New Zealand, else 112.', 'clinic-widgets' ),
			),
		),
		'booking' => array(
			'provider'    => array(
				'label'   => __( 'Booking system', 'clinic-widgets' ),
				'control' => 'provider',
			),
			'booking_url' => array(
				'label' => __( 'Booking URL', 'clinic-widgets' ),
				'help'  => __( 'The clinic’s page on that system, for example https://cal.com/your-clinic/massage. For “Any booking page”, {minutes} and {service} are filled in.', 'clinic-widgets' ),
				'type'  => 'url',
			),
			'services'    => array(
				'label' => __( 'Service ids', 'clinic-widgets' ),
				'help'  => __( 'The booking system’s service, event or treatment for each length, for example 60:1234, 90:1235. Leave empty if it has none.', 'clinic-widgets' ),
			),
			'sessions'    => array(
				'label' => __( 'Sessions and prices', 'clinic-widgets' ),
				'help'  => __( 'Lengths in minutes, each with an optional price: 60:95, 90:135. Leave empty for 60 and 90 minutes without prices.', 'clinic-widgets' ),
			),
			'currency'    => array(
				'label' => __( 'Currency', 'clinic-widgets' ),
				'help'  => __( 'Three-letter code of the prices, for example USD, EUR or GBP. Prices are shown only when it is set.', 'clinic-widgets' ),
				'size'  => 'small',
			),
			'lead_time'   => array(
				'label' => __( 'Lead time (minutes)', 'clinic-widgets' ),
				'help'  => __( 'How long before a start time online booking closes. Leave empty for 180 (three hours).', 'clinic-widgets' ),
				'type'  => 'number',
				'size'  => 'small',
			),
		),
	);
}

add_action( 'admin_init', 'clinic_widgets_register_settings' );
add_action( 'admin_menu', 'clinic_widgets_add_settings_page' );
add_filter( 'plugin_action_links_' . plugin_basename( CLINIC_WIDGETS_FILE ), 'clinic_widgets_action_links' );

/** Registers the option, its sections and fields with the Settings API. */
function clinic_widgets_register_settings() {
	register_setting(
		CLINIC_WIDGETS_GROUP,
		CLINIC_WIDGETS_OPTION,
		array(
			'type'              => 'array',
			'sanitize_callback' => 'clinic_widgets_sanitize_settings',
			'default'           => array(),
			'show_in_rest'      => false,
		)
	);
	$titles = array(
		'clinic'  => __( 'The clinic', 'clinic-widgets' ),
		'booking' => __( 'Booking', 'clinic-widgets' ),
	);
	foreach ( clinic_widgets_setting_fields() as $section => $fields ) {
		add_settings_section( 'clinic_widgets_' . $section, $titles[ $section ], '__return_false', CLINIC_WIDGETS_PAGE );
		foreach ( $fields as $key => $field ) {
			add_settings_field(
				'clinic_widgets_' . $key,
				$field['label'],
				'clinic_widgets_render_field',
				CLINIC_WIDGETS_PAGE,
				'clinic_widgets_' . $section,
				array(
					'label_for' => 'clinic_widgets_' . $key,
					'key'       => $key,
					'field'     => $field,
				)
			);
		}
	}
}

/** Settings → Clinic Widgets, for those who may manage options. */
function clinic_widgets_add_settings_page() {
	add_options_page(
		__( 'Clinic Widgets', 'clinic-widgets' ),
		__( 'Clinic Widgets', 'clinic-widgets' ),
		'manage_options',
		CLINIC_WIDGETS_PAGE,
		'clinic_widgets_render_settings_page'
	);
}

/**
 * A "Settings" link beside Deactivate on the Plugins screen.
 *
 * @param string[] $links The plugin's action links.
 * @return string[]
 */
function clinic_widgets_action_links( $links ) {
	if ( current_user_can( 'manage_options' ) ) {
		$url = admin_url( 'options-general.php?page=' . CLINIC_WIDGETS_PAGE );
		array_unshift( $links, '<a href="' . esc_url( $url ) . '">' . esc_html__( 'Settings', 'clinic-widgets' ) . '</a>' );
	}
	return $links;
}

/**
 * One field of the form.
 *
 * @param array $args The key, its field definition and label_for.
 */
function clinic_widgets_render_field( $args ) {
	$settings = clinic_widgets_get_settings();
	$key      = $args['key'];
	$field    = $args['field'];
	$id       = 'clinic_widgets_' . $key;
	$name     = CLINIC_WIDGETS_OPTION . '[' . $key . ']';
	$value    = $settings[ $key ];
	$control  = isset( $field['control'] ) ? $field['control'] : 'input';
	$help_id  = $id . '_help';
	$help     = isset( $field['help'] ) ? $field['help'] : '';
	$describe = '' !== $help ? ' aria-describedby="' . esc_attr( $help_id ) . '"' : '';

	if ( 'textarea' === $control ) {
		printf(
			'<textarea id="%1$s" name="%2$s" rows="4" class="large-text code"%3$s>%4$s</textarea>',
			esc_attr( $id ),
			esc_attr( $name ),
			$describe, // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- built from esc_attr() above.
			esc_textarea( str_replace( '; ', "\n", $value ) )
		);
	} elseif ( 'timezone' === $control ) {
		$zones = timezone_identifiers_list();
		if ( '' !== $value && ! in_array( $value, $zones, true ) ) {
			array_unshift( $zones, $value );
		}
		printf( '<select id="%1$s" name="%2$s"%3$s>', esc_attr( $id ), esc_attr( $name ), $describe ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped
		printf( '<option value=""%1$s>%2$s</option>', selected( $value, '', false ), esc_html__( '— The visitor’s time zone —', 'clinic-widgets' ) );
		foreach ( $zones as $zone ) {
			printf( '<option value="%1$s"%2$s>%3$s</option>', esc_attr( $zone ), selected( $value, $zone, false ), esc_html( str_replace( '_', ' ', $zone ) ) );
		}
		echo '</select>';
	} elseif ( 'provider' === $control ) {
		printf( '<select id="%1$s" name="%2$s">', esc_attr( $id ), esc_attr( $name ) );
		foreach ( clinic_widgets_provider_names() as $provider => $label ) {
			printf( '<option value="%1$s"%2$s>%3$s</option>', esc_attr( $provider ), selected( $value, $provider, false ), esc_html( $label ) );
		}
		echo '</select>';
	} else {
		$type  = isset( $field['type'] ) ? $field['type'] : 'text';
		$class = isset( $field['size'] ) && 'small' === $field['size'] ? 'small-text' : 'regular-text';
		// A URL field would refuse the {minutes} placeholder and paths: validation on save does the checking.
		printf(
			'<input type="%1$s" id="%2$s" name="%3$s" value="%4$s" class="%5$s"%6$s%7$s>',
			esc_attr( 'url' === $type ? 'text' : $type ),
			esc_attr( $id ),
			esc_attr( $name ),
			esc_attr( $value ),
			esc_attr( $class ),
			'number' === $type ? ' min="0" max="10080" step="1"' : '',
			$describe // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped
		);
	}
	if ( '' !== $help ) {
		printf( '<p class="description" id="%1$s">%2$s</p>', esc_attr( $help_id ), esc_html( $help ) );
	}
}

/** The settings page. */
function clinic_widgets_render_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	?>
	<div class="wrap">
		<h1><?php echo esc_html( get_admin_page_title() ); ?></h1>
		<p><?php esc_html_e( 'These settings apply to every Clinic Widgets block, shortcode and pasted widget on the site.', 'clinic-widgets' ); ?></p>
		<form method="post" action="options.php" novalidate>
			<?php
			settings_fields( CLINIC_WIDGETS_GROUP );
			do_settings_sections( CLINIC_WIDGETS_PAGE );
			submit_button();
			?>
		</form>
		<h2><?php esc_html_e( 'Adding the widgets', 'clinic-widgets' ); ?></h2>
		<p><?php esc_html_e( 'In the block editor, search the block inserter for Booking button, Session length picker, Symptom checker or Stretch card. In the classic editor or a page builder, use a shortcode:', 'clinic-widgets' ); ?></p>
		<ul>
			<li><code>[clinic_booking_button minutes="90"]</code></li>
			<li><code>[clinic_session_length_picker name="session"]</code></li>
			<li><code>[clinic_symptom_checker]</code></li>
			<li><code>[clinic_stretch_card stretch="hamstring"]</code></li>
		</ul>
		<p><?php esc_html_e( 'Shortcode attributes are the widgets’ own attributes, for example mode="popup" or booking-url="…".', 'clinic-widgets' ); ?></p>
	</div>
	<?php
}

/**
 * Validates every field on save. A bad value is refused with a message naming it, and the field keeps
 * its previous value; the other fields are saved.
 *
 * @param mixed $input The submitted clinic_widgets_settings array.
 * @return array<string, string>
 */
function clinic_widgets_sanitize_settings( $input ) {
	// update_option() runs this again through add_option() when the option did not exist yet:
	// report each message once.
	static $reported = false;
	$previous        = clinic_widgets_get_settings();
	if ( ! is_array( $input ) ) {
		return $previous;
	}
	$read       = function ( $key ) use ( $input ) {
		return isset( $input[ $key ] ) ? clinic_widgets_field_text( $input[ $key ] ) : '';
	};
	$validators = array(
		'clinic_name'      => function () use ( $read ) {
			return clinic_widgets_validate_text( $read( 'clinic_name' ), __( 'Clinic name', 'clinic-widgets' ) );
		},
		'phone'            => function () use ( $read ) {
			return clinic_widgets_validate_phone( $read( 'phone' ) );
		},
		'timezone'         => function () use ( $read ) {
			return clinic_widgets_validate_timezone( $read( 'timezone' ) );
		},
		'hours'            => function () use ( $input ) {
			return clinic_widgets_validate_hours( isset( $input['hours'] ) ? $input['hours'] : '' );
		},
		'locale'           => function () use ( $read ) {
			return clinic_widgets_validate_locale( $read( 'locale' ) );
		},
		'emergency_number' => function () use ( $read ) {
			return clinic_widgets_validate_emergency_number( $read( 'emergency_number' ) );
		},
		'provider'         => function () use ( $read ) {
			return clinic_widgets_validate_provider( $read( 'provider' ) );
		},
		'booking_url'      => function () use ( $input ) {
			return clinic_widgets_validate_booking_url( isset( $input['booking_url'] ) ? $input['booking_url'] : '' );
		},
		'services'         => function () use ( $read ) {
			return clinic_widgets_validate_services( $read( 'services' ) );
		},
		'sessions'         => function () use ( $read ) {
			return clinic_widgets_validate_sessions( $read( 'sessions' ) );
		},
		'currency'         => function () use ( $read ) {
			return clinic_widgets_validate_currency( $read( 'currency' ) );
		},
		'lead_time'        => function () use ( $read ) {
			return clinic_widgets_validate_lead_time( $read( 'lead_time' ) );
		},
	);

	$output   = array();
	$errors   = array();
	$warnings = array();
	foreach ( $validators as $key => $validate ) {
		list( $value, $error ) = $validate();
		if ( null !== $error ) {
			$errors[ $key ] = $error;
			$value          = $previous[ $key ];
		}
		$output[ $key ] = $value;
	}
	if ( 'link' !== $output['provider'] && '' === $output['booking_url'] ) {
		$warnings['booking_url'] = __( 'No booking URL yet: booking buttons say online booking is not available and show the phone number.', 'clinic-widgets' );
	}
	if ( '' === $output['currency'] && false !== strpos( $output['sessions'], ':' ) ) {
		$warnings['currency'] = __( 'The sessions have prices but no currency is set, so prices are not shown.', 'clinic-widgets' );
	}

	// add_settings_error() is wp-admin's: an update_option() elsewhere (a script, WP-CLI) just saves.
	if ( ! $reported && function_exists( 'add_settings_error' ) ) {
		$reported = true;
		foreach ( $errors as $key => $error ) {
			/* translators: %s: what was wrong with the value. */
			$message = sprintf( __( '%s The previous value was kept.', 'clinic-widgets' ), $error );
			add_settings_error( CLINIC_WIDGETS_OPTION, 'clinic-widgets-' . $key, $message, 'error' );
		}
		foreach ( $warnings as $key => $warning ) {
			add_settings_error( CLINIC_WIDGETS_OPTION, 'clinic-widgets-' . $key . '-note', $warning, 'warning' );
		}
		// options.php says "Settings saved." only when no message at all was added.
		if ( $errors || $warnings ) {
			$saved = $errors ? __( 'The other settings were saved.', 'clinic-widgets' ) : __( 'Settings saved.', 'clinic-widgets' );
			add_settings_error( CLINIC_WIDGETS_OPTION, 'clinic-widgets-saved', $saved, 'success' );
		}
	}
	return $output;
}
