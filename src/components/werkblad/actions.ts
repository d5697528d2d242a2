/** What a view of the werkblad can ask the island to do: the kit's actions, for worksheets, and the plan. */
import type { Plan, Worksheet } from '../../lib/werkblad/model';
import type { WerkbladRoute } from '../../lib/werkblad/routes';
import type { ToolActions } from '../tools/actions';

export interface WerkbladActions extends ToolActions<Worksheet, WerkbladRoute> {
  /** Changes the details of the plan van aanpak (title page, scan). */
  setPlan: (plan: Omit<Plan, 'updatedAt'>) => void;
}
