'use client';
import { useEffect, useRef } from 'react';
import 'clinic-widgets';
import 'clinic-widgets/clinic-widgets.css'; // no jump while the widgets load (Next.js: import it in the root layout)
import type { BookingButton, SessionLengthPicker } from 'clinic-widgets';

export function BookingBlock() {
  const picker = useRef<SessionLengthPicker>(null);
  const button = useRef<BookingButton>(null);

  // React does not attach on<event> props to custom elements during hydration: listen through refs.
  useEffect(() => {
    const pickerElement = picker.current;
    const buttonElement = button.current;
    if (!pickerElement || !buttonElement) return;
    const onChange = () => console.log(pickerElement.value);
    const onBookingOpen = (event: CustomEvent<{ url: string }>) => console.log(event.detail.url);
    pickerElement.addEventListener('change', onChange);
    buttonElement.addEventListener('booking-open', onBookingOpen);
    return () => {
      pickerElement.removeEventListener('change', onChange);
      buttonElement.removeEventListener('booking-open', onBookingOpen);
    };
  }, []);

  return (
    <clinic-provider
      timezone="America/Anchorage"
      sessions="60:95, 90:135"
      currency="USD"
      provider="calcom"
      booking-url="https://cal.com/harbour-street-massage/massage"
    >
      <session-length-picker ref={picker} name="session" />
      <booking-button ref={button} mode="popup" />
    </clinic-provider>
  );
}
