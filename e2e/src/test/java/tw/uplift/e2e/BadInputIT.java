package tw.uplift.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tw.uplift.launcher.LocalSystem;
import tw.uplift.launcher.ServiceSpec;

/**
 * Every operation every service documents in its OpenAPI, called with broken input by each kind of user: the
 * answer is never a 5xx, and every error is an RFC 9457 problem. New endpoints are covered as soon as they are
 * documented, so nobody has to remember to add them here.
 */
class BadInputIT {

    /** Bodies a careless or hostile client sends: nothing, cut-off JSON, the wrong shape, wrong types, junk. */
    private static final List<String> BODIES = List.of("", "{", "[]", "{}", "null", "\"x\"",
            "{\"rocYear\": \"next\", \"title\": 7, \"dimensions\": {}, \"decision\": \"MAYBE\", \"advanceBy\": \"soon\","
                    + " \"to\": \"yesterday\", \"answers\": [{}], \"questions\": 3, \"comments\": [null]}",
            "\u0000\u00ff\u0013");
    private static final List<String> PATH_VALUES = List.of("does-not-exist", "%E2%80%8B", "..%2F..%2Fetc");

    static LocalSystem system;

    @BeforeAll
    static void useTheRunningSystem() {
        system = RunningSystem.get();
    }

    @Test
    void noDocumentedOperationAnswersBrokenInputWithA5xxOrWithoutAProblem() {
        Map<String, String> tokens = Map.of("anonymous", "", "clerk", system.tokenFor("clerk"),
                "reviewer", system.tokenFor("reviewer"), "admin", system.tokenFor("admin"));
        List<String> failures = new ArrayList<>();
        int calls = 0;
        for (ServiceSpec spec : ServiceSpec.ALL) {
            String base = system.serviceUrl(spec);
            JsonNode paths = new Api(base, null).get("/v3/api-docs").expect(200).body().get("paths");
            for (var path : paths.properties()) {
                for (var operation : path.getValue().properties()) {
                    String method = operation.getKey().toUpperCase();
                    for (String value : PATH_VALUES) {
                        String url = path.getKey().replaceAll("\\{[^}]+}", value);
                        for (var token : tokens.entrySet()) {
                            Api api = new Api(base, token.getValue().isEmpty() ? null : token.getValue());
                            for (String body : method.equals("GET") || method.equals("DELETE") ? List.of("") : BODIES) {
                                Api.Reply reply = api.send(method, url + "?limit=-1&planId=&rocYear=abc", body, Map.of());
                                calls++;
                                String call = spec.name() + " " + method + " " + url + " as " + token.getKey()
                                        + " with " + (body.isEmpty() ? "no body" : body) + " → " + reply.status();
                                if (reply.status() >= 500) {
                                    failures.add(call + " " + reply.raw());
                                } else if (reply.status() >= 400 && reply.status() != 401 && !reply.raw().isEmpty()
                                        && !reply.contentType().startsWith("application/problem+json")) {
                                    failures.add(call + " not a problem: " + reply.contentType() + " " + reply.raw());
                                }
                            }
                        }
                    }
                }
            }
        }
        System.out.println("[e2e] bad input: " + calls + " calls, " + failures.size() + " broke");
        assertThat(calls).as("calls made").isGreaterThan(100);
        assertThat(failures).as("calls that broke (of " + calls + ")").isEmpty();
    }
}
