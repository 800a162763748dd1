import * as React from 'react';
import { useForm } from '@strapi/admin/strapi-admin';
import { IDLE, watchSave, type FormSnapshot } from './refused-save';

/**
 * An edit-view side panel that shows nothing: it lives inside the edit view's form (desktop and
 * mobile) and puts the editor's values back after the CMS refuses a save or a publish, so a
 * content rule's message shows under its field with the work still there (see refused-save.ts).
 */
export function KeepEditsOnRefusedSave(): null {
  const isSubmitting = useForm('KeepEditsOnRefusedSave', (state) => state.isSubmitting);
  const values = useForm('KeepEditsOnRefusedSave', (state) => state.values) as FormSnapshot['values'];
  const initialValues = useForm('KeepEditsOnRefusedSave', (state) => state.initialValues) as FormSnapshot['initialValues'];
  const errors = useForm('KeepEditsOnRefusedSave', (state) => state.errors) as FormSnapshot['errors'];
  const setValues = useForm('KeepEditsOnRefusedSave', (state) => state.setValues);
  const watch = React.useRef(IDLE);

  React.useEffect(() => {
    const next = watchSave(watch.current, { isSubmitting, values, initialValues, errors });
    watch.current = next.watch;
    if (next.restore) setValues(next.restore);
  }, [isSubmitting, values, initialValues, errors, setValues]);

  return null;
}
