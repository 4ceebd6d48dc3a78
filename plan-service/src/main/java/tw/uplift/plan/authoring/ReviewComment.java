package tw.uplift.plan.authoring;

/** A reviewer's comment on the plan or one measure (審查意見), kept with a returned plan. */
public record ReviewComment(String itemRef, String comment) {
}
