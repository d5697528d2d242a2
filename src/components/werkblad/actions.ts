/** What a view of the werkblad can ask the island to do: the kit's actions, for worksheets, and the plan. */
import type { WerkbladStrings } from '../../lib/i18n/werkblad.nl';
import type { Scan } from '../../lib/scan/model';
import type { WerkbladCatalogue } from '../../lib/werkblad/catalogue';
import type { Plan, Worksheet } from '../../lib/werkblad/model';
import type { WerkbladRoute } from '../../lib/werkblad/routes';
import type { ToolActions } from '../tools/actions';

export interface WerkbladActions extends ToolActions<Worksheet, WerkbladRoute> {
  /** Changes the details of the plan van aanpak (title page, scan). */
  setPlan: (plan: Omit<Plan, 'updatedAt'>) => void;
}

/** What every view of the werkblad is given by the island. */
export interface WerkbladViewProps {
  catalogue: WerkbladCatalogue;
  strings: WerkbladStrings;
  actions: WerkbladActions;
  /** The scans on this device, for links from worksheets to them. */
  scans: Scan[];
}
