package tw.uplift.survey.answering.web;

import java.time.Duration;
import java.util.Locale;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;
import tw.uplift.platform.domain.NotFoundException;
import tw.uplift.platform.pages.PageController;
import tw.uplift.platform.domain.RuleViolationException;
import tw.uplift.survey.answering.Answering;
import tw.uplift.survey.answering.Availability;
import tw.uplift.survey.answering.Availability.Phase;
import tw.uplift.survey.answering.PublicAnsweringProperties;
import tw.uplift.survey.design.Survey;

/**
 * A survey's public link as a QR code (PNG and SVG) and as a poster for a counter (A4, printable), per survey and
 * per segment (分眾, the {@code segment} of the link). The link is absolute, on the address citizens reach
 * ({@code uplift.survey.public.base-url}). Only for an open survey: a draft's title and segments may still change
 * and are not public (as on its answer page), so a draft has no poster yet (409, like a closed survey, whose link
 * leads nowhere worth printing); an unknown survey or segment is 404.
 * The images depend only on the link, so they may be cached for a day.
 */
@PageController
class SurveyQrCodes {

    private static final CacheControl A_DAY = CacheControl.maxAge(Duration.ofDays(1)).cachePublic();
    private static final int PNG_SCALE = 10;

    private final Answering answering;
    private final String baseUrl;

    SurveyQrCodes(Answering answering, PublicAnsweringProperties properties) {
        this.answering = answering;
        this.baseUrl = properties.baseUrl().replaceAll("/+$", "");
    }

    @GetMapping(path = "/public/surveys/{id}/qr.svg")
    ResponseEntity<String> svg(@PathVariable String id, @RequestParam(required = false) String segment,
            Locale locale) {
        Survey survey = printable(id);
        return ResponseEntity.ok().cacheControl(A_DAY).contentType(MediaType.valueOf("image/svg+xml"))
                .body(QrCode.of(link(survey, segment)).svg(survey.title().in(locale)));
    }

    @GetMapping(path = "/public/surveys/{id}/qr.png")
    ResponseEntity<byte[]> png(@PathVariable String id, @RequestParam(required = false) String segment) {
        Survey survey = printable(id);
        return ResponseEntity.ok().cacheControl(A_DAY).contentType(MediaType.IMAGE_PNG)
                .body(QrCode.of(link(survey, segment)).png(PNG_SCALE));
    }

    /** The poster: the title in both languages, the code, and the link to type in by hand. */
    @GetMapping(path = "/public/surveys/{id}/poster", produces = MediaType.TEXT_HTML_VALUE)
    ModelAndView poster(@PathVariable String id, @RequestParam(required = false) String segment) {
        Survey survey = printable(id);
        ModelAndView page = new ModelAndView("survey/poster");
        page.addObject("titleZh", survey.title().zh());
        page.addObject("titleEn", survey.title().en());
        page.addObject("link", link(survey, segment));
        page.addObject("segmentName", segment == null ? null
                : survey.segment(segment).map(s -> s.name().zh()).orElse(null));
        page.addObject("qrPath", UriComponentsBuilder.fromPath("/public/surveys/{id}/qr.svg")
                .queryParamIfPresent("segment", java.util.Optional.ofNullable(segment)).buildAndExpand(id)
                .toUriString());
        return page;
    }

    private Survey printable(String id) {
        Availability availability = answering.availability(id);
        return switch (availability.phase()) {
            case OPEN -> availability.survey();
            case CLOSED -> throw new RuleViolationException("survey-closed", "surveyId",
                    "this survey no longer takes answers");
            case NOT_YET_OPEN -> throw new RuleViolationException("survey-not-open", "surveyId",
                    "this survey is not open yet; its poster and codes are there once it opens");
        };
    }

    /** The public link of the survey, for one of its segments or for all. */
    private String link(Survey survey, String segment) {
        if (segment != null && survey.segment(segment).isEmpty()) {
            throw new NotFoundException("segment", segment);
        }
        String id = survey.getId();
        return UriComponentsBuilder.fromUriString(baseUrl).path("/public/surveys/{id}")
                .queryParamIfPresent("segment", java.util.Optional.ofNullable(segment)).buildAndExpand(id)
                .toUriString();
    }
}
