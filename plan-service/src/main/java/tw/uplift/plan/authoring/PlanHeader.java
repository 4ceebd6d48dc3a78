package tw.uplift.plan.authoring;

import java.time.LocalDate;
import java.util.List;

/**
 * The sections of a plan before its table: 計畫依據, 計畫目標, 實施對象, 督考方式 and the 推動小組.
 *
 * @param basis       計畫依據, one entry per paragraph
 * @param goals       計畫目標, one entry per paragraph
 * @param scope       實施對象, or null
 * @param supervision 督考方式 / 管制考核: regular checks, the annual review, when results are handed in
 * @param team        推動小組 編組 with its roles, or null
 */
public record PlanHeader(List<String> basis, List<String> goals, String scope, Supervision supervision,
        PromotionTeam team) {

    public static final PlanHeader EMPTY = new PlanHeader(List.of(), List.of(), null, Supervision.NONE, null);

    public PlanHeader {
        basis = basis == null ? List.of() : List.copyOf(basis);
        goals = goals == null ? List.of() : List.copyOf(goals);
        supervision = supervision == null ? Supervision.NONE : supervision;
    }

    public boolean isEmpty() {
        return basis.isEmpty() && goals.isEmpty() && (scope == null || scope.isBlank()) && supervision.isEmpty()
                && (team == null || team.members().isEmpty());
    }

    /**
     * 督考方式.
     *
     * @param regularCheck      平時查核, or null
     * @param annualReview      年度查核, or null
     * @param rules             every other paragraph of the section, as written
     * @param resultSubmissions dated duties to hand in results (於次年1月提送年度執行成果)
     */
    public record Supervision(String regularCheck, String annualReview, List<String> rules,
            List<ResultDuty> resultSubmissions) {

        public static final Supervision NONE = new Supervision(null, null, List.of(), List.of());

        public Supervision {
            rules = rules == null ? List.of() : List.copyOf(rules);
            resultSubmissions = resultSubmissions == null ? List.of() : List.copyOf(resultSubmissions);
        }

        public boolean isEmpty() {
            return (regularCheck == null || regularCheck.isBlank()) && (annualReview == null || annualReview.isBlank())
                    && rules.isEmpty() && resultSubmissions.isEmpty();
        }
    }

    /**
     * A duty to hand in results.
     *
     * @param text         as written
     * @param deadlineText its deadline phrase (次年1月), or null
     * @param dueDate      the date that phrase gives for the plan year, or null
     */
    public record ResultDuty(String text, String deadlineText, LocalDate dueDate) {
    }

    /** 推動小組 and its 編組. */
    public record PromotionTeam(String name, List<TeamMember> members) {

        public PromotionTeam {
            members = members == null ? List.of() : List.copyOf(members);
        }
    }

    /**
     * One row of the 編組表.
     *
     * @param role   職稱 (召集人, 副召集人, 執行秘書, 組員)
     * @param member 編組人員 (區長, 主任秘書, 各課室主管)
     * @param duty   職掌, or null
     */
    public record TeamMember(String role, String member, String duty) {
    }
}
