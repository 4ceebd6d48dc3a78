package tw.uplift.survey.answering;

/**
 * What a citizen gets back for a response.
 *
 * @param receiptId the response's id
 * @param replayed  true when this was a retry of a response already taken (nothing was counted again)
 */
public record Receipt(String receiptId, boolean replayed) {
}
