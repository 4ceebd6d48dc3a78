package tw.uplift.plan.publishing.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import tw.uplift.plan.authoring.Indicator;
import tw.uplift.plan.authoring.PlanHeader;
import tw.uplift.plan.authoring.PlanStatus;
import tw.uplift.plan.lights.Light;

/**
 * A public plan as open data (JSON): what the published document says, and today's lights. Unlike the API's
 * {@code PlanView} it names nobody — no clerk who asked for submission, no history, review comments, revisions or
 * progress reports (they carry who did what) — and it keeps nothing internal (framework, copied-from, version).
 * Texts of lights are in 繁體中文. Documented in {@code docs/open-data.md}.
 *
 * @param status     PUBLISHED, RESULTS_SUBMITTED or CLOSED (a plan stays public through its year)
 * @param revision   the revision in force (an amendment is a new one)
 * @param approvedAt when it was first approved
 * @param light      the plan's light, rolled up from its measures'
 * @param header     計畫依據, 計畫目標, 實施對象, 督考方式, 推動小組
 */
public record PublicPlanView(String id, String agencyId, String agencyName, int rocYear, int year, String title,
        PlanStatus status, int revision, Instant approvedAt, PublicLight light, Header header,
        List<Dimension> dimensions, long measureCount, Links links) {

    /**
     * The sections before the table, as written.
     *
     * @param basis       計畫依據, one entry per paragraph
     * @param goals       計畫目標, one entry per paragraph
     * @param scope       實施對象, or null
     * @param supervision 督考方式
     * @param team        推動小組 and its 編組 (roles such as 召集人 with the post that fills them), or null
     */
    public record Header(List<String> basis, List<String> goals, String scope, Supervision supervision,
            PlanHeader.PromotionTeam team) {

        static Header of(PlanHeader h) {
            PlanHeader.Supervision s = h.supervision();
            return new Header(h.basis(), h.goals(), h.scope(), new Supervision(s.regularCheck(), s.annualReview(),
                    s.rules(), s.resultSubmissions()), h.team());
        }
    }

    /**
     * 督考方式.
     *
     * @param regularCheck      平時查核, or null
     * @param annualReview      年度查核, or null
     * @param rules             every other paragraph of the section
     * @param resultSubmissions dated duties to hand in results: text, deadline as written, its date
     */
    public record Supervision(String regularCheck, String annualReview, List<String> rules,
            List<PlanHeader.ResultDuty> resultSubmissions) {
    }

    /** A light and why, in words. */
    public record PublicLight(Light light, String reason) {
    }

    /** 執行要項. */
    public record Dimension(String code, String title, List<FocusArea> focusAreas) {
    }

    /** 執行重點. */
    public record FocusArea(String code, String title, List<Measure> measures) {
    }

    /**
     * 推行作法.
     *
     * @param units        執行單位
     * @param deadlineText 完成期限 as written
     * @param dueDate      the date it gives, or null
     * @param cadence      MONTHLY, QUARTERLY, HALF_YEARLY or YEARLY for continuous work, or null
     * @param carriedOver  continued from last year's plan unfinished (延續辦理)
     * @param completedOn  the day it was completed (Asia/Taipei), or null
     */
    public record Measure(String id, String code, String title, String text, List<String> units, String deadlineText,
            LocalDate dueDate, String cadence, String expectedBenefit, List<Indicator> indicators, boolean carriedOver,
            LocalDate completedOn, PublicLight light) {
    }

    /** Where the plan is published: its page, this JSON, its CSV. */
    public record Links(String page, String json, String csv) {
    }
}
