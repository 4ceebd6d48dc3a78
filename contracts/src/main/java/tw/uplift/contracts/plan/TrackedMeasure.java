package tw.uplift.contracts.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * One measure (推行作法) of an approved plan as the deadline tracker needs it.
 *
 * @param measureId    the measure
 * @param code         its code as printed, e.g. {@code 1}
 * @param title        its title
 * @param units        responsible units (執行單位)
 * @param dueDate      the completion deadline (完成期限), or null when the measure is continuous
 * @param cadence      for continuous work (持續辦理): the reporting cadence, {@code MONTHLY}, {@code QUARTERLY},
 *                     {@code HALF_YEARLY} or {@code YEARLY}; null for dated measures
 * @param deadlineText the deadline phrase as written, e.g. {@code 12月31日前}
 */
public record TrackedMeasure(String measureId, String code, String title, List<String> units, LocalDate dueDate,
        String cadence, String deadlineText) {
}
