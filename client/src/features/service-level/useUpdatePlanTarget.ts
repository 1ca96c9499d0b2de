import { useFormMutation } from '../../core/apollo/useFormMutation';
import { UpdatePlanTargetMutation } from './service-level.operations';

/**
 * Saves one plan × severity cell. PlanTarget is keyed by plan and severity
 * in the cache, so the result replaces the cell everywhere it is shown.
 */
export function useUpdatePlanTarget() {
  return useFormMutation(UpdatePlanTargetMutation);
}
