/**
 * The werkblad's views besides the list, which load when one is opened: a page opened on the
 * list (most visits) does not download a worksheet's form or the plan.
 */
export { FromScanView } from './FromScanView';
export { NewWorksheet } from './NewWorksheet';
export { PlanView } from './PlanView';
export { WorksheetView } from './WorksheetView';
