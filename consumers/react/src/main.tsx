// The app tests/consumers/drive.mjs opens: the README's refs example, or (?props) the on<event> props one.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BookingBlock } from './BookingBlock';
import { ClientOnlyBookingBlock } from './ClientOnly';

const props = new URLSearchParams(location.search).has('props');
createRoot(document.getElementById('root')!).render(
  <StrictMode>{props ? <ClientOnlyBookingBlock /> : <BookingBlock />}</StrictMode>,
);
