package tw.uplift.survey.console.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;
import tw.uplift.platform.security.CurrentUser;
import tw.uplift.survey.answering.PublicAnsweringProperties;
import tw.uplift.survey.answering.kiosk.Kiosk;
import tw.uplift.survey.answering.kiosk.Kiosks;
import tw.uplift.survey.design.Segment;
import tw.uplift.survey.design.Survey;

/**
 * The ways a survey is given out, as its page lists them: the public link of the whole survey and of each segment
 * (分眾) with its QR code and poster, and the kiosk links (平板填答連結) of counter tablets. Links are absolute on the
 * public address ({@code uplift.survey.public.base-url}), the one the QR codes carry, so what staff copy is what
 * the poster says.
 */
@Component
class SurveyLinks {

    /** The kiosk pages' address ({@code answering.web.KioskPages}; {@code SurveyConsolePagesIT} opens one). */
    static final String KIOSK_PATH = "/public/kiosks/{key}";

    private final String baseUrl;
    private final Kiosks kiosks;

    SurveyLinks(PublicAnsweringProperties properties, Kiosks kiosks) {
        this.baseUrl = properties.baseUrl().replaceAll("/+$", "");
        this.kiosks = kiosks;
    }

    /**
     * One public link: the whole survey's ({@code segment} null) or a segment's, with the addresses of its QR code
     * and poster (which answer only while the survey is open).
     */
    record ShareRow(Segment segment, String link, String qrSvg, String qrPng, String poster) {
    }

    /** One kiosk link with the segment it counts under (null for the survey's own answers). */
    record KioskRow(Kiosk kiosk, String link, Segment segment) {
    }

    /** The whole survey's link first, then each segment's, in the survey's order. */
    List<ShareRow> share(Survey survey) {
        List<ShareRow> rows = new ArrayList<>();
        rows.add(row(survey, null));
        survey.segments().forEach(s -> rows.add(row(survey, s)));
        return List.copyOf(rows);
    }

    /** The survey's kiosk links, newest first, revoked ones included (the caller's agency only). */
    List<KioskRow> kiosks(CurrentUser user, Survey survey) {
        return kiosks.list(user, survey.getId()).stream().map(k -> new KioskRow(k,
                UriComponentsBuilder.fromUriString(baseUrl).path(KIOSK_PATH).buildAndExpand(k.key()).toUriString(),
                k.segment() == null ? null : survey.segment(k.segment()).orElse(null))).toList();
    }

    private ShareRow row(Survey survey, Segment segment) {
        Optional<String> key = Optional.ofNullable(segment).map(Segment::id);
        return new ShareRow(segment,
                UriComponentsBuilder.fromUriString(baseUrl).path("/public/surveys/{id}")
                        .queryParamIfPresent("segment", key).buildAndExpand(survey.getId()).encode().toUriString(),
                publicPath(survey, "/qr.svg", key), publicPath(survey, "/qr.png", key),
                publicPath(survey, "/poster", key));
    }

    private static String publicPath(Survey survey, String page, Optional<String> segment) {
        return UriComponentsBuilder.fromPath("/public/surveys/{id}" + page).queryParamIfPresent("segment", segment)
                .buildAndExpand(survey.getId()).encode().toUriString();
    }
}
