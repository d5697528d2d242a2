/** Moving between the parts of one scan. */
import type { SchoolscanStrings } from '../../lib/i18n/schoolscan.nl';
import { routeHash } from '../../lib/scan/routes';

interface Props {
  id: string;
  current: 'rate' | 'result';
  strings: SchoolscanStrings;
}

export function ScanNav({ id, current, strings }: Props) {
  const link = (view: 'rate' | 'result' | 'details', label: string) => (
    <li>
      <a href={routeHash({ view, id })} aria-current={view === current ? 'page' : undefined}>
        {label}
      </a>
    </li>
  );
  return (
    <nav class="tool-nav print-hidden" aria-label={strings.nav.label}>
      <ul role="list">
        <li>
          <a href={routeHash({ view: 'list' })}>{strings.nav.backToList}</a>
        </li>
        {link('rate', strings.views.rate)}
        {link('result', strings.views.result)}
        {link('details', strings.nav.editDetails)}
      </ul>
    </nav>
  );
}
