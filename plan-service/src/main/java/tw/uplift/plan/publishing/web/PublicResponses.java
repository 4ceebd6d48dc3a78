package tw.uplift.plan.publishing.web;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import org.springframework.http.CacheControl;
import tw.uplift.plan.authoring.Plan;

/**
 * What the public answers share: caching and downloads. Open data does not depend on who asks, so any cache may
 * keep it for five minutes and then revalidate it by its ETag, which changes with the plan (its stored version)
 * and with the day (the lights are computed for today). The HTML pages are not marked so: they show the signed-in
 * viewer in their header, and keep the platform's {@code no-store}.
 */
final class PublicResponses {

    static final CacheControl FIVE_MINUTES = CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();

    private PublicResponses() {
    }

    /** A strong ETag: the same plan version on the same day gives the same bytes. */
    static String etag(Plan plan, LocalDate today) {
        return "\"v" + plan.getVersion() + "-" + today + "\"";
    }

    /**
     * {@code Content-Disposition} of a download: an ASCII {@code filename} for old clients and the real name as
     * {@code filename*} in UTF-8 (RFC 6266, RFC 8187), e.g. {@code 高雄市政府民政局115年度提升服務執行計畫.csv}.
     */
    static String attachment(String asciiName, String name) {
        return "attachment; filename=\"" + asciiOnly(asciiName) + "\"; filename*=UTF-8''" + encoded(safe(name));
    }

    /** Letters, digits, dot, dash and underscore; anything else becomes a dash. */
    static String asciiOnly(String name) {
        return name.replaceAll("[^A-Za-z0-9._-]+", "-");
    }

    /** A name without characters a file system refuses (and without line breaks). */
    private static String safe(String name) {
        return name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]+", "_");
    }

    /** RFC 8187 value-chars: attr-char as is, every other UTF-8 byte as %XX. */
    private static String encoded(String value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "!#$&+-.^_`|~".indexOf(c) >= 0)) {
                out.write(c);
            } else {
                out.writeBytes(String.format("%%%02X", c).getBytes(StandardCharsets.US_ASCII));
            }
        }
        return out.toString(StandardCharsets.US_ASCII);
    }
}
