/**
 * Choosing one file (or several) to import. The form that reads the files and says what went
 * wrong (FileImportForm.tsx) loads after the view has shown: until then the same field stands
 * here, disabled, so that nothing moves when the form arrives and the first view loads less. When
 * its code does not load, the disabled field says why and how to try again.
 */
import type { ImportReader } from '../../lib/import-readers';
import { ImportFrame, type FileImportProps } from './ImportFrame';
import { LoadFailed } from './ToolShell';
import { useLazyModule, useLoadFailed } from './useLazyModule';

const load = () => import('./FileImportForm');

export function FileImport<K extends ImportReader>(props: FileImportProps<K>) {
  const form = useLazyModule(load, true);
  const failed = useLoadFailed(load);
  return form ? (
    <form.FileImportForm {...props} />
  ) : (
    <ImportFrame strings={props.strings} multiple={props.multiple ?? false}>
      {failed ? <LoadFailed strings={props.strings} /> : <div class="tool-progress" role="status" />}
    </ImportFrame>
  );
}
