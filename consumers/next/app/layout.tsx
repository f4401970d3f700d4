import type { ReactNode } from 'react';
import 'clinic-widgets/clinic-widgets.css';

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
