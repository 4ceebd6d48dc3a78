package tw.uplift.planimport.model;

import java.util.List;

/** 推動小組 編組表: the promotion team and its roles. */
public record PromotionTeam(String name, List<TeamMember> members) {
    public PromotionTeam {
        members = List.copyOf(members);
    }

    /**
     * One row of the 編組表.
     *
     * @param role   職稱 (召集人, 副召集人, 組員 …)
     * @param member 編組人員 (區長, 主任秘書 …)
     * @param duty   職掌
     */
    public record TeamMember(String role, String member, String duty) {
    }
}
