package tw.uplift.plan.authoring;

import java.math.BigDecimal;

/**
 * A measurable indicator of a measure (衡量指標), e.g. 線上申辦比率 from 33 % to 52 %.
 *
 * @param name     what is measured
 * @param unit     its unit as written (%, 件, 人次), or null
 * @param baseline the value before the plan (基準值), or null
 * @param target   the value the plan aims at (目標值)
 */
public record Indicator(String name, String unit, BigDecimal baseline, BigDecimal target) {
}
