package tw.uplift.plan.publishing.web;

import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tw.uplift.contracts.values.RocYear;
import tw.uplift.contracts.values.TaipeiTime;
import tw.uplift.plan.organisations.Agency;
import tw.uplift.plan.organisations.AgencyDirectory;
import tw.uplift.plan.authoring.Indicator;
import tw.uplift.plan.authoring.Measure;
import tw.uplift.plan.authoring.Plan;
import tw.uplift.plan.lights.Light;
import tw.uplift.plan.lights.MeasureLight;
import tw.uplift.plan.lights.PlanLight;
import tw.uplift.plan.progress.PlanLights;
import tw.uplift.plan.publishing.LightWords;
import tw.uplift.plan.publishing.PublicPlanIndex;
import tw.uplift.plan.publishing.web.PublicPlanView.Links;
import tw.uplift.plan.publishing.web.PublicPlanView.PublicLight;
import tw.uplift.platform.pages.PlanTable;

/**
 * Public plans as the public endpoints show them: the open-data JSON (lights in 繁體中文), and the pages' table and
 * list rows (lights in the viewer's language). Lights are today's, from {@link PlanLights}.
 */
@Component
class PublicPlanViews {

    private final PlanLights lights;
    private final LightWords words;
    private final AgencyDirectory agencies;
    private final Clock clock;
    private final String publicBaseUrl;

    PublicPlanViews(PlanLights lights, LightWords words, AgencyDirectory agencies, Clock clock,
            @Value("${uplift.plan.public-base-url}") String publicBaseUrl) {
        this.lights = lights;
        this.words = words;
        this.agencies = agencies;
        this.clock = clock;
        this.publicBaseUrl = publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1)
                : publicBaseUrl;
    }

    String agencyName(String agencyId) {
        return agencies.find(agencyId).map(Agency::name).orElse(agencyId);
    }

    /** An agency the list may be filtered by: one of the directory's, or one that has a public plan. */
    boolean knownAgency(String agencyId, PublicPlanIndex index) {
        return agencies.find(agencyId).isPresent() || index.agencyIds().contains(agencyId);
    }

    LocalDate today() {
        return TaipeiTime.today(clock);
    }

    // ------------------------------------------------------------------------------------------ open data (JSON)

    PublicPlanView view(Plan plan) {
        PlanLights.Lights today = lights.of(plan);
        return new PublicPlanView(plan.getId(), plan.getAgencyId(), agencyName(plan.getAgencyId()), plan.getRocYear(),
                RocYear.toGregorian(plan.getRocYear()), plan.getTitle(), plan.getStatus(), plan.getRevision(),
                plan.getApprovedAt(), light(today.plan()), PublicPlanView.Header.of(plan.getHeader()),
                plan.getDimensions().stream().map(d -> new PublicPlanView.Dimension(d.code(), d.title(),
                        d.focusAreas().stream().map(f -> new PublicPlanView.FocusArea(f.code(), f.title(),
                                f.measures().stream().map(m -> measure(m, today.of(m.id()))).toList())).toList()))
                        .toList(),
                plan.measures().count(), links(plan));
    }

    PublicPlanSummary summary(Plan plan) {
        return new PublicPlanSummary(plan.getId(), plan.getAgencyId(), agencyName(plan.getAgencyId()),
                plan.getRocYear(), RocYear.toGregorian(plan.getRocYear()), plan.getTitle(), plan.getStatus(),
                plan.getRevision(), plan.getApprovedAt(), plan.measures().count(), light(lights.of(plan).plan()),
                links(plan));
    }

    private PublicPlanView.Measure measure(Measure m, MeasureLight light) {
        return new PublicPlanView.Measure(m.id(), m.code(), m.title(), m.text(), m.units(), m.deadlineText(),
                m.dueDate(), m.cadence(), m.expectedBenefit(), m.indicators(), m.carriedOver(), completedOn(m),
                light == null ? null : new PublicLight(light.light(), words.reasons(light, LightWords.OPEN_DATA)));
    }

    private PublicLight light(PlanLight light) {
        return new PublicLight(light.light(), words.reasons(light, LightWords.OPEN_DATA));
    }

    Links links(Plan plan) {
        String page = publicBaseUrl + "/public/plans/" + plan.getId();
        return new Links(page, page + ".json", page + ".csv");
    }

    // ------------------------------------------------------------------------------------------ pages

    /** A light on a page: its name and reasons in the viewer's language. */
    record LightText(Light light, String name, String reason) {
    }

    /**
     * What the public page adds to a measure in the table ({@code m.extra}): today's light (its reason says when
     * a completed measure was done) and its measurable indicators (衡量指標), possibly none.
     */
    record MeasureExtra(LightText light, List<Indicator> indicators) {
    }

    /** One line of the public list. */
    record ListRow(String id, String agencyName, int rocYear, String title, LightText light, long measureCount) {
    }

    /** The plan's table in the documents' layout, each measure with today's light. */
    PlanTable table(Plan plan, PlanLights.Lights today, Locale locale) {
        return PlanTable.of(plan.getDimensions().stream().map(d -> new PlanTable.Dimension(d.code(), d.title(),
                d.focusAreas().stream().map(f -> new PlanTable.FocusArea(f.code(), f.title(), f.measures().stream()
                        .map(m -> new PlanTable.Measure(m.code(), m.title(), m.text(), m.units(), m.deadlineText(),
                                m.dueDate(), m.cadence(), m.expectedBenefit(), new MeasureExtra(
                                        text(today.of(m.id()), locale), m.indicators())))
                        .toList())).toList())).toList());
    }

    LightText text(MeasureLight light, Locale locale) {
        return light == null ? null
                : new LightText(light.light(), words.name(light.light(), locale), words.reasons(light, locale));
    }

    LightText text(PlanLight light, Locale locale) {
        return new LightText(light.light(), words.name(light.light(), locale), words.reasons(light, locale));
    }

    /** The list's rows: newest year first, then by agency name as the language sorts it. */
    List<ListRow> rows(List<Plan> plans, Locale locale) {
        Collator byName = Collator.getInstance(locale);
        return plans.stream()
                .map(p -> new ListRow(p.getId(), agencyName(p.getAgencyId()), p.getRocYear(), p.getTitle(),
                        text(lights.of(p).plan(), locale), p.measures().count()))
                .sorted(Comparator.comparingInt(ListRow::rocYear).reversed()
                        .thenComparing(ListRow::agencyName, byName).thenComparing(ListRow::id))
                .toList();
    }

    PlanLights.Lights lightsOf(Plan plan) {
        return lights.of(plan);
    }

    private static LocalDate completedOn(Measure m) {
        return m.completedAt() == null ? null : TaipeiTime.dateOf(m.completedAt());
    }
}
