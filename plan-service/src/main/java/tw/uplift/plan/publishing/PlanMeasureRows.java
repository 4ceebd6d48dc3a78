package tw.uplift.plan.publishing;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import tw.uplift.contracts.values.RocYear;
import tw.uplift.contracts.values.TaipeiTime;
import tw.uplift.plan.authoring.Dimension;
import tw.uplift.plan.authoring.FocusArea;
import tw.uplift.plan.authoring.Measure;
import tw.uplift.plan.authoring.Plan;
import tw.uplift.plan.lights.MeasureLight;
import tw.uplift.plan.progress.PlanLights;

/**
 * A public plan as open-data rows: one per measure, in the plan's order, with today's light and its reason in
 * 繁體中文. A focus area without measures has no row (there is nothing to report on it).
 */
@Component
public class PlanMeasureRows {

    private final PlanLights lights;
    private final LightWords words;

    public PlanMeasureRows(PlanLights lights, LightWords words) {
        this.lights = lights;
        this.words = words;
    }

    public List<MeasureRow> of(Plan plan, String agencyName) {
        PlanLights.Lights today = lights.of(plan);
        List<MeasureRow> rows = new ArrayList<>();
        for (Dimension d : plan.getDimensions()) {
            for (FocusArea f : d.focusAreas()) {
                for (Measure m : f.measures()) {
                    MeasureLight light = today.of(m.id());
                    rows.add(new MeasureRow(plan.getAgencyId(), agencyName, plan.getRocYear(),
                            RocYear.toGregorian(plan.getRocYear()), plan.getId(), plan.getRevision(), d.code(),
                            d.title(), f.code(), f.title(), m.id(), m.code(), m.title(), m.text(), m.units(),
                            m.deadlineText(), m.dueDate(), m.cadence(), m.expectedBenefit(),
                            light == null ? null : light.light(),
                            light == null ? null : words.reasons(light, LightWords.OPEN_DATA),
                            m.completedAt() == null ? null : TaipeiTime.dateOf(m.completedAt())));
                }
            }
        }
        return rows;
    }
}
