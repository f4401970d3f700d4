'use client';
import { useEffect, useRef } from 'react';
import 'clinic-widgets';
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
    <clinic-provider timezone="America/Anchorage" sessions="60:95, 90:135" currency="USD">
      <session-length-picker ref={picker} name="session" />
      <booking-button ref={button} mode="popup" />
    </clinic-provider>
  );
}
