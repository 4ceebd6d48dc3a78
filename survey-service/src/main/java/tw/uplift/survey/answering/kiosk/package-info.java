/**
 * Kiosk links (平板填答連結) for a counter tablet: a random key per link, stored so that staff can revoke the link of
 * a lost tablet, and the settings of the kiosk pages' timers. The citizen's pages and the staff API are in
 * {@code answering.web} ({@code KioskPages}, {@code KioskController}), beside the answer form they share parts with.
 */
package tw.uplift.survey.answering.kiosk;
