import type {} from 'clinic-widgets/vue';
