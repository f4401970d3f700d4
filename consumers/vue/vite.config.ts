import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

const tags = ['clinic-provider', 'session-length-picker', 'booking-button', 'symptom-checker', 'stretch-card'];

export default defineConfig({
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tags.includes(tag) } } })],
});
