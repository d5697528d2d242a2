/** Moving between the parts of one scan. */
import type { SchoolscanStrings } from '../../lib/scan/island-strings';
import { scanHash } from '../../lib/scan/routes';
import { ToolNav } from '../tools/ToolNav';

interface Props {
  id: string;
  current: 'rate' | 'result';
  strings: SchoolscanStrings;
}

export function ScanNav({ id, current, strings }: Props) {
  return (
    <ToolNav
      label={strings.nav.label}
      links={[
        { href: scanHash({ view: 'list' }), text: strings.nav.backToList },
        { href: scanHash({ view: 'rate', id }), text: strings.views.rate, current: current === 'rate' },
        { href: scanHash({ view: 'result', id }), text: strings.views.result, current: current === 'result' },
        { href: scanHash({ view: 'details', id }), text: strings.nav.editDetails },
      ]}
    />
  );
}
