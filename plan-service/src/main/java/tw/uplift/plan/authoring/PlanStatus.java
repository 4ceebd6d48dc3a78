package tw.uplift.plan.authoring;

import java.util.EnumSet;
import java.util.Set;

/** Where a plan is in its yearly cycle. */
public enum PlanStatus {
    /** 草稿: being written; editable. */
    DRAFT,
    /** 待首長核定: the clerk asked to submit; the agency head confirms (or sends it back). */
    AWAITING_HEAD,
    /** 送審中: submitted, waiting for the supervising body. */
    SUBMITTED,
    /** 退回修正: returned with comments; editable, and a resubmission is a new revision. */
    RETURNED,
    /** 已審定: approved; its measures are tracked. Published right after. */
    APPROVED,
    /** 已公開: approved and on its public page; progress is reported on it, and it may be amended. */
    PUBLISHED,
    /** 已提報成果: the year's results were handed in for the annual review; nothing changes any more. */
    RESULTS_SUBMITTED,
    /** 已結案: the year is closed. */
    CLOSED;

    private static final Set<PlanStatus> EDITABLE = EnumSet.of(DRAFT, RETURNED);
    private static final Set<PlanStatus> APPROVED_YEAR = EnumSet.of(APPROVED, PUBLISHED);

    /** A draft or a returned plan: the clerk changes it and asks to submit it. */
    public boolean editable() {
        return EDITABLE.contains(this);
    }

    /** Approved and not yet handed in: progress is reported, measures completed, the plan amended. */
    public boolean approved() {
        return APPROVED_YEAR.contains(this);
    }

    /** Approved at some point: its measures are (or were) tracked and it has a public page. */
    public boolean everApproved() {
        return approved() || this == RESULTS_SUBMITTED || this == CLOSED;
    }
}
