import type {} from 'clinic-widgets/jsx';
