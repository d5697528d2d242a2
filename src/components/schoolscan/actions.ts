/** What a view of the schoolscan can ask the island to do: the kit's actions, for scans. */
import type { Scan } from '../../lib/scan/model';
import type { ScanRoute } from '../../lib/scan/routes';
import type { ToolActions } from '../tools/actions';

export type ScanActions = ToolActions<Scan, ScanRoute>;
