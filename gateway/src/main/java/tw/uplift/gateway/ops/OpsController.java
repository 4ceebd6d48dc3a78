package tw.uplift.gateway.ops;

import java.security.Principal;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import tw.uplift.platform.pages.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tw.uplift.gateway.ops.ServiceProbe.Reply;
import tw.uplift.gateway.routing.DownstreamServices;
import tw.uplift.gateway.routing.DownstreamServices.Service;
import tw.uplift.gateway.security.UserTokens;

/**
 * {@code /ops} (ADMIN, OPS): each service's readiness, outbox backlog, consumer lag and dead letters with a replay
 * button, and where the services' clocks are movable (the local run) the clock with "move forward". The same page for
 * the local run and production. Actions are forms (CSRF-checked) that answer with a redirect back to the page and a
 * one-line outcome.
 */
@PageController
@RequestMapping("/ops")
class OpsController {

    /** Steps offered by "move forward"; any ISO-8601 duration up to a year is accepted. */
    static final List<String> CLOCK_STEPS = List.of("PT1H", "P1D", "P7D", "P30D");
    static final Duration LONGEST_STEP = Duration.ofDays(366);

    private final ServiceProbe probe;
    private final DownstreamServices services;
    private final UserTokens tokens;

    OpsController(ServiceProbe probe, DownstreamServices services, UserTokens tokens) {
        this.probe = probe;
        this.services = services;
        this.tokens = tokens;
    }

    @GetMapping
    String status(Principal principal, HttpServletRequest request, Model model) {
        List<ServiceStatus> statuses = probe.statusOfAll(token(principal, request));
        model.addAttribute("services", statuses);
        model.addAttribute("movableClock", statuses.stream().anyMatch(s -> s.clock() != null));
        model.addAttribute("clockSteps", CLOCK_STEPS);
        return "gateway/ops";
    }

    @PostMapping("/dead-letters/replay")
    String replay(@RequestParam String service, @RequestParam String id, Principal principal, HttpServletRequest request,
            RedirectAttributes outcome) {
        Service target = services.named(service)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST, "no service " + service));
        Reply reply = probe.replay(target, id, token(principal, request));
        outcome.addFlashAttribute("outcome", reply.ok()
                ? "已重送 Replayed " + id + " (" + service + ")"
                : "重送失敗 Replay of " + id + " (" + service + ") failed: " + reply.describe());
        return "redirect:/ops";
    }

    @PostMapping("/clock")
    String advanceClock(@RequestParam String advanceBy, Principal principal, HttpServletRequest request,
            RedirectAttributes outcome) {
        Duration step;
        try {
            step = Duration.parse(advanceBy.trim());
        } catch (DateTimeParseException e) {
            outcome.addFlashAttribute("outcome", "無法辨識的時間長度 Not a duration: " + advanceBy + " (e.g. P1D, PT6H)");
            return "redirect:/ops";
        }
        if (step.isNegative() || step.isZero() || step.compareTo(LONGEST_STEP) > 0) {
            outcome.addFlashAttribute("outcome", "時鐘只能往前,最多一年 The clock moves forward only, by at most a year: " + advanceBy);
            return "redirect:/ops";
        }
        String token = token(principal, request);
        List<String> results = new ArrayList<>();
        for (Service service : services.all()) {
            Reply reply = probe.advanceClock(service, step, token);
            results.add(service.name() + ": " + (reply.ok() ? "OK" : reply.status() == 404 ? "clock not movable" : reply.describe()));
        }
        outcome.addFlashAttribute("outcome", "時鐘前進 Clock moved forward by " + step + " — " + String.join(", ", results));
        return "redirect:/ops";
    }

    private String token(Principal principal, HttpServletRequest request) {
        return tokens.accessToken(principal, request)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN, "log in at the issuer to use the status page"));
    }
}
