/* global URLSearchParams, location */
// The demo's language menu: it sets <html lang>, which the widgets follow at run time (README,
// "Languages"). `?lang=es-MX` in the address opens the page in that language. The page's own copy is
// the clinic's and stays English; the widgets' words all change.
const menu = document.getElementById('demo-language');
const requested = new URLSearchParams(location.search).get('lang');
if (requested) document.documentElement.lang = requested;
menu.value = [...menu.options].some((option) => option.value === document.documentElement.lang)
  ? document.documentElement.lang
  : 'en-US';
menu.addEventListener('change', () => {
  document.documentElement.lang = menu.value;
});
