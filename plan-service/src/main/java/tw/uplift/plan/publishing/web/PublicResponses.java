package tw.uplift.plan.publishing.web;

import java.time.LocalDate;
import org.springframework.http.CacheControl;
import tw.uplift.plan.authoring.Plan;
import tw.uplift.platform.opendata.OpenDataDownloads;

/**
 * What the public answers share: caching (a download's name is platform's {@link OpenDataDownloads#attachment}).
 * Open data does not depend on who asks, so any cache may keep it for five minutes and then revalidate it by its
 * ETag, which changes with the plan (its stored version) and with the day (the lights are computed for today). The HTML pages are not marked so: they show the signed-in
 * viewer in their header, and keep the platform's {@code no-store}.
 */
final class PublicResponses {

    static final CacheControl FIVE_MINUTES = OpenDataDownloads.FIVE_MINUTES;

    private PublicResponses() {
    }

    /** A strong ETag: the same plan version on the same day gives the same bytes. */
    static String etag(Plan plan, LocalDate today) {
        return "\"v" + plan.getVersion() + "-" + today + "\"";
    }
}
