package tw.uplift.planimport.model;

import tw.uplift.planimport.deadline.Deadline;

/** A duty to hand in results (e.g. 於次年1月提送年度執行成果) with when it is due. */
public record ResultSubmission(String text, Deadline deadline) {
}
