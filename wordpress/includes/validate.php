<?php
/**
 * The clinic settings' rules, as `<clinic-provider>` applies them (src/core/parse.ts, sessions.ts,
 * hours.ts, settings.ts), so that a value the element would ignore with a console warning is refused
 * on save with a message instead. Each validator returns array( value, error ): the normalised value
 * ('' for empty), or an error message and null.
 *
 * @package ClinicWidgets
 */

defined( 'ABSPATH' ) || exit;

/** Longest inputs the element reads, in characters (src/core/parse.ts MAX_LENGTH). */
const CLINIC_WIDGETS_MAX_TEXT = 200;
const CLINIC_WIDGETS_MAX_LIST = 500;
const CLINIC_WIDGETS_MAX_URL  = 2048;

/** The longest session the element accepts (src/core/sessions.ts MAX_SESSION_MINUTES). */
const CLINIC_WIDGETS_MAX_SESSION = 480;

/**
 * Text from a form field: a string, trimmed, without tags or line breaks.
 *
 * @param mixed $value The submitted value.
 * @return string
 */
function clinic_widgets_field_text( $value ) {
	return is_scalar( $value ) ? trim( sanitize_text_field( (string) $value ) ) : '';
}

/**
 * Plain text up to 200 characters (the clinic's name, the phone number).
 *
 * @param string $text  Sanitised text.
 * @param string $label The field's label, for the message.
 * @return array
 */
function clinic_widgets_validate_text( $text, $label ) {
	if ( strlen( $text ) > CLINIC_WIDGETS_MAX_TEXT ) {
		/* translators: 1: field label, 2: maximum number of characters. */
		return array( null, sprintf( __( '%1$s is longer than %2$d characters.', 'clinic-widgets' ), $label, CLINIC_WIDGETS_MAX_TEXT ) );
	}
	return array( $text, null );
}

/**
 * A phone number as people write it (`(907) 555-0142 ext. 2`): anything with at least two digits.
 *
 * @param string $text Sanitised text.
 * @return array
 */
function clinic_widgets_validate_phone( $text ) {
	if ( '' === $text ) {
		return array( '', null );
	}
	if ( strlen( $text ) > CLINIC_WIDGETS_MAX_TEXT || ! preg_match( '/\d.*\d/', $text ) ) {
		/* translators: %s: the phone number as entered. */
		return array( null, sprintf( __( 'Phone: “%s” is not a phone number. Write it as people dial it, for example (907) 555-0142 or +44 20 7946 0958.', 'clinic-widgets' ), $text ) );
	}
	return array( $text, null );
}

/**
 * An IANA time zone (`America/Anchorage`), in the spelling of PHP's time zone list.
 *
 * @param string $text Sanitised text.
 * @return array
 */
function clinic_widgets_validate_timezone( $text ) {
	if ( '' === $text ) {
		return array( '', null );
	}
	foreach ( timezone_identifiers_list( DateTimeZone::ALL_WITH_BC ) as $zone ) {
		if ( 0 === strcasecmp( $zone, $text ) ) {
			return array( $zone, null );
		}
	}
	/* translators: %s: the time zone as entered. */
	return array( null, sprintf( __( 'Time zone: “%s” is not a time zone name. Choose one from the list, for example America/Anchorage or Europe/London.', 'clinic-widgets' ), $text ) );
}

/**
 * Days like `Mo-Fr` or `Mo,We,Fr` (ranges may wrap round the week), as Monday-based indexes, or null.
 *
 * @param string $text The days part of a rule.
 * @return int[]|null
 */
function clinic_widgets_parse_days( $text ) {
	static $codes = array( 'mo', 'tu', 'we', 'th', 'fr', 'sa', 'su' );
	if ( ! preg_match( '/^[a-z][a-z,\s-]*$/i', $text ) ) {
		return null;
	}
	$days = array();
	foreach ( explode( ',', $text ) as $item ) {
		$ends = array();
		foreach ( explode( '-', $item ) as $code ) {
			$index  = array_search( strtolower( substr( trim( $code ), 0, 2 ) ), $codes, true );
			$ends[] = false === $index ? -1 : $index;
		}
		if ( count( $ends ) > 2 || min( $ends ) < 0 ) {
			return null;
		}
		$from = $ends[0];
		$to   = isset( $ends[1] ) ? $ends[1] : $from;
		for ( $day = $from; ; $day = ( $day + 1 ) % 7 ) {
			$days[ $day ] = true;
			if ( $day === $to ) {
				break;
			}
		}
	}
	return array_keys( $days );
}

/**
 * `09:00` as minutes after midnight (up to 24:00), or null.
 *
 * @param string $text A time of day.
 * @return int|null
 */
function clinic_widgets_parse_clock( $text ) {
	if ( ! preg_match( '/^(\d\d?):([0-5]\d)$/', trim( $text ), $match ) ) {
		return null;
	}
	$total = (int) $match[1] * 60 + (int) $match[2];
	return $total <= 24 * 60 ? $total : null;
}

/**
 * `09:00-12:00,13:00-17:00` as a list of array( open, close ), `off`/`closed` as an empty list, or null.
 *
 * @param string $text The times part of a rule.
 * @return array|null
 */
function clinic_widgets_parse_intervals( $text ) {
	if ( preg_match( '/^(off|closed)$/i', $text ) ) {
		return array();
	}
	$intervals = array();
	foreach ( explode( ',', $text ) as $item ) {
		$ends = array_map( 'clinic_widgets_parse_clock', explode( '-', $item ) );
		if ( 2 !== count( $ends ) || null === $ends[0] || null === $ends[1] || $ends[1] <= $ends[0] ) {
			return null;
		}
		$intervals[] = $ends;
	}
	return $intervals;
}

/**
 * Opening hours in schema.org openingHours syntax, read as src/core/hours.ts reads them: the week as
 * seven lists of intervals (Monday first), or null when any rule cannot be read.
 *
 * @param string $text Rules separated by `;` or new lines.
 * @return array|null
 */
function clinic_widgets_parse_hours( $text ) {
	$week  = array_fill( 0, 7, array() );
	$rules = array_filter( array_map( 'trim', preg_split( '/[;\n]/', $text ) ), 'strlen' );
	foreach ( $rules as $rule ) {
		if ( ! preg_match( '/\d|off|closed/i', $rule, $match, PREG_OFFSET_CAPTURE ) ) {
			return null;
		}
		$at        = $match[0][1];
		$day_text  = trim( substr( $rule, 0, $at ) );
		$days      = clinic_widgets_parse_days( '' === $day_text ? 'mo-su' : $day_text );
		$intervals = clinic_widgets_parse_intervals( trim( substr( $rule, $at ) ) );
		if ( null === $days || null === $intervals || ( '' !== $day_text && ! preg_match( '/\s$/', substr( $rule, 0, $at ) ) ) ) {
			return null;
		}
		foreach ( $days as $day ) {
			$week[ $day ] = $intervals;
		}
	}
	return $rules ? $week : null;
}

/**
 * Opening hours, one rule per line or separated by `;`; stored with `; ` between rules.
 *
 * @param mixed $value The submitted text (new lines allowed).
 * @return array
 */
function clinic_widgets_validate_hours( $value ) {
	$text  = is_scalar( $value ) ? (string) $value : '';
	$rules = array_filter( array_map( 'clinic_widgets_field_text', preg_split( '/[;\r\n]+/', $text ) ), 'strlen' );
	$text  = implode( '; ', $rules );
	if ( '' === $text ) {
		return array( '', null );
	}
	if ( strlen( $text ) > CLINIC_WIDGETS_MAX_LIST ) {
		/* translators: %d: maximum number of characters. */
		return array( null, sprintf( __( 'Opening hours are longer than %d characters.', 'clinic-widgets' ), CLINIC_WIDGETS_MAX_LIST ) );
	}
	foreach ( $rules as $rule ) {
		if ( null === clinic_widgets_parse_hours( $rule ) ) {
			return array(
				null,
				/* translators: %s: the rule that could not be read. */
				sprintf( __( 'Opening hours: “%s” could not be read. Write days, a space, then times, for example Mo-Fr 09:00-19:00; Sa 10:00-16:00; Su closed.', 'clinic-widgets' ), $rule ),
			);
		}
	}
	return array( $text, null );
}

/**
 * A whole number of minutes from 0 to a week: the booking lead time.
 *
 * @param string $text Sanitised text.
 * @return array
 */
function clinic_widgets_validate_lead_time( $text ) {
	if ( '' === $text ) {
		return array( '', null );
	}
	if ( ! preg_match( '/^\d{1,5}$/', $text ) || (int) $text > 7 * 24 * 60 ) {
		/* translators: %s: the value as entered. */
		return array( null, sprintf( __( 'Lead time: “%s” is not a whole number of minutes from 0 to 10080 (a week).', 'clinic-widgets' ), $text ) );
	}
	return array( (string) (int) $text, null );
}

/**
 * A list of `minutes` or `minutes:something` items, as src/core/sessions.ts reads it. Every item must
 * match `$pattern` (minutes in group 1) with minutes from 1 to 480, and no length may repeat.
 *
 * @param string $text    Sanitised text.
 * @param string $pattern Anchored pattern for one item.
 * @param string $label   The field's label.
 * @param string $example An example of a good item.
 * @return array
 */
function clinic_widgets_validate_lengths( $text, $pattern, $label, $example ) {
	if ( '' === $text ) {
		return array( '', null );
	}
	if ( strlen( $text ) > CLINIC_WIDGETS_MAX_LIST ) {
		/* translators: 1: field label, 2: maximum number of characters. */
		return array( null, sprintf( __( '%1$s is longer than %2$d characters.', 'clinic-widgets' ), $label, CLINIC_WIDGETS_MAX_LIST ) );
	}
	$items = array();
	$seen  = array();
	foreach ( array_filter( array_map( 'trim', explode( ',', $text ) ), 'strlen' ) as $item ) {
		if ( ! preg_match( $pattern, $item, $match ) || (int) $match[1] < 1 || (int) $match[1] > CLINIC_WIDGETS_MAX_SESSION ) {
			/* translators: 1: field label, 2: the item that is wrong, 3: an example of a good item. */
			return array( null, sprintf( __( '%1$s: “%2$s” is not valid. Write each length in minutes (1 to 480), for example %3$s.', 'clinic-widgets' ), $label, $item, $example ) );
		}
		$minutes = (int) $match[1];
		if ( isset( $seen[ $minutes ] ) ) {
			/* translators: 1: field label, 2: a number of minutes. */
			return array( null, sprintf( __( '%1$s: %2$d minutes is listed twice.', 'clinic-widgets' ), $label, $minutes ) );
		}
		$seen[ $minutes ] = true;
		$items[]          = preg_replace( '/\s*:\s*/', ':', $item );
	}
	return array( implode( ', ', $items ), null );
}

/**
 * Session lengths with optional prices: `60:95, 90:135`.
 *
 * @param string $text Sanitised text.
 * @return array
 */
function clinic_widgets_validate_sessions( $text ) {
	return clinic_widgets_validate_lengths(
		$text,
		'/^(\d{1,3})\s*(?::\s*(\d{1,7}(?:\.\d{1,2})?))?$/',
		__( 'Sessions and prices', 'clinic-widgets' ),
		'60:95, 90:135'
	);
}

/**
 * The booking system's id per length: `60:1234, 90:massage-90`.
 *
 * @param string $text Sanitised text.
 * @return array
 */
function clinic_widgets_validate_services( $text ) {
	return clinic_widgets_validate_lengths(
		$text,
		'/^(\d{1,3})\s*:\s*(\S{1,100})$/',
		__( 'Service ids', 'clinic-widgets' ),
		'60:1234, 90:1235'
	);
}

/**
 * An ISO 4217 currency code, upper case.
 *
 * @param string $text Sanitised text.
 * @return array
 */
function clinic_widgets_validate_currency( $text ) {
	$code = strtoupper( $text );
	if ( '' === $code || preg_match( '/^[A-Z]{3}$/', $code ) ) {
		return array( $code, null );
	}
	/* translators: %s: the value as entered. */
	return array( null, sprintf( __( 'Currency: “%s” is not a three-letter ISO 4217 code such as USD, EUR or GBP.', 'clinic-widgets' ), $text ) );
}

/**
 * A BCP 47 language tag (`en-US`); WordPress's own `en_US` spelling is accepted and written with `-`.
 *
 * @param string $text Sanitised text.
 * @return array
 */
function clinic_widgets_validate_locale( $text ) {
	$tag = str_replace( '_', '-', $text );
	if ( '' === $tag ) {
		return array( '', null );
	}
	if ( strlen( $tag ) <= CLINIC_WIDGETS_MAX_TEXT && preg_match( '/^[a-z]{2,3}(-[a-z]{4})?(-(?:[a-z]{2}|\d{3}))?(-(?:[a-z\d]{5,8}|\d[a-z\d]{3}))*$/i', $tag ) ) {
		$parts    = explode( '-', $tag );
		$parts[0] = strtolower( $parts[0] );
		foreach ( $parts as $i => $part ) {
			if ( $i > 0 && 4 === strlen( $part ) && ctype_alpha( $part ) ) {
				$parts[ $i ] = ucfirst( strtolower( $part ) );
			} elseif ( $i > 0 && 2 === strlen( $part ) ) {
				$parts[ $i ] = strtoupper( $part );
			} elseif ( $i > 0 ) {
				$parts[ $i ] = strtolower( $part );
			}
		}
		return array( implode( '-', $parts ), null );
	}
	/* translators: %s: the value as entered. */
	return array( null, sprintf( __( 'Language: “%s” is not a language tag. Write it like en-US, fr-CA or de.', 'clinic-widgets' ), $text ) );
}

/**
 * One of the booking systems.
 *
 * @param string $text Sanitised text.
 * @return array
 */
function clinic_widgets_validate_provider( $text ) {
	$provider = strtolower( $text );
	if ( '' === $provider ) {
		return array( 'link', null );
	}
	if ( in_array( $provider, CLINIC_WIDGETS_PROVIDERS, true ) ) {
		return array( $provider, null );
	}
	/* translators: %s: the value as entered. */
	return array( null, sprintf( __( 'Booking system: “%s” is not one the widgets know.', 'clinic-widgets' ), $text ) );
}

/**
 * The clinic's booking page: an http(s) URL, or a path on this site.
 *
 * @param mixed $value The submitted value.
 * @return array
 */
function clinic_widgets_validate_booking_url( $value ) {
	$text = is_scalar( $value ) ? trim( (string) $value ) : '';
	if ( '' === $text ) {
		return array( '', null );
	}
	$url = clinic_widgets_clean_url( $text );
	if ( '' === $url ) {
		return array(
			null,
			/* translators: %s: the value as entered. */
			sprintf( __( 'Booking URL: “%s” is not a web address. It must start with https:// (or http://, or / for a page on this site).', 'clinic-widgets' ), sanitize_text_field( $text ) ),
		);
	}
	return array( $url, null );
}

/**
 * The emergency number: 2 to 6 digits, optionally after a `+`.
 *
 * @param string $text Sanitised text.
 * @return array
 */
function clinic_widgets_validate_emergency_number( $text ) {
	$number = preg_replace( '/\s+/', '', $text );
	if ( '' === $number || preg_match( '/^\+?\d{2,6}$/', $number ) ) {
		return array( $number, null );
	}
	/* translators: %s: the value as entered. */
	return array( null, sprintf( __( 'Emergency number: “%s” is not a short emergency number such as 911, 999, 112 or 000.', 'clinic-widgets' ), $text ) );
}
