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
import tw.uplift.plan.organisations.AgencyRegistration;
import tw.uplift.plan.organisations.OrganisationAdministration;
import tw.uplift.platform.domain.InvalidInput;
import tw.uplift.platform.domain.NotFoundException;
import tw.uplift.platform.security.CurrentUser;

/** {@code /api/organisations/agencies}: the agencies (機關) with their units; ADMIN registers and changes them. */
@RestController
@RequestMapping("/api/organisations/agencies")
public class AgencyController {

    private final OrganisationAdministration administration;
    private final AgencyDirectory directory;

    public AgencyController(OrganisationAdministration administration, AgencyDirectory directory) {
        this.administration = administration;
        this.directory = directory;
    }

    @Operation(summary = "Every registered agency, retired ones included, by id (anyone signed in)")
    @GetMapping
    public List<AgencyView> list(CurrentUser user) {
        return directory.registrations().stream().map(AgencyView::of).toList();
    }

    @Operation(summary = "One agency with its parent, supervising body and units (anyone signed in)")
    @GetMapping("/{agencyId}")
    public AgencyView get(CurrentUser user, @PathVariable String agencyId) {
        return directory.registration(agencyId).map(AgencyView::of)
                .orElseThrow(() -> new NotFoundException("agency", agencyId));
    }

    @Operation(summary = "Register an agency (ADMIN); announced as AgencyChanged. 409 when the id is taken, the parent "
            + "or body is unknown or retired, or the parent sits below it")
    @PostMapping
    public ResponseEntity<AgencyView> register(CurrentUser user, @RequestBody AgencyInput input) {
        AgencyRegistration agency = administration.registerAgency(user, input.id(), input.details(true));
        return ResponseEntity.created(URI.create("/api/organisations/agencies/" + agency.getId()))
                .body(AgencyView.of(agency));
    }

    @Operation(summary = "Change an agency's whole state, or retire it with active=false (ADMIN); announced as "
            + "AgencyChanged with the whole state, nothing when nothing changed")
    @PutMapping("/{agencyId}")
    public AgencyView change(CurrentUser user, @PathVariable String agencyId, @RequestBody AgencyInput input) {
        return AgencyView.of(administration.changeAgency(user, agencyId, current -> {
            if (input.id() != null && !input.id().equals(agencyId)) {
                throw InvalidInput.of("id", "the id of an agency never changes; register a new one instead");
            }
            return input.details(current.active());
        }));
    }
}
