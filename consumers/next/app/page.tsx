// A server component (prerendered by `next build`) with the README's client component in it.
import { BookingBlock } from './BookingBlock';

export default function Page() {
  return (
    <main>
      <h1>Book a massage</h1>
      <BookingBlock />
    </main>
  );
}
