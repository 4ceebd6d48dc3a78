package tw.uplift.plan.organisations.web;

import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tw.uplift.plan.organisations.AgencyDirectory;
import tw.uplift.plan.organisations.BodyRegistration;
import tw.uplift.plan.organisations.OrganisationAdministration;
import tw.uplift.platform.domain.InvalidInput;
import tw.uplift.platform.domain.NotFoundException;
import tw.uplift.platform.security.CurrentUser;

/** {@code /api/organisations/bodies}: the supervising bodies (督考機關); ADMIN registers and changes them. */
@RestController
@RequestMapping("/api/organisations/bodies")
public class SupervisingBodyController {

    private final OrganisationAdministration administration;
    private final AgencyDirectory directory;

    public SupervisingBodyController(OrganisationAdministration administration, AgencyDirectory directory) {
        this.administration = administration;
        this.directory = directory;
    }

    @Operation(summary = "Every registered supervising body, retired ones included, by id (anyone signed in)")
    @GetMapping
    public List<BodyView> list(CurrentUser user) {
        return directory.bodyRegistrations().stream().map(BodyView::of).toList();
    }

    @Operation(summary = "One supervising body (anyone signed in)")
    @GetMapping("/{bodyId}")
    public BodyView get(CurrentUser user, @PathVariable String bodyId) {
        return directory.bodyRegistration(bodyId).map(BodyView::of)
                .orElseThrow(() -> new NotFoundException("supervising body", bodyId));
    }

    @Operation(summary = "Register a supervising body (ADMIN); announced as SupervisingBodyChanged. 409 when the id is "
            + "taken or the agency it is part of is unknown")
    @PostMapping
    public ResponseEntity<BodyView> register(CurrentUser user, @RequestBody BodyInput input) {
        BodyRegistration body = administration.registerBody(user, input.id(), input.details(true));
        return ResponseEntity.created(URI.create("/api/organisations/bodies/" + body.getId())).body(BodyView.of(body));
    }

    @Operation(summary = "Change a supervising body's whole state, or retire it with active=false (ADMIN); announced "
            + "as SupervisingBodyChanged, nothing when nothing changed")
    @PutMapping("/{bodyId}")
    public BodyView change(CurrentUser user, @PathVariable String bodyId, @RequestBody BodyInput input) {
        return BodyView.of(administration.changeBody(user, bodyId, current -> {
            if (input.id() != null && !input.id().equals(bodyId)) {
                throw InvalidInput.of("id", "the id of a supervising body never changes; register a new one instead");
            }
            return input.details(current.active());
        }));
    }
}
