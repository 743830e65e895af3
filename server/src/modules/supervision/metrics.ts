import type { Lang, SupervisionMetric } from '@hongyun/contracts';
import { allMetrics, type MetricDefinition } from '../../core/kernel/index.ts';

// The metrics rules may watch: whatever the installed modules' manifests declare.

export function findMetric(key: string): (MetricDefinition & { module: string }) | undefined {
  return allMetrics().find((m) => m.key === key);
}

export function metricLabel(key: string, lang: Lang): string {
  return findMetric(key)?.label[lang] ?? key;
}

export function listMetrics(lang: Lang): SupervisionMetric[] {
  return allMetrics().map((m) => ({
    key: m.key,
    module: m.module,
    label: m.label[lang],
    description: m.description[lang],
  }));
}
