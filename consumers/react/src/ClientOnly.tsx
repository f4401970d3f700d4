import 'clinic-widgets';

// Rendered on the client only (no server rendering, no hydration): React 19 attaches on<event> props.
export function ClientOnlyBookingBlock() {
  return (
    <clinic-provider
      timezone="America/Anchorage"
      sessions="60:95, 90:135"
      currency="USD"
      provider="calcom"
      booking-url="https://cal.com/harbour-street-massage/massage"
    >
      <session-length-picker name="session" onchange={(e) => console.log(e.target.value)} />
      <booking-button mode="popup" onbooking-open={(e) => console.log(e.detail.url)} title="Book" tabIndex={0} />
    </clinic-provider>
  );
}
