package tw.uplift.review.assignment;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * How many open tasks a reviewer has, kept up to date with {@code $inc} when a task is assigned or
 * completed, so assignment reads loads by {@code _id} instead of counting tasks.
 *
 * @param reviewerId the reviewer (document id)
 * @param openTasks  open tasks assigned to them
 */
@Document("reviewer_loads")
public record ReviewerLoad(@Id String reviewerId, long openTasks) {
}
