package tw.uplift.survey.design;

/**
 * Who drafts a survey: a staff member of one agency. The survey belongs to the agency (its staff see and change
 * it, no one else); the staff member is kept as its author.
 *
 * @param agencyId the agency that owns the survey
 * @param username the staff member who drafted it
 */
public record Author(String agencyId, String username) {
}
