/*
 * Parflow: the Camunda webapps speak Vietnamese whatever the browser's language, and English is one click away.
 *
 * Loaded by every app's scripts/config.js (customScripts: ['../parflow/locale']) after the config and before
 * AngularJS starts: the language chosen here (localStorage "parflow.locale", Vietnamese unless the person chose
 * English) becomes the app's only locale, so angular-translate loads locales/vi.json (or en.json) and moment's
 * date locale with it. The link at the bottom right switches and reloads the page.
 */
const KEY = 'parflow.locale';
const LANGUAGES = { vi: 'Tiếng Việt', en: 'English' };

function chosen() {
  try {
    const value = window.localStorage.getItem(KEY);
    return value in LANGUAGES ? value : 'vi';
  } catch (e) {
    return 'vi';
  }
}

const app = document.querySelector('base').getAttribute('app-name');
const conf = window['cam' + app.charAt(0).toUpperCase() + app.slice(1) + 'Conf'];
const locale = chosen();
if (conf) {
  const offered = (conf.locales && conf.locales.availableLocales) || ['vi', 'en'];
  if (offered.indexOf(locale) > -1) {
    conf.locales = { availableLocales: [locale], fallbackLocale: locale };
  }
}
document.documentElement.lang = locale;

function addSwitch() {
  if (document.getElementById('parflow-locale')) {
    return;
  }
  const other = locale === 'vi' ? 'en' : 'vi';
  const link = document.createElement('a');
  link.id = 'parflow-locale';
  link.href = '#';
  link.lang = other;
  link.textContent = LANGUAGES[other];
  link.title = other === 'en' ? 'Show the Camunda webapps in English' : 'Hiển thị các ứng dụng Camunda bằng tiếng Việt';
  Object.assign(link.style, {
    position: 'fixed', right: '12px', bottom: '34px', zIndex: '1050', fontSize: '12px',
    padding: '2px 8px', background: '#fff', border: '1px solid #ccc', borderRadius: '3px'
  });
  link.addEventListener('click', (event) => {
    event.preventDefault();
    try {
      window.localStorage.setItem(KEY, other);
    } catch (e) {
      // a browser without storage keeps Vietnamese
    }
    window.location.reload();
  });
  document.body.appendChild(link);
}

if (document.body) {
  addSwitch();
} else {
  document.addEventListener('DOMContentLoaded', addSwitch);
}

export default [];
