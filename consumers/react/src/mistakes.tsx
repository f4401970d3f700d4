// Every line marked "error" must fail `tsc` (tests/consumers/run.sh checks each one is reported).
import 'clinic-widgets';

export function Mistakes() {
  return (
    <>
      <booking-button mode="sideways" /> {/* error: mode */}
      <stretch-card stretch="not-a-stretch" /> {/* error: stretch */}
      <booking-button onbooking-open={(e) => console.log(e.detail.nope)} /> {/* error: nope */}
      <booking-button hint="maybe" /> {/* error: hint */}
    </>
  );
}
