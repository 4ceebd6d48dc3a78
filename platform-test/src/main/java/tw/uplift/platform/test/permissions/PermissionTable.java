package tw.uplift.platform.test.permissions;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tw.uplift.platform.test.TestHttp;

/**
 * A service's permission table: one row per operation of its OpenAPI document saying who may call it, checked by
 * calling every operation as every caller. It fails on a success the row does not allow, on a refusal it does not
 * allow, on any 5xx, on an operation of the document without a row (a new endpoint cannot slip in unseen) and on a
 * row without an operation (the table stays true).
 *
 * <p>A refusal is 401, 403 or 404 — a resource the caller may not see does not exist for them. Where 404 is the
 * operation's real answer (a thing that may not exist, such as a dead letter by a random id), declare it with
 * {@link #notFoundIsAnAnswer}: only 401 and 403 refuse there. Any other answer (200, 201, 204, 400, 409…) means the
 * caller got past the permission check, which is what the table is about; the test gives each call a resource and a
 * body that pass the rules after it, so a 400 or 409 of an allowed caller is rare and a refused caller's never is.
 *
 * @param <C> the test's callers, an enum
 */
public final class PermissionTable<C extends Enum<C>> {

    /** How the test calls one operation as one caller, on a fresh resource of "own" agency or body: the status. */
    @FunctionalInterface
    public interface Call<C> {
        int status(Operation operation, C caller);
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** The keys of an OpenAPI path item that are operations (others, such as {@code parameters}, are not). */
    private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options",
            "trace");

    private final Class<C> callers;
    private final Map<String, Access<C>> rows = new LinkedHashMap<>();
    private final Set<String> notFoundIsAnAnswer = new HashSet<>();

    private PermissionTable(Class<C> callers) {
        this.callers = callers;
    }

    /** An empty table for these callers. */
    public static <C extends Enum<C>> PermissionTable<C> of(Class<C> callers) {
        return new PermissionTable<>(callers);
    }

    /** Who may call the operation ({@code "GET /api/plans/{planId}"}); each operation once. */
    public PermissionTable<C> row(String operation, Access<C> access) {
        if (rows.putIfAbsent(Operation.parse(operation).key(), access) != null) {
            throw new IllegalArgumentException("two rows for " + operation);
        }
        return this;
    }

    /** Operations about something that may not exist: their 404 is an answer, and only 401 and 403 refuse. */
    public PermissionTable<C> notFoundIsAnAnswer(String... operations) {
        for (String operation : operations) {
            notFoundIsAnAnswer.add(Operation.parse(operation).key());
        }
        return this;
    }

    /** The row of an operation, for a test that seeds by who may call. */
    public Access<C> access(Operation operation) {
        return rows.get(operation.key());
    }

    /**
     * Reads the operations of the service's {@code /v3/api-docs}, calls each as every caller and fails with every
     * answer that breaks the table, one line each. Prints how many calls it made and how long they took.
     */
    public void verify(TestHttp http, Call<C> call) {
        List<Operation> operations = operationsOf(http);
        List<String> wrong = new ArrayList<>();
        operations.stream().filter(o -> !rows.containsKey(o.key()))
                .forEach(o -> wrong.add(o + ": in the OpenAPI document but no row in the table (give it one)"));
        Set<String> documented = new HashSet<>(operations.stream().map(Operation::key).toList());
        rows.keySet().stream().filter(k -> !documented.contains(k))
                .forEach(k -> wrong.add(k + ": a row for an operation the OpenAPI document does not have"));
        long started = System.nanoTime();
        int calls = 0;
        for (Operation operation : operations) {
            Access<C> access = rows.get(operation.key());
            if (access == null) {
                continue;
            }
            for (C caller : EnumSet.allOf(callers)) {
                calls++;
                judge(operation, access, caller, call.status(operation, caller)).ifPresent(wrong::add);
            }
        }
        System.out.printf("permission table of %s: %d operations x %d callers = %d calls in %d ms, %d wrong%n",
                callers.getEnclosingClass() == null ? callers.getSimpleName() : callers.getEnclosingClass()
                        .getSimpleName(), operations.size(), callers.getEnumConstants().length, calls,
                Duration.ofNanos(System.nanoTime() - started).toMillis(), wrong.size());
        if (!wrong.isEmpty()) {
            throw new AssertionError("answers that break the permission table (" + wrong.size() + "):\n  "
                    + String.join("\n  ", wrong));
        }
    }

    /** What is wrong with one answer, or empty when the table allows it. */
    Optional<String> judge(Operation operation, Access<C> access, C caller, int status) {
        if (status >= 500) {
            return Optional.of(operation + " as " + caller + ": " + status + " (a server error is never an answer)");
        }
        boolean refused = status == 401 || status == 403
                || status == 404 && !notFoundIsAnAnswer.contains(operation.key());
        boolean allowed = access.allowed().contains(caller);
        if (allowed == refused) {
            return Optional.of(operation + " as " + caller + ": " + status + " but the table says "
                    + (allowed ? "allowed" : "refused") + " (" + access.name() + ")");
        }
        return Optional.empty();
    }

    /** Every operation of the document, as method and path template, in the document's order. */
    public static List<Operation> operationsOf(TestHttp http) {
        TestHttp.Reply docs = http.get("/v3/api-docs", null);
        if (docs.status() != 200) {
            throw new AssertionError("/v3/api-docs answered " + docs.status());
        }
        JsonNode paths = JSON.readTree(docs.text()).get("paths");
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : paths.properties()) {
            for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
                if (!HTTP_METHODS.contains(method.getKey())) {
                    continue;
                }
                operations.add(new Operation(method.getKey().toUpperCase(), path.getKey()));
            }
        }
        return operations;
    }
}
