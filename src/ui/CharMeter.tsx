/** Characters against a limit, counting the rendered text (not the template source). */
import { t } from './i18n';
export interface CharMeterProps {
  count: number;
  limit: number;
  id?: string;
}

export function CharMeter({ count, limit, id }: CharMeterProps) {
  const over = count - limit;
  const state = over > 0 ? 'over' : count >= limit * 0.9 ? 'near' : 'ok';
  const pct = limit > 0 ? Math.min(100, (count / limit) * 100) : 100;
  return (
    <div class="op-meter" data-state={state} id={id}>
      <span class="op-meter-bar" aria-hidden="true">
        <span style={{ width: `${pct}%` }} />
      </span>
      <span class="op-meter-count">
        {count} / {limit}
        <span class="op-sr"> {t('meter_characters')}</span>
      </span>
      {/* A status region, so crossing the limit is announced once instead of on every keystroke. */}
      <span class="op-meter-msg" role="status">
        {over > 0 ? t('meter_over', over) : ''}
      </span>
    </div>
  );
}
