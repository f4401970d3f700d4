/** Vite's `?worker&url` import (core/intl-warm-up.ts): the URL of a worker script the build emits. */
declare module '*?worker&url' {
  const url: string;
  export default url;
}
