package tw.uplift.plan.organisations.web;

/** One option of a select on the organisation forms: the id it sends and the name it shows. */
public record Choice(String value, String label) {
}
