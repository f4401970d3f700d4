<?php
/**
 * The plugin's PHP, inside a real WordPress with the plugin active: the settings validators (the same
 * rules as <clinic-provider>), shortcode and block markup, and kses for a user without unfiltered_html.
 * Usage: php tests/wordpress/unit.php /path/to/site           (prints "N passed, N failed")
 *        php tests/wordpress/unit.php /path/to/site --spec    (prints the element table as JSON)
 *
 * @package ClinicWidgets
 */

if ( PHP_SAPI !== 'cli' || ! isset( $argv[1] ) ) {
	exit( 1 );
}
require $argv[1] . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/template.php';

if ( in_array( '--spec', $argv, true ) ) {
	$kses = wp_kses_allowed_html( 'post' );
	$out  = array();
	foreach ( clinic_widgets_elements() as $tag => $attributes ) {
		$out[ $tag ] = array(
			'attributes' => array_keys( $attributes ),
			'kses'       => isset( $kses[ $tag ] ) ? array_keys( $kses[ $tag ] ) : array(),
		);
	}
	echo wp_json_encode( $out );
	exit( 0 );
}

$passed = 0;
$failed = 0;

/**
 * Records one check.
 *
 * @param string $name   What is checked.
 * @param mixed  $actual The result.
 * @param mixed  $expect The expected result.
 */
function check( $name, $actual, $expect ) {
	global $passed, $failed;
	if ( $actual === $expect ) {
		++$passed;
		echo "ok - $name\n";
	} else {
		++$failed;
		echo "not ok - $name\n    expected: " . var_export( $expect, true ) . "\n    actual:   " . var_export( $actual, true ) . "\n";
	}
}

/** The value a validator keeps, or 'ERROR' when it refuses the input. */
function valid( $result ) {
	return null === $result[1] ? $result[0] : 'ERROR';
}

// Opening hours: src/core/hours.ts's rules.
check( 'hours: two rules', valid( clinic_widgets_validate_hours( 'Mo-Fr 09:00-19:00; Sa 10:00-16:00' ) ), 'Mo-Fr 09:00-19:00; Sa 10:00-16:00' );
check( 'hours: one rule per line is stored with ;', valid( clinic_widgets_validate_hours( "Mo-Fr 09:00-19:00\r\nSa 10:00-16:00\n\nSu closed" ) ), 'Mo-Fr 09:00-19:00; Sa 10:00-16:00; Su closed' );
check( 'hours: lists, wrapping ranges, split days', valid( clinic_widgets_validate_hours( 'Mo,We 09:00-12:00,13:00-17:00; Fr-Mo 10:00-14:00; Tu off' ) ), 'Mo,We 09:00-12:00,13:00-17:00; Fr-Mo 10:00-14:00; Tu off' );
check( 'hours: a rule without days means every day', valid( clinic_widgets_validate_hours( '09:00-17:00' ) ), '09:00-17:00' );
check( 'hours: up to 24:00', valid( clinic_widgets_validate_hours( 'Sa 00:00-24:00' ) ), 'Sa 00:00-24:00' );
check( 'hours: 9-19 is refused', valid( clinic_widgets_validate_hours( 'Mo-Fr 9-19' ) ), 'ERROR' );
check( 'hours: closing before opening is refused', valid( clinic_widgets_validate_hours( 'Mo 17:00-09:00' ) ), 'ERROR' );
check( 'hours: 24:30 is refused', valid( clinic_widgets_validate_hours( 'Mo 09:00-24:30' ) ), 'ERROR' );
check( 'hours: days glued to times are refused', valid( clinic_widgets_validate_hours( 'Mo09:00-17:00' ) ), 'ERROR' );
check( 'hours: an unknown day is refused', valid( clinic_widgets_validate_hours( 'Xy 09:00-17:00' ) ), 'ERROR' );
check( 'hours: words are refused', valid( clinic_widgets_validate_hours( 'weekdays nine to five' ) ), 'ERROR' );
check( 'hours: empty is allowed', valid( clinic_widgets_validate_hours( '' ) ), '' );
check( 'hours: over 500 characters is refused', valid( clinic_widgets_validate_hours( str_repeat( 'Mo 09:00-10:00; ', 40 ) ) ), 'ERROR' );
check( 'hours parser: Fr-Mo covers Fr, Sa, Su, Mo', array_keys( array_filter( clinic_widgets_parse_hours( 'Fr-Mo 10:00-14:00' ) ) ), array( 0, 4, 5, 6 ) );
check( 'hours parser: a later rule replaces an earlier one', clinic_widgets_parse_hours( 'Mo-Sa 09:00-17:00; Sa off' )[5], array() );

// Sessions and service ids: src/core/sessions.ts.
check( 'sessions: minutes and prices', valid( clinic_widgets_validate_sessions( '60:95, 90 : 135,  30' ) ), '60:95, 90:135, 30' );
check( 'sessions: cents', valid( clinic_widgets_validate_sessions( '45:59.50' ) ), '45:59.50' );
check( 'sessions: a word is refused', valid( clinic_widgets_validate_sessions( '60:95, abc' ) ), 'ERROR' );
check( 'sessions: over 480 minutes is refused', valid( clinic_widgets_validate_sessions( '500' ) ), 'ERROR' );
check( 'sessions: 0 minutes is refused', valid( clinic_widgets_validate_sessions( '0:10' ) ), 'ERROR' );
check( 'sessions: a negative price is refused', valid( clinic_widgets_validate_sessions( '60:-5' ) ), 'ERROR' );
check( 'sessions: a repeated length is refused', valid( clinic_widgets_validate_sessions( '60:95, 60:100' ) ), 'ERROR' );
check( 'services: ids per length', valid( clinic_widgets_validate_services( '60:1234, 90:massage-90' ) ), '60:1234, 90:massage-90' );
check( 'services: a length without an id is refused', valid( clinic_widgets_validate_services( '60' ) ), 'ERROR' );

// One value each.
check( 'currency: upper-cased', valid( clinic_widgets_validate_currency( 'usd' ) ), 'USD' );
check( 'currency: dollars is refused', valid( clinic_widgets_validate_currency( 'dollars' ) ), 'ERROR' );
check( 'time zone: IANA name in PHP spelling', valid( clinic_widgets_validate_timezone( 'america/anchorage' ) ), 'America/Anchorage' );
check( 'time zone: Mars/Olympus is refused', valid( clinic_widgets_validate_timezone( 'Mars/Olympus' ) ), 'ERROR' );
check( 'locale: en_US becomes en-US', valid( clinic_widgets_validate_locale( 'en_us' ) ), 'en-US' );
check( 'locale: script and region', valid( clinic_widgets_validate_locale( 'ZH-hant-tw' ) ), 'zh-Hant-TW' );
check( 'locale: English is refused', valid( clinic_widgets_validate_locale( 'English' ) ), 'ERROR' );
check( 'lead time: 0 to 10080', valid( clinic_widgets_validate_lead_time( '0' ) ) . '/' . valid( clinic_widgets_validate_lead_time( '10080' ) ), '0/10080' );
check( 'lead time: 10081, -5 and 1.5 are refused', valid( clinic_widgets_validate_lead_time( '10081' ) ) . valid( clinic_widgets_validate_lead_time( '-5' ) ) . valid( clinic_widgets_validate_lead_time( '1.5' ) ), 'ERRORERRORERROR' );
check( 'emergency number: 911, +112, 000', valid( clinic_widgets_validate_emergency_number( '911' ) ) . valid( clinic_widgets_validate_emergency_number( '+112' ) ) . valid( clinic_widgets_validate_emergency_number( '000' ) ), '911+112000' );
check( 'emergency number: 9-1-1 and a long number are refused', valid( clinic_widgets_validate_emergency_number( '9-1-1' ) ) . valid( clinic_widgets_validate_emergency_number( '1234567' ) ), 'ERRORERROR' );
check( 'provider: calcom; empty means link', valid( clinic_widgets_validate_provider( 'CalCom' ) ) . '/' . valid( clinic_widgets_validate_provider( '' ) ), 'calcom/link' );
check( 'provider: an unknown system is refused', valid( clinic_widgets_validate_provider( 'mindbody' ) ), 'ERROR' );
check( 'booking URL: https, a path, {minutes} kept', valid( clinic_widgets_validate_booking_url( ' https://clinic.example/book?length={minutes} ' ) ) . ' ' . valid( clinic_widgets_validate_booking_url( '/book' ) ), 'https://clinic.example/book?length={minutes} /book' );
check(
	'booking URL: javascript:, data:, //host, ftp: and spaces are refused',
	array_map(
		'valid',
		array_map( 'clinic_widgets_validate_booking_url', array( 'javascript:alert(1)', 'data:text/html,x', '//evil.example/x', 'ftp://x.example', 'https://x.example/a b' ) )
	),
	array_fill( 0, 5, 'ERROR' )
);
check( 'phone: as written', valid( clinic_widgets_validate_phone( '(907) 555-0142 ext. 2' ) ), '(907) 555-0142 ext. 2' );
check( 'phone: no digits is refused', valid( clinic_widgets_validate_phone( 'call us' ) ), 'ERROR' );
check( 'clinic name: over 200 characters is refused', valid( clinic_widgets_validate_text( str_repeat( 'a', 201 ), 'Clinic name' ) ), 'ERROR' );

// Sanitising a whole submission: bad fields keep their previous value, good ones are saved.
update_option( CLINIC_WIDGETS_OPTION, array( 'booking_url' => 'https://cal.com/old' ) );
$saved = clinic_widgets_sanitize_settings(
	array(
		'clinic_name' => ' <b>Harbour</b> Street ',
		'booking_url' => 'javascript:alert(1)',
		'provider'    => 'calcom',
		'currency'    => 'eur',
		'hours'       => array( 'not', 'text' ),
	)
);
check( 'sanitize: tags stripped, bad URL keeps the previous one', array( $saved['clinic_name'], $saved['booking_url'], $saved['currency'], $saved['hours'] ), array( 'Harbour Street', 'https://cal.com/old', 'EUR', '' ) );
check( 'sanitize: a non-array submission keeps everything', clinic_widgets_sanitize_settings( 'x' )['booking_url'], 'https://cal.com/old' );
$codes = wp_list_pluck( get_settings_errors( CLINIC_WIDGETS_OPTION ), 'type', 'code' );
check( 'sanitize: an error for the URL and "the other settings were saved"', array( $codes['clinic-widgets-booking_url'], $codes['clinic-widgets-saved'] ), array( 'error', 'success' ) );
delete_option( CLINIC_WIDGETS_OPTION );

// The widgets' language: the Language setting, else the site's as a language tag (as in <html lang>).
$with_site_locale = function ( $wp_locale, $read ) {
	$filter = function () use ( $wp_locale ) {
		return $wp_locale;
	};
	add_filter( 'locale', $filter );
	$result = $read();
	remove_filter( 'locale', $filter );
	return $result;
};
check(
	'site language: es_ES, fr_CA, de_DE_formal, pt_PT_ao90 and en_US as language tags',
	array_map(
		function ( $wp_locale ) use ( $with_site_locale ) {
			return $with_site_locale( $wp_locale, 'clinic_widgets_site_locale' );
		},
		array( 'es_ES', 'fr_CA', 'de_DE_formal', 'pt_PT_ao90', 'en_US' )
	),
	array( 'es-ES', 'fr-CA', 'de-DE-formal', 'pt-PT', 'en-US' )
);
$provider_locale = function () {
	$attributes = clinic_widgets_provider_attributes();
	return isset( $attributes['locale'] ) ? $attributes['locale'] : null;
};
update_option( CLINIC_WIDGETS_OPTION, array( 'locale' => '' ) );
check( 'provider: no Language setting on a Spanish site means locale="es-ES"', $with_site_locale( 'es_ES', $provider_locale ), 'es-ES' );
check( 'provider: no Language setting on a French Canadian site means locale="fr-CA"', $with_site_locale( 'fr_CA', $provider_locale ), 'fr-CA' );
update_option( CLINIC_WIDGETS_OPTION, array( 'locale' => 'en-GB' ) );
check( 'provider: the Language setting wins over the site language', $with_site_locale( 'es_ES', $provider_locale ), 'en-GB' );
delete_option( CLINIC_WIDGETS_OPTION );
// The packs' file names carry a content hash (vite.config.ts): the one the plugin ships, whatever it is.
$pack_url = function ( $language ) {
	$files = glob( dirname( CLINIC_WIDGETS_FILE ) . '/assets/locales/' . $language . '-*.js' );
	return plugins_url( 'assets/locales/' . basename( $files[0] ), CLINIC_WIDGETS_FILE );
};
check(
	'the language pack is preloaded for es-MX and fr, not for en-US or a language without one',
	array_map( 'clinic_widgets_strings_preload', array( 'es-MX', 'fr', 'en-US', 'de', '' ) ),
	array(
		'<link rel="modulepreload" href="' . $pack_url( 'es' ) . '">' . "\n",
		'<link rel="modulepreload" href="' . $pack_url( 'fr' ) . '">' . "\n",
		'',
		'',
		'',
	)
);

// Shortcodes: attribute spellings, bare booleans, bad values dropped, everything escaped.
check(
	'shortcode: booking button, attributes in any spelling',
	do_shortcode( '[clinic_booking_button minutes="90" MODE="Popup" booking_url="https://cal.com/x?a=1&b=2" bogus="1"]' ),
	'<booking-button minutes="90" mode="popup" booking-url="https://cal.com/x?a=1&amp;b=2"></booking-button>'
);
check(
	'shortcode: bad values are left out',
	do_shortcode( '[clinic_booking_button minutes="abc" mode="window" booking-url="javascript:alert(1)" hint="maybe"]' ),
	'<booking-button></booking-button>'
);
check( 'shortcode: enclosed text is the label', do_shortcode( '[clinic_booking_button]Book <b>"now"</b>[/clinic_booking_button]' ), '<booking-button label="Book &quot;now&quot;"></booking-button>' );
check( 'shortcode: stretch card with a bare boolean', do_shortcode( '[clinic_stretch_card stretch="figure-four" compact sound="no" heading-level="9"]' ), '<stretch-card stretch="figure-four" compact></stretch-card>' );
check( 'shortcode: picker', do_shortcode( '[clinic_session_length_picker name="session" required="true" value="60"]' ), '<session-length-picker name="session" value="60" required></session-length-picker>' );
check( 'shortcode: symptom checker', do_shortcode( '[clinic_symptom_checker emergency_number="999" remember]' ), '<symptom-checker emergency-number="999" remember></symptom-checker>' );
check( 'shortcode: attribute values are escaped', do_shortcode( '[clinic_booking_button label=\'x" onclick="alert(1)\']' ), '<booking-button label="x&quot; onclick=&quot;alert(1)"></booking-button>' );

// Blocks: server-side markup from block attributes.
$block = render_block(
	array(
		'blockName'    => 'clinic-widgets/booking-button',
		'attrs'        => array(
			'minutes'    => 90,
			'mode'       => 'popup',
			'bookingUrl' => 'javascript:alert(1)',
			'className'  => 'my-class',
		),
		'innerBlocks'  => array(),
		'innerHTML'    => '',
		'innerContent' => array(),
	)
);
// The wrapper's class order differs between WordPress versions.
$classes = preg_match( '#^<div class="([^"]*)">#', $block, $match ) ? explode( ' ', $match[1] ) : array();
sort( $classes );
check( 'block: booking button markup', array( $classes, preg_replace( '#^<div class="[^"]*">#', '<div>', $block ) ), array( array( 'my-class', 'wp-block-clinic-widgets-booking-button' ), '<div><booking-button minutes="90" mode="popup"></booking-button></div>' ) );
$block = render_block(
	array(
		'blockName'    => 'clinic-widgets/stretch-card',
		'attrs'        => array(),
		'innerBlocks'  => array(),
		'innerHTML'    => '',
		'innerContent' => array(),
	)
);
check( 'block: stretch card defaults to the hamstring stretch', $block, '<div class="wp-block-clinic-widgets-stretch-card"><stretch-card stretch="hamstring"></stretch-card></div>' );
check( 'blocks: all four are registered', array_values( array_filter( array_map( 'strval', array_keys( WP_Block_Type_Registry::get_instance()->get_all_registered() ) ), function ( $name ) {
	return 0 === strpos( $name, 'clinic-widgets/' );
} ) ), array( 'clinic-widgets/booking-button', 'clinic-widgets/session-length-picker', 'clinic-widgets/symptom-checker', 'clinic-widgets/stretch-card' ) );

// kses as for an author (no unfiltered_html): the tags and their attributes stay, the rest goes.
$pasted = '<clinic-provider currency="USD" style="color:red"><booking-button minutes="90" onclick="alert(1)" booking-url="javascript:alert(2)" class="x" data-x="1">Go</booking-button></clinic-provider>'
	. '<session-length-picker name="s" required><span slot="description-60" onmouseover="x">Back</span></session-length-picker><script>alert(3)</script>'
	. '<stretch-card stretch="hamstring" compact sound hold="30"></stretch-card><symptom-checker remember emergency-number="999"></symptom-checker>';
check(
	'kses: widget tags and documented attributes kept; onclick, style, data-, script and javascript: removed',
	wp_kses_post( $pasted ),
	'<clinic-provider currency="USD"><booking-button minutes="90" booking-url="alert(2)" class="x">Go</booking-button></clinic-provider>'
		. '<session-length-picker name="s" required><span slot="description-60">Back</span></session-length-picker>alert(3)'
		. '<stretch-card stretch="hamstring" compact sound hold="30"></stretch-card><symptom-checker remember emergency-number="999"></symptom-checker>'
);
check( 'kses: other contexts are unchanged', wp_kses( '<booking-button></booking-button>', 'data' ), '' );

echo "$passed passed, $failed failed\n";
exit( $failed ? 1 : 0 );
