package tw.uplift.survey.answering.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;
import tw.uplift.platform.security.CurrentUser;
import tw.uplift.survey.answering.PublicAnsweringProperties;
import tw.uplift.survey.answering.kiosk.Kiosk;
import tw.uplift.survey.answering.kiosk.Kiosks;

/**
 * Staff API for a survey's kiosk links (平板填答連結; AGENCY_STAFF / AGENCY_HEAD, own agency only: another agency's
 * survey is 404). A link opens {@link KioskPages} on a counter tablet; revoke it when the tablet is lost.
 */
@RestController
@RequestMapping("/api/surveys/{surveyId}/kiosks")
@Tag(name = "kiosks", description = "Kiosk links of a survey for a counter tablet: create, list, revoke")
class KioskController {

    private final Kiosks kiosks;
    private final String baseUrl;

    KioskController(Kiosks kiosks, PublicAnsweringProperties properties) {
        this.kiosks = kiosks;
        this.baseUrl = properties.baseUrl().replaceAll("/+$", "");
    }

    /** @param segment the segment (分眾) whose answers the tablet collects; absent for the survey's own */
    record CreateKioskRequest(@Size(max = 40) String segment) {
    }

    /**
     * @param link the address to open on the tablet (absolute, on {@code uplift.survey.public.base-url})
     */
    record KioskView(String key, String link, String surveyId, String segment, String createdBy, Instant createdAt,
            boolean revoked, String revokedBy, Instant revokedAt) {
    }

    @PostMapping
    @Operation(summary = "A new kiosk link (the survey's own answers, or one segment's); 409 for a closed survey")
    ResponseEntity<KioskView> create(CurrentUser user, @PathVariable String surveyId,
            @Valid @RequestBody(required = false) CreateKioskRequest request) {
        Kiosk kiosk = kiosks.create(user, surveyId, request == null ? null : request.segment());
        return ResponseEntity.created(URI.create("/api/surveys/" + surveyId + "/kiosks/" + kiosk.key()))
                .body(view(kiosk));
    }

    @GetMapping
    @Operation(summary = "The survey's kiosk links, newest first, revoked ones included")
    List<KioskView> list(CurrentUser user, @PathVariable String surveyId) {
        return kiosks.list(user, surveyId).stream().map(this::view).toList();
    }

    @DeleteMapping("/{key}")
    @Operation(summary = "Revoke a kiosk link (a lost tablet): it shows 'not found' from now on; again changes nothing")
    ResponseEntity<Void> revoke(CurrentUser user, @PathVariable String surveyId, @PathVariable String key) {
        kiosks.revoke(user, surveyId, key);
        return ResponseEntity.noContent().build();
    }

    private KioskView view(Kiosk k) {
        String link = UriComponentsBuilder.fromUriString(baseUrl).path(KioskPages.PATH).buildAndExpand(k.key())
                .toUriString();
        return new KioskView(k.key(), link, k.surveyId(), k.segment(), k.createdBy(), k.createdAt(), k.revoked(),
                k.revokedBy(), k.revokedAt());
    }
}
