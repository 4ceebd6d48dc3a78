package tw.uplift.plan.authoring;

/** Where a plan is in its yearly cycle. */
public enum PlanStatus {
    /** 草稿: being written; editable. */
    DRAFT,
    /** 送審中: submitted, waiting for the supervising body. */
    SUBMITTED,
    /** 退回修正: returned with comments; editable, and a resubmission is a new revision. */
    RETURNED,
    /** 已審定: approved; its measures are tracked. Published right after. */
    APPROVED,
    /** 已公開: approved and on its public page. */
    PUBLISHED;

    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }

    public boolean approved() {
        return this == APPROVED || this == PUBLISHED;
    }
}
