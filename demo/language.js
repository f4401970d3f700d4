/* global URLSearchParams, location */
// The demo's language menu: it sets <html lang>, which the widgets follow at run time (README,
// "Languages"). `?lang=es-MX` in the address opens the page in that language. The page's own copy is
// the clinic's and stays English; the widgets' words all change.
const menu = document.getElementById('demo-language');
const requested = new URLSearchParams(location.search).get('lang');
if (requested) document.documentElement.lang = requested;
// The page's language, else the first one in the same language (`?lang=es` shows "Español (México)").
const page = document.documentElement.lang.toLowerCase();
const values = [...menu.options].map((option) => option.value);
menu.value =
  values.find((value) => value.toLowerCase() === page) ??
  values.find((value) => value.split('-')[0].toLowerCase() === page.split('-')[0]) ??
  'en-US';
menu.addEventListener('change', () => {
  document.documentElement.lang = menu.value;
});
